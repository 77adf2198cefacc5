using Ioc.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Components.Pages.Console;

/// <summary>A working-time span as people read it: "2 giờ 30 phút" / "2 h 30 min"; days of 8 working hours stay hours.</summary>
public static class Duration
{
    public static string Format(TimeSpan span, IStringLocalizer<ConsoleResource> t)
    {
        var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
        return t["Duration.HoursMinutes", minutes / 60, minutes % 60];
    }
}
