using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>One line of a report: an agency's or a field's numbers for the period (or the province's total).</summary>
public sealed record ReportRow(
    string Key,
    string Name,
    long Received,
    long ResolvedOnTime,
    long ResolvedLate,
    long PendingOnTime,
    long PendingOverdue,
    long Rejected,
    IReadOnlyList<long> Ratings)
{
    public long Resolved => ResolvedOnTime + ResolvedLate;
    public long Pending => PendingOnTime + PendingOverdue;
}

/// <summary>A case resolved late in the period, or still open and overdue, with the agency's stated reason.</summary>
public sealed record OverdueCase(
    string Code, string Agency, string Field, DateTime ReceivedAtUtc, DateTime? DueAtUtc, DateTime? ResolvedAtUtc, int? LateByMinutes, string? Reason);

/// <summary>
/// The periodic report the regulations require (000 Điều 15–17, 001 Điều 14, 002 Điều 11, 003 Điều 13.7, 004 Điều 11
/// and 16): received, resolved on time and late, pending on time and overdue, rejected and the satisfaction
/// distribution, per agency and per field, and the overdue cases with their reasons. A public output: state-secret
/// cases are left out entirely; confidential cases are counted but not listed.
/// </summary>
public sealed record PeriodicReport(
    string ProfileId,
    string ProvinceName,
    KpiPeriod Period,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<SatisfactionLevel> Scale,
    ReportRow Total,
    IReadOnlyList<ReportRow> ByAgency,
    IReadOnlyList<ReportRow> ByField,
    IReadOnlyList<OverdueCase> OverdueCases,
    int ConfidentialOverdueNotListed);
