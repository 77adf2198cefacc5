namespace Ioc.Data.Cases;

/// <summary>
/// The reporter's personal data (table <c>case_reporters</c>, 1:1 with <see cref="CaseRecord"/>), kept apart so it
/// can be masked by default and anonymised without touching the case. Once <see cref="AnonymisedAtUtc"/> is set,
/// the bulk writer never writes personal data into the row again.
/// </summary>
public sealed class CaseReporter
{
    public required string CaseId { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? IdNumber { get; set; }
    public string? Address { get; set; }
    public DateTime? AnonymisedAtUtc { get; set; }
}
