using System.Globalization;

namespace Ioc.Dashboard.Localization;

/// <summary>
/// The one place instants become text: Asia/Ho_Chi_Minh wall time, dd/MM/yyyy HH:mm, in every UI language
/// (the province's convention; instants are stored in UTC, STYLE.md "EF Core").
/// </summary>
public sealed class DisplayTime(TimeProvider time)
{
    public const string DateTimePattern = "dd/MM/yyyy HH:mm";
    public const string ClockPattern = "dd/MM/yyyy HH:mm:ss";
    public const string DatePattern = "dd/MM/yyyy";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A stored instant: a UTC <see cref="DateTime"/> (an Unspecified kind is read as UTC too).</summary>
    public static DateTimeOffset ToLocal(DateTime utc) => ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string Format(DateTimeOffset instant) => ToLocal(instant).ToString(DateTimePattern, CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) => ToLocal(utc).ToString(DateTimePattern, CultureInfo.InvariantCulture);

    public static string FormatDate(DateTimeOffset instant) => ToLocal(instant).ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>The live clock of the app bar, to the second.</summary>
    public string Clock() => Now.ToString(ClockPattern, CultureInfo.InvariantCulture);
}
