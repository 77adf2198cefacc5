using System.Globalization;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Instants written as Vietnam local time ("2026-05-04 08:00") and lookups in previews.</summary>
internal static class ProvinceTime
{
    public static DateTimeOffset T(string local) =>
        DateTimeOffset.ParseExact(local + " +07:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    public static PlannedStep Step(this IEnumerable<PlannedStep> steps, SlaStep step, StepHolder? holder = null) =>
        steps.Single(s => s.Step == step && (holder is null || s.Holder == holder));
}
