namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// Open cases led by one agency and how many are due soon or overdue. Cases not routed yet count under
/// <see cref="OperationsCenterId"/>, so the counters of a province add up to its totals.
/// </summary>
public sealed record AgencyCounter(string AgencyId, string Name, int Overdue, int DueSoon, int Open)
{
    /// <summary>The id under which the cases the operations center still holds are counted (the projection's spelling).</summary>
    public const string OperationsCenterId = "operations-center";

    public bool IsOperationsCenter => AgencyId == OperationsCenterId;
}
