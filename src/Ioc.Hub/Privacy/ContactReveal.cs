using System.Text.Json;
using Ioc.Data;
using Ioc.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Privacy;

public enum RevealStatus
{
    Revealed,

    /// <summary>The viewer's role may never reveal a contact (wall, leader, admin).</summary>
    NotAllowed,

    /// <summary>No such case, or not one the viewer may see: the same answer, so a case id is never confirmed.</summary>
    NotFound,

    /// <summary>The reason is missing or too long; see <see cref="RevealOutcome.Errors"/>.</summary>
    InvalidReason,
}

public enum ReasonProblem { Missing, TooShort, TooLong, NotPlainText }

public sealed record RevealOutcome(RevealStatus Status, ReporterContactView? Contact = null, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>
/// The reporter's contact of one case: masked for anyone who sees the case, in clear only to a supervisor or to the
/// staff of the agency that has the case, for a reason given each time, and every reveal written to the audit log
/// (who, when, which case, why, which fields). docs/security.md "Personal data".
/// </summary>
public sealed class ContactReveal(IDbContextFactory<IocDbContext> contexts, TimeProvider time, ILogger<ContactReveal> logger)
{
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 500;
    public const string AuditAction = "contact.reveal";
    public const string ReasonField = "reason";

    public static string AuditTarget(string caseId) => $"case:{caseId}";

    /// <summary>What is wrong with a reveal reason; null when it is acceptable. Screens show their own words for each.</summary>
    public static ReasonProblem? ProblemWith(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        return trimmed.Length == 0 ? ReasonProblem.Missing
            : trimmed.Length < MinReasonLength ? ReasonProblem.TooShort
            : trimmed.Length > MaxReasonLength ? ReasonProblem.TooLong
            // Line breaks and tabs are text; other control characters are not (they hide text in logs and exports).
            : trimmed.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')) ? ReasonProblem.NotPlainText
            : null;
    }

    /// <summary>The API's problem details for a reveal reason, keyed <see cref="ReasonField"/>; null when acceptable.</summary>
    public static IReadOnlyDictionary<string, string[]>? CheckReason(string? reason) => ProblemWith(reason) switch
    {
        null => null,
        var problem => new Dictionary<string, string[]>
        {
            [ReasonField] = [problem switch
            {
                ReasonProblem.Missing => "A reason is required to reveal a reporter's contact.",
                ReasonProblem.TooShort => $"The reason must be at least {MinReasonLength} characters long.",
                ReasonProblem.TooLong => $"The reason must be at most {MaxReasonLength} characters long.",
                _ => "The reason must be plain text.",
            }],
        },
    };

    /// <summary>The masked contact of a case the viewer may see; null when the case is not visible to it.</summary>
    public async Task<ReporterContactView?> MaskedAsync(CaseViewer viewer, string caseId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Cases.AsNoTracking().VisibleTo(viewer).Where(c => c.Id == caseId)
            .Select(c => new { c.Reporter }).SingleOrDefaultAsync(ct);
        return found is null ? null : ReporterContactView.Masked(found.Reporter);
    }

    public async Task<RevealOutcome> RevealAsync(CaseViewer viewer, string caseId, string? reason, CancellationToken ct = default)
    {
        if (!viewer.MayRevealContact)
        {
            return new(RevealStatus.NotAllowed);
        }
        if (CheckReason(reason) is { } errors)
        {
            return new(RevealStatus.InvalidReason, Errors: errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Cases.AsNoTracking().VisibleTo(viewer).Where(c => c.Id == caseId)
            .Select(c => new { c.Code, c.Reporter }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            logger.LogWarning("{User} asked for the contact of case {CaseId}, which it may not see", viewer.UserName, caseId);
            return new(RevealStatus.NotFound);
        }

        var contact = ReporterContactView.Revealed(found.Reporter);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserName = viewer.UserName,
            Action = AuditAction,
            Target = AuditTarget(caseId),
            Reason = reason!.Trim(),
            Details = JsonSerializer.Serialize(new { code = found.Code, fields = contact.PresentFields }),
        });
        // The entry is written before the data leaves: no reveal without its audit line.
        await db.SaveChangesAsync(ct);
        return new(RevealStatus.Revealed, contact);
    }
}
