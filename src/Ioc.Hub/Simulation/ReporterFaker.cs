using System.Globalization;
using System.Text;
using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Fictional reporters: generated Vietnamese names, mobile numbers 09xxxxxxxx outside the 0900 range the reference
/// data's staff use, and addresses at example.vn, a domain that never delivers mail.
/// </summary>
internal static class ReporterFaker
{
    private static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    private static readonly string[] MiddleNames =
        ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thu", "Hoàng", "Anh", "Công", "Kim", "Gia"];

    private static readonly string[] GivenNames =
    [
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
        "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung",
        "Tuấn", "Vy", "Yến",
    ];

    public static ReporterContact Create(Random random, Channel channel)
    {
        // Some online reports are anonymous; a call always shows the caller's number.
        if (channel != Channel.Hotline && random.Chance(0.06))
            return new ReporterContact();

        var family = random.Pick(FamilyNames);
        var given = random.Pick(GivenNames);
        var name = $"{family} {random.Pick(MiddleNames)} {given}";
        var phone = string.Create(CultureInfo.InvariantCulture, $"09{random.Next(1, 10)}{random.Next(0, 10_000_000):D7}");
        var wantsEmail = channel is Channel.Email || (channel is Channel.Portal or Channel.App && random.Chance(0.5));
        var email = wantsEmail ? string.Create(CultureInfo.InvariantCulture, $"{Ascii(given)}.{Ascii(family)}{random.Next(10, 100)}@example.vn") : null;
        return new ReporterContact(name, phone, email);
    }

    /// <summary>"Đặng" → "dang": strips the diacritics for an e-mail local part.</summary>
    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
