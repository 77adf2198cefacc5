using Ioc.Dashboard.Kpi;

namespace Ioc.Dashboard.Components.Pages.Kpi;

/// <summary>
/// A KPI tile: its resource key (label <c>Kpi.{Key}</c>, definition <c>Kpi.{Key}.Definition</c>), how to read it,
/// whether lower is better (for the colour of the change) and the console state that lists its cases.
/// </summary>
public sealed record KpiTileSpec(string Key, Func<KpiNumbers, double?> Read, KpiUnit Unit, bool LowerIsBetter = false, string? DrillState = null)
{
    public static IReadOnlyList<KpiTileSpec> For(bool firstContactResolution)
    {
        List<KpiTileSpec> tiles =
        [
            new("Received", n => n.Received, KpiUnit.Count, DrillState: "received"),
            new("Resolved", n => n.Resolved, KpiUnit.Count, DrillState: "resolved"),
            new("ResolutionRate", n => n.ResolutionRate, KpiUnit.Rate, DrillState: "resolved"),
            new("OnTimeRate", n => n.OnTimeRate, KpiUnit.Rate, DrillState: "resolved-on-time"),
            new("Overdue", n => n.Overdue, KpiUnit.Count, LowerIsBetter: true, DrillState: "overdue"),
            new("OverdueRate", n => n.OverdueRate, KpiUnit.Rate, LowerIsBetter: true, DrillState: "overdue"),
            new("MedianHandling", n => n.MedianMinutes, KpiUnit.WorkingMinutes, LowerIsBetter: true, DrillState: "resolved"),
            new("P90Handling", n => n.P90Minutes, KpiUnit.WorkingMinutes, LowerIsBetter: true, DrillState: "resolved"),
            new("SatisfactionRate", n => n.SatisfactionRate, KpiUnit.Rate, DrillState: "rated"),
            new("ForwardingRate", n => n.ForwardingRate, KpiUnit.Rate, LowerIsBetter: true, DrillState: "forwarded"),
            new("ReopenRate", n => n.ReopenRate, KpiUnit.Rate, LowerIsBetter: true, DrillState: "reopened"),
            new("Acknowledge", n => n.AcknowledgeMinutes, KpiUnit.WorkingMinutes, LowerIsBetter: true, DrillState: "acknowledged"),
            new("EmergencyResponse", n => n.EmergencyMinutes, KpiUnit.ClockMinutes, LowerIsBetter: true, DrillState: "emergency"),
            new("Rejected", n => n.Rejected, KpiUnit.Count, DrillState: "rejected"),
        ];
        if (firstContactResolution)
        {
            // Only Đồng Nai's operators answer at first contact (004 Điều 9).
            tiles.Insert(9, new("FirstContactRate", n => n.FirstContactRate, KpiUnit.Rate, DrillState: "first-contact"));
        }
        return tiles;
    }
}
