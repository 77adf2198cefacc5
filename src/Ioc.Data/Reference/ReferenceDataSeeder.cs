using Ioc.Data.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ioc.Data.Reference;

/// <summary>How many reference rows a seeding run added and changed.</summary>
public sealed record ReferenceSeedResult(int Profiles, int Inserted, int Updated);

/// <summary>
/// Upserts fields, admin units and agencies by key from the province reference files, in one transaction.
/// Idempotent: a second run with the same files changes nothing. Rows missing from a file are kept (cases and
/// reminders may still point at them).
/// </summary>
public sealed class ReferenceDataSeeder(IDbContextFactory<IocDbContext> contextFactory, ILogger<ReferenceDataSeeder> logger)
{
    public Task<ReferenceSeedResult> SeedEmbeddedAsync(CancellationToken ct = default) =>
        SeedAsync(ReferenceDataLoader.LoadEmbedded(), ct);

    public async Task<ReferenceSeedResult> SeedAsync(IReadOnlyList<ReferenceDataFile> files, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inserted = 0;
            foreach (var file in files)
            {
                inserted += await StageAsync(db, file, ct);
            }

            db.ChangeTracker.DetectChanges();
            var updated = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Modified);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Reference data: {Profiles} profiles, {Inserted} rows added, {Updated} changed", files.Count, inserted, updated);
            return new ReferenceSeedResult(files.Count, inserted, updated);
        }, ct);
    }

    /// <summary>Tracks the file's rows against what is stored: new ones added, existing ones overwritten in place.</summary>
    private static async Task<int> StageAsync(IocDbContext db, ReferenceDataFile file, CancellationToken ct)
    {
        var profileId = file.ProfileId!;
        var inserted = 0;

        var fields = await db.Fields.Where(f => f.ProfileId == profileId).ToDictionaryAsync(f => f.Code, ct);
        foreach (var data in file.Fields!)
        {
            if (fields.TryGetValue(data.Code!, out var field))
            {
                field.Name = data.Name!;
            }
            else
            {
                db.Fields.Add(new Field { ProfileId = profileId, Code = data.Code!, Name = data.Name! });
                inserted++;
            }
        }

        var units = await db.AdminUnits.Where(u => u.ProfileId == profileId).ToDictionaryAsync(u => u.Code, ct);
        foreach (var data in file.AdminUnits!)
        {
            if (!units.TryGetValue(data.Code!, out var unit))
            {
                unit = new AdminUnit { ProfileId = profileId, Code = data.Code!, Name = data.Name!, Kind = data.Kind! };
                db.AdminUnits.Add(unit);
                inserted++;
            }

            unit.Name = data.Name!;
            unit.Kind = data.Kind!;
            unit.Latitude = data.Lat!.Value;
            unit.Longitude = data.Lng!.Value;
        }

        var ids = file.Agencies!.Select(a => a.Id!).ToList();
        var agencies = await db.Agencies.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var data in file.Agencies!)
        {
            if (!agencies.TryGetValue(data.Id!, out var agency))
            {
                agency = new Agency { Id = data.Id!, ProfileId = profileId, Name = data.Name!, Level = data.Level! };
                db.Agencies.Add(agency);
                inserted++;
            }

            agency.ProfileId = profileId;
            agency.Name = data.Name!;
            agency.ShortName = data.ShortName;
            agency.Level = data.Level!;
            agency.ParentId = data.ParentId;
            agency.AdminUnitCode = data.AdminUnitCode;
            agency.FieldCodes = [.. data.Fields!];
            // An administrator's edit of the leader and focal officer outlives the shipped file (docs/reference-data.md).
            if (agency.ContactsEditedAtUtc is null)
            {
                Copy(data.Leader!, agency.Leader);
                Copy(data.FocalOfficer!, agency.FocalOfficer);
            }

            Copy(data.Head!, agency.Head);
        }

        return inserted;
    }

    // Owned contacts are updated in place: replacing the instance would delete and re-add the owned entity.
    private static void Copy(ContactData from, Contact to)
    {
        to.Name = from.Name!;
        to.Title = from.Title;
        to.Phone = from.Phone;
        to.Email = from.Email;
        to.ZaloUserId = from.ZaloUserId;
    }
}
