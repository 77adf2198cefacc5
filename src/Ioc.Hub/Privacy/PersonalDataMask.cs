using System.Globalization;
using System.Text;

namespace Ioc.Hub.Privacy;

/// <summary>
/// How a reporter's personal data looks on every screen by default (docs/security.md "Personal data"): enough for
/// staff to tell two reporters apart or recognise a caller, not enough to contact or identify anyone.
/// Every method accepts any text (null, blank, malformed) and never throws; what it cannot parse it masks whole.
/// </summary>
public static class PersonalDataMask
{
    public const string Hidden = "***";

    /// <summary>
    /// The initials, as the Vietnamese press writes a private person: "Nguyễn Văn An" → "N.V.A.". Works on
    /// decomposed (NFD) text too: an initial keeps its diacritics ("Đỗ Ánh" → "Đ.Á.").
    /// </summary>
    public static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var initials = new StringBuilder();
        foreach (var word in name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var first = StringInfo.GetNextTextElement(word);
            if (first.Length > 0 && char.IsLetterOrDigit(first, 0))
            {
                initials.Append(first.ToUpper(CultureInfo.InvariantCulture)).Append('.');
            }
        }
        return initials.Length > 0 ? initials.ToString() : Hidden;
    }

    /// <summary>
    /// Every digit but the last three starred, separators kept: "0905 123 456" → "**** *** 456", "+84 905.123.456" →
    /// "+** ***.***.456". A value with fewer than 7 digits is not a Vietnamese phone number and is masked whole.
    /// </summary>
    public static string? Phone(string? phone) => KeepLastDigits(phone, keep: 3, minimumDigits: 7);

    /// <summary>A citizen ID (CCCD, 12 digits) or an old ID card (CMND, 9 digits): the last three digits only.</summary>
    public static string? IdNumber(string? idNumber) => KeepLastDigits(idNumber, keep: 3, minimumDigits: 8);

    /// <summary>"an.nguyen@gmail.com" → "a***@g***.com"; anything that is not an address → "***".</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }
        var value = email.Trim();
        var at = value.LastIndexOf('@');
        var dot = value.LastIndexOf('.');
        if (at < 1 || dot < at + 2 || dot == value.Length - 1)
        {
            return Hidden;
        }
        return $"{StringInfo.GetNextTextElement(value)}{Hidden}@{StringInfo.GetNextTextElement(value[(at + 1)..])}{Hidden}{value[dot..]}";
    }

    /// <summary>
    /// Only the last part of the address (the commune, ward or district that the case's map position shows anyway):
    /// "12 Trần Phú, phường Lộc Thọ, TP Nha Trang" → "***, TP Nha Trang". A one-part address is masked whole.
    /// </summary>
    public static string? Address(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }
        var parts = address.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 ? $"{Hidden}, {parts[^1]}" : Hidden;
    }

    private static string? KeepLastDigits(string? value, int keep, int minimumDigits)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        var digits = trimmed.Count(char.IsAsciiDigit);
        // Letters would pass through unmasked: a value with any is not a number and is hidden whole.
        if (digits < minimumDigits || trimmed.Any(char.IsLetter))
        {
            return Hidden;
        }
        var masked = new StringBuilder(trimmed.Length);
        var seen = 0;
        foreach (var ch in trimmed)
        {
            if (char.IsAsciiDigit(ch))
            {
                seen++;
                masked.Append(seen > digits - keep ? ch : '*');
            }
            else
            {
                masked.Append(ch);
            }
        }
        return masked.ToString();
    }
}
