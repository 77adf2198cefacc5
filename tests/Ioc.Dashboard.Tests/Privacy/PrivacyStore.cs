using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Data.Storage;
using Ioc.Hub.Privacy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ioc.Dashboard.Tests.Privacy;

/// <summary>A migrated throw-away SQLite store with one case per test, and the real <see cref="ContactReveal"/> over it.</summary>
public sealed class PrivacyStore : IDbContextFactory<IocDbContext>, IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"ioc-privacy-{Guid.NewGuid():N}.db");

    public PrivacyStore(TimeProvider time)
    {
        using (var db = CreateDbContext())
        {
            db.Database.Migrate();
        }
        Reveal = new ContactReveal(this, time, NullLogger<ContactReveal>.Instance);
    }

    public ContactReveal Reveal { get; }

    public IocDbContext CreateDbContext() => new SqliteIocDbContext(SqliteIocDbContext.CreateOptions($"Data Source={path}"));

    public void AddCase(string id, string lead, CaseReporter? reporter, bool confidential = false)
    {
        using var db = CreateDbContext();
        var now = DateTime.UtcNow;
        db.Cases.Add(new CaseRecord
        {
            Id = id, Code = $"KH-{id}", ProfileId = "khanh-hoa", Channel = "hotline", FieldCode = "infrastructure", AdminUnitCode = "kh-nha-trang",
            Description = "—", Stage = "accepted", SlaStatus = "OnTime", StateJson = "{}", LeadAgencyId = lead, Holder = lead,
            IsConfidential = confidential, ReceivedAtUtc = now, LastEventAtUtc = now, UpdatedAtUtc = now, Reporter = reporter,
        });
        db.SaveChanges();
    }

    public List<Ioc.Data.Audit.AuditEntry> Audit()
    {
        using var db = CreateDbContext();
        return [.. db.AuditEntries.AsNoTracking().OrderBy(a => a.Id)];
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
        return ValueTask.CompletedTask;
    }
}
