using Ioc.Dashboard.Components.Pages.Admin.Shared;
using Ioc.Data;
using Ioc.Data.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Components.Pages.Admin.Agencies;

/// <summary>One agency as the agencies page lists it, with the two contacts an administrator may edit.</summary>
public sealed record AgencyRow(string Id, string ProfileId, string Name, string Level, string? ParentName, string[] FieldCodes,
    Contact Leader, Contact FocalOfficer, DateTime? EditedAtUtc, string? EditedBy);

/// <summary>
/// Agencies and their leader and focal officer contacts. An edit is checked (<see cref="ContactRules"/>), stored with
/// an audit entry in one transaction, and marks the agency so the reference seeder keeps it (docs/reference-data.md).
/// </summary>
public sealed class AgencyContacts(IDbContextFactory<IocDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<AgencyRow>> ListAsync(string? profileId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Agencies.AsNoTracking();
        if (profileId is { Length: > 0 })
            query = query.Where(a => a.ProfileId == profileId);
        var agencies = await query.OrderBy(a => a.ProfileId).ThenBy(a => a.Level).ThenBy(a => a.Name).ToListAsync(ct);
        var names = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return [.. agencies.Select(a => new AgencyRow(a.Id, a.ProfileId, a.Name, a.Level,
            a.ParentId is { } p && names.TryGetValue(p, out var parent) ? parent : null, a.FieldCodes,
            a.Leader, a.FocalOfficer, a.ContactsEditedAtUtc, a.ContactsEditedBy))];
    }

    public async Task<IReadOnlyList<string>> ProfilesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Agencies.AsNoTracking().Select(a => a.ProfileId).Distinct().OrderBy(p => p).ToListAsync(ct);
    }

    public async Task<AdminResult<bool>> SaveAsync(string agencyId, Contact leader, Contact focalOfficer, string actor, CancellationToken ct = default)
    {
        leader = ContactRules.Normalise(leader);
        focalOfficer = ContactRules.Normalise(focalOfficer);
        var problems = ContactRules.Check(leader, "leader");
        problems.AddRange(ContactRules.Check(focalOfficer, "focalOfficer"));
        if (problems.Count > 0)
            return AdminResult<bool>.Refused(problems);

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, ct) is not { } agency)
            return AdminResult<bool>.Refused("agency", "Admin.Agencies.Error.NotFound");
        var before = $"leader={Describe(agency.Leader)}; focal={Describe(agency.FocalOfficer)}";
        // Owned contacts are updated in place: replacing the instance would delete and re-add the owned entity.
        Copy(leader, agency.Leader);
        Copy(focalOfficer, agency.FocalOfficer);
        agency.ContactsEditedAtUtc = time.GetUtcNow().UtcDateTime;
        agency.ContactsEditedBy = actor;
        db.AuditEntries.Add(AdminAudit.Entry(time, actor, "agency.contacts", $"agency:{agency.Id}",
            $"before: {before} | after: leader={Describe(leader)}; focal={Describe(focalOfficer)}"));
        await db.SaveChangesAsync(ct);
        return AdminResult<bool>.Done(true);
    }

    private static void Copy(Contact from, Contact to)
    {
        to.Name = from.Name;
        to.Title = from.Title;
        to.Phone = from.Phone;
        to.Email = from.Email;
        to.ZaloUserId = from.ZaloUserId;
        to.PreferredChannel = from.PreferredChannel;
    }

    private static string Describe(Contact c) => $"{c.Name}, {c.Title}, {c.Phone}, {c.Email}, zalo {c.ZaloUserId}, {c.PreferredChannel}";
}
