using System.Globalization;
using Ioc.Dashboard.Localization;
using Ioc.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>Numbers, rates, durations and clock times as the wall writes them, in the UI culture (1.234 / 92,4% in Vietnamese).</summary>
public static class WallFormat
{
    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A share 0–1 as a percentage with at most one decimal; "—" when unknown.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? Math.Round(r * 100, 1).ToString("0.#", CultureInfo.CurrentCulture) + "%" : "—";

    /// <summary>A countdown in clock time, hours not wrapped at 24: "00:42:13", "27:03:09". The sign is the caller's.</summary>
    public static string Countdown(TimeSpan span)
    {
        var abs = span.Duration();
        return $"{(long)abs.TotalHours:00}:{abs.Minutes:00}:{abs.Seconds:00}";
    }

    /// <summary>A typical duration, coarse enough to read at a glance: minutes, hours (under two days) or days.</summary>
    public static string Duration(this IStringLocalizer<SharedResource> l, TimeSpan span) => span.TotalHours switch
    {
        < 1 => l["Wall.Duration.Minutes", Math.Max(0, (int)Math.Round(span.TotalMinutes))],
        < 48 => l["Wall.Duration.Hours", Math.Round(span.TotalHours, 1).ToString("0.#", CultureInfo.CurrentCulture)],
        _ => l["Wall.Duration.Days", Math.Round(span.TotalDays, 1).ToString("0.#", CultureInfo.CurrentCulture)],
    };

    /// <summary>Hours and minutes, for working time left or late: "3 giờ 20 phút".</summary>
    public static string HoursMinutes(this IStringLocalizer<SharedResource> l, TimeSpan span)
    {
        var abs = span.Duration();
        return l["Wall.HoursMinutes", (long)abs.TotalHours, abs.Minutes];
    }

    /// <summary>Clock time in Việt Nam, to the second.</summary>
    public static string Time(DateTimeOffset instant) => DisplayTime.ToLocal(instant).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Clock time to the minute, with the date when it is not the day of <paramref name="now"/>'s (dd/MM/yyyy).</summary>
    public static string TimeOrDate(DateTimeOffset instant, DateTimeOffset now)
    {
        var local = DisplayTime.ToLocal(instant);
        return local.Date == DisplayTime.ToLocal(now).Date
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString(DisplayTime.DateTimePattern, CultureInfo.InvariantCulture);
    }

    /// <summary>Date and time to the minute in Việt Nam, always with the date: dd/MM/yyyy HH:mm.</summary>
    public static string DateTime(DateTimeOffset instant) =>
        DisplayTime.ToLocal(instant).ToString(DisplayTime.DateTimePattern, CultureInfo.InvariantCulture);
}
