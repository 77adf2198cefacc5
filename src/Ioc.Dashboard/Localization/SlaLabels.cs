using System.Globalization;
using Ioc.Dashboard.Resources;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Localization;

/// <summary>Profile vocabulary in the UI language: "0,5 ngày làm việc" in Vietnamese, "0.5 working days" in English.</summary>
public static class SlaLabels
{
    public static string Duration(this IStringLocalizer<SharedResource> l, SlaDuration duration) =>
        l[$"Unit.{duration.Unit}", duration.Amount.ToString("0.##", CultureInfo.CurrentCulture)];

    /// <summary>A step without a time limit in its regulation (000 Điều 10.3) shows as such, never as zero.</summary>
    public static string Duration(this IStringLocalizer<SharedResource> l, SlaDuration? duration) =>
        duration is { } d ? l.Duration(d) : l["Unit.Untimed"];

    public static string Step(this IStringLocalizer<SharedResource> l, SlaStep step) => l[$"Step.{step}"];

    public static string Holder(this IStringLocalizer<SharedResource> l, StepHolder holder) => l[$"Holder.{holder}"];

    public static string Milestone(this IStringLocalizer<SharedResource> l, Milestone milestone) => l[$"Milestone.{milestone}"];

    public static string Sessions(OfficeHours hours) =>
        string.Join(", ", hours.Sessions.Select(s => $"{s.Start:HH\\:mm}–{s.End:HH\\:mm}"));
}
