namespace Ioc.Data.Audit;

/// <summary>Who did what to which target and why (table <c>audit_entries</c>), e.g. each reveal of a reporter's data.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? Reason { get; set; }
    public string? Details { get; set; }
}
