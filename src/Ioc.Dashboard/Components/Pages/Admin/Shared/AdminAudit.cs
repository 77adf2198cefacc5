using Ioc.Data.Audit;

namespace Ioc.Dashboard.Components.Pages.Admin.Shared;

/// <summary>Audit entries of the admin pages: one per change, written in the change's own transaction where there is one.</summary>
public static class AdminAudit
{
    public static AuditEntry Entry(TimeProvider time, string user, string action, string target, string? details = null, string? reason = null) => new()
    {
        AtUtc = time.GetUtcNow().UtcDateTime,
        UserName = user,
        Action = action,
        Target = target,
        Details = details,
        Reason = reason,
    };
}
