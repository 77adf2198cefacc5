using Ioc.Data;
using Ioc.Data.CaseQueries;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>One integrity flag of a case waiting for review; <see cref="Detail"/> is the number behind it (minutes, rating).</summary>
public sealed record IntegrityItem(string CaseId, string Code, string Flag, DateTimeOffset At, string AgencyName, string? Detail);

/// <summary>
/// The review queue (docs/console.md "Integrity flags"): answered cases of the last <see cref="ConsoleOptions.ReviewWindowDays"/>
/// days that were closed within minutes of receipt, closed without a result photo where the issue needs one
/// (003 Điều 8.3), reopened (003 Điều 10.4) or rated unsatisfied. A flag leaves the queue once a supervisor marks it
/// reviewed (<see cref="IntegrityReview"/>).
/// </summary>
public sealed class IntegrityQueue(IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, IOptions<ConsoleOptions> options, TimeProvider time)
{
    private readonly ConsoleOptions settings = options.Value;

    public async Task<IReadOnlyList<IntegrityItem>> ReadAsync(ConsoleViewer viewer, CancellationToken ct = default)
    {
        var profileId = settings.ProfileId!;
        var profile = catalog.Get(profileId).Profile;
        var since = time.GetUtcNow().AddDays(-settings.ReviewWindowDays).UtcDateTime;
        var unsatisfied = profile.Satisfaction.Where(l => !l.Satisfied).Select(l => l.Code).ToList();
        var photoFields = settings.PhotoFields.ToList();
        var published = SnapshotNames.Stage(Hub.Cases.CaseStage.Published);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var names = await ConsoleNames.LoadAsync(db, profileId, ct);
        var recent = viewer.Visible(db.Cases.AsNoTracking()).Where(c => c.ProfileId == profileId && (c.ResolvedAtUtc >= since || c.LastEventAtUtc >= since));
        var rows = await recent
            .Where(c => c.ResolvedAtUtc != null || c.ReopenCount > 0 || (c.Rating != null && unsatisfied.Contains(c.Rating)))
            .Select(c => new { c.Id, c.Code, c.LeadAgencyId, c.Stage, c.FieldCode, c.ReceivedAtUtc, c.ResolvedAtUtc, c.LastEventAtUtc, c.ReopenCount, c.Rating })
            .ToListAsync(ct);
        // The photo count lives in the case's state only: read it for the answered cases of on-site fields.
        var photos = await recent.Where(c => c.Stage == published && photoFields.Contains(c.FieldCode))
            .Select(c => new { c.Id, c.StateJson }).ToListAsync(ct);
        var withoutPhoto = photos.Where(p => CaseStateJson.Deserialize(p.StateJson).PhotoCount == 0).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        var ids = rows.Select(r => r.Id).ToList();
        var reviewed = (await db.IntegrityReviews.AsNoTracking().Where(r => ids.Contains(r.CaseId)).Select(r => new { r.CaseId, r.Flag }).ToListAsync(ct))
            .Select(r => (r.CaseId, r.Flag)).ToHashSet();
        var quickly = TimeSpan.FromMinutes(settings.ClosedQuicklyMinutes);
        var items = new List<IntegrityItem>();
        foreach (var c in rows)
        {
            void Flag(string flag, DateTime at, string? detail)
            {
                if (!reviewed.Contains((c.Id, flag)))
                    items.Add(new IntegrityItem(c.Id, c.Code, flag, Instant(at), names.Agency(c.LeadAgencyId), detail));
            }
            if (c.Stage == published && c.ResolvedAtUtc is { } resolved && resolved - c.ReceivedAtUtc < quickly)
                Flag(IntegrityFlags.ClosedQuickly, resolved, ((int)(resolved - c.ReceivedAtUtc).TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (withoutPhoto.Contains(c.Id))
                Flag(IntegrityFlags.NoResultPhoto, c.ResolvedAtUtc ?? c.LastEventAtUtc, names.Field(c.FieldCode));
            if (c.ReopenCount > 0)
                Flag(IntegrityFlags.Reopened, c.LastEventAtUtc, c.ReopenCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (c.Rating is { } rating && unsatisfied.Contains(rating))
                Flag(IntegrityFlags.Unsatisfied, c.LastEventAtUtc, profile.FindRating(rating)?.Label);
        }
        return [.. items.OrderByDescending(i => i.At).ThenBy(i => i.Code, StringComparer.Ordinal)];
    }

    /// <summary>Records that <paramref name="viewer"/> reviewed the flag; false when it was reviewed already or cannot be.</summary>
    public async Task<bool> MarkReviewedAsync(ConsoleViewer viewer, IntegrityItem item, string? note, CancellationToken ct = default)
    {
        if (!viewer.CanAct || !IntegrityFlags.All.Contains(item.Flag) || note is { Length: > ConsoleOptions.MaxNoteLength })
            return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.IntegrityReviews.AnyAsync(r => r.CaseId == item.CaseId && r.Flag == item.Flag, ct))
            return false;
        db.IntegrityReviews.Add(new IntegrityReview
        {
            CaseId = item.CaseId, Flag = item.Flag, ReviewedBy = viewer.UserName, ReviewedAtUtc = time.GetUtcNow().UtcDateTime,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another supervisor reviewed it at the same moment (unique case + flag)
        }
    }

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
