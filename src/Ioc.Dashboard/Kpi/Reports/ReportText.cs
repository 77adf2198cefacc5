using System.Globalization;
using Ioc.Dashboard.Resources;
using Ioc.Hub.Sla.Calendar;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>
/// The headings and formatted values every report output shares (xlsx, CSV, print page), from the resources. The
/// files are always in Vietnamese (the legal language of the reports); the print page follows the user's language.
/// </summary>
public sealed class ReportText(IStringLocalizer<SharedResource> l, CultureInfo culture)
{
    public static readonly CultureInfo Vietnamese = new("vi-VN");

    public bool IsVietnamese => culture.TwoLetterISOLanguageName == "vi";

    public string this[string key] => Localized(() => l[key].Value);

    public string Format(string key, params object[] args) => Localized(() => l[key, args].Value);

    public string Title(PeriodicReport r) =>
        Format("Report.Title", this[$"Report.Kind.{r.Period.Kind}"], Day(r.Period.From), Day(r.Period.To));

    public string Generated(PeriodicReport r) => Format("Report.GeneratedAt", Instant(r.GeneratedAt.UtcDateTime));

    public string[] TableHeadings(PeriodicReport r, string first) =>
    [
        this[first], this["Report.Col.Received"], this["Report.Col.ResolvedOnTime"], this["Report.Col.ResolvedLate"],
        this["Report.Col.PendingOnTime"], this["Report.Col.PendingOverdue"], this["Report.Col.Rejected"],
        .. r.Scale.Select(level => IsVietnamese ? level.Label : level.LabelEn),
    ];

    public static object[] TableValues(ReportRow row, string name) =>
        [name, row.Received, row.ResolvedOnTime, row.ResolvedLate, row.PendingOnTime, row.PendingOverdue, row.Rejected, .. row.Ratings.Cast<object>()];

    public string[] OverdueHeadings() =>
    [
        this["Report.Col.Code"], this["Report.Col.Agency"], this["Report.Col.Field"], this["Report.Col.ReceivedAt"],
        this["Report.Col.DueAt"], this["Report.Col.ResolvedAt"], this["Report.Col.LateHours"], this["Report.Col.Reason"],
    ];

    public string[] OverdueValues(OverdueCase c) =>
    [
        c.Code, c.Agency, c.Field, Instant(c.ReceivedAtUtc), c.DueAtUtc is { } due ? Instant(due) : "",
        c.ResolvedAtUtc is { } resolved ? Instant(resolved) : this["Report.StillOpen"],
        c.LateByMinutes is { } late ? (late / 60.0).ToString("0.#", culture) : "", c.Reason ?? this["Report.NoReason"],
    ];

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Instant(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkingCalendar.VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private string Localized(Func<string> read)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
