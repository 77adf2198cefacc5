using Ioc.Data;
using Ioc.Hub.Ingest;
using Ioc.Hub.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Api;

/// <summary><see cref="ProducerKeys"/> over real storage: creation, audit, revocation and the lookup cache.</summary>
public sealed class ProducerKeysTests(IngestApiFactory factory) : IClassFixture<IngestApiFactory>
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private IDbContextFactory<IocDbContext> Storage => factory.Services.GetRequiredService<IDbContextFactory<IocDbContext>>();

    /// <summary>Another process over the same database, with its own cache.</summary>
    private ProducerKeys Process(TimeSpan? cache = null) => new(
        Storage, Options.Create(new IngestOptions { KeyCacheDuration = cache ?? TimeSpan.FromSeconds(5) }), clock, NullLogger<ProducerKeys>.Instance);

    [Fact]
    public async Task AKeyIsRandomMarkedAndShownOnlyByItsPrefix()
    {
        var keys = Process();

        var first = await keys.CreateAsync("tongdai1022", null, "quantri@ioc.local");
        var second = await keys.CreateAsync("tongdai1022", null, "quantri@ioc.local");

        Assert.NotEqual(first.Key, second.Key);
        Assert.Matches("^ioc_[A-Za-z0-9_-]{43}$", first.Key);
        Assert.Equal(first.Key[..8], first.Info.KeyPrefix);
        Assert.Equal([ProducerScopes.Ingest], first.Info.Scopes);
        var listed = (await keys.ListAsync()).Single(k => k.Id == first.Info.Id);
        Assert.Equal(first.Info, listed with { Scopes = first.Info.Scopes });
        Assert.Equal(first.Info.Scopes, listed.Scopes);
    }

    [Fact]
    public async Task CreationAndRevocationAreAuditedOnceEach()
    {
        var keys = Process();
        var created = await keys.CreateAsync("pakn.khanhhoa.gov.vn", [ProducerScopes.Ioc, ProducerScopes.Ingest], "quantri@ioc.local");

        await keys.RevokeAsync(created.Info.Id, "truongphong@ioc.local", "Khóa bị lộ trong nhật ký");
        clock.Advance(TimeSpan.FromMinutes(1));
        await keys.RevokeAsync(created.Info.Id, "truongphong@ioc.local");

        await using var db = await Storage.CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(a => a.Target == $"producer-key:{created.Info.Id}").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([ProducerKeys.CreateAction, ProducerKeys.RevokeAction], entries.Select(a => a.Action));
        Assert.Equal(["quantri@ioc.local", "truongphong@ioc.local"], entries.Select(a => a.UserName));
        Assert.Equal("Khóa bị lộ trong nhật ký", entries[1].Reason);
        Assert.Equal($"producer=pakn.khanhhoa.gov.vn; prefix={created.Info.KeyPrefix}; scopes=ingest ioc", entries[0].Details);
        Assert.DoesNotContain(created.Key, string.Join(" ", entries.Select(e => e.Details)));
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddMinutes(-1), (await keys.FindAsync(created.Info.Id))!.RevokedAtUtc);
    }

    [Fact]
    public async Task ARevocationByAnotherProcessBitesWhenTheCacheWindowEnds()
    {
        var creator = Process();
        var created = await creator.CreateAsync("portal.thanhhoa", null, "quantri@ioc.local");
        var worker = Process(TimeSpan.FromSeconds(5));
        Assert.NotNull(await worker.AuthenticateAsync(created.Key));

        await creator.RevokeAsync(created.Info.Id, "quantri@ioc.local");

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.NotNull(await worker.AuthenticateAsync(created.Key)); // still inside the window: the documented delay
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await worker.AuthenticateAsync(created.Key));
        Assert.Null(await creator.AuthenticateAsync(created.Key));
    }

    [Fact]
    public async Task WithoutACacheEveryLookupSeesTheRevocation()
    {
        var creator = Process();
        var created = await creator.CreateAsync("no.cache", null, "quantri@ioc.local");
        var worker = Process(TimeSpan.Zero);
        Assert.NotNull(await worker.AuthenticateAsync(created.Key));

        await creator.RevokeAsync(created.Info.Id, "quantri@ioc.local");

        Assert.Null(await worker.AuthenticateAsync(created.Key));
    }

    [Fact]
    public async Task AnIdentityCarriesTheProducerAndItsScopes()
    {
        var keys = Process();
        var created = await keys.CreateAsync("ioc.reminders", [ProducerScopes.Ingest, ProducerScopes.Ioc], "quantri@ioc.local");

        var identity = await keys.AuthenticateAsync(created.Key);

        Assert.NotNull(identity);
        Assert.Equal(created.Info.Id, identity.KeyId);
        Assert.Equal("ioc.reminders", identity.ProducerName);
        Assert.True(identity.Has(ProducerScopes.Ioc));
        Assert.Null(await keys.AuthenticateAsync(created.Key + "x"));
        Assert.Null(await keys.AuthenticateAsync(created.Key.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("", "ingest", "producerName")]
    [InlineData("tổng đài", "ingest", "producerName")]
    [InlineData(".leading.dot", "ingest", "producerName")]
    [InlineData("tongdai1022", "ingest,admin", "scopes")]
    [InlineData("tongdai1022", "", "scopes")]
    public async Task BadNamesAndScopesAreRefusedAndNothingIsStored(string name, string scopes, string field)
    {
        var requested = scopes.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var errors = ProducerKeys.Check(name, requested);

        Assert.Equal([field], errors.Keys);
        await Assert.ThrowsAsync<ArgumentException>(() => Process().CreateAsync(name, requested, "quantri@ioc.local"));
    }

    [Fact]
    public async Task AnUnknownKeyIdCannotBeRevoked()
    {
        Assert.Null(await Process().RevokeAsync(Guid.NewGuid(), "quantri@ioc.local"));
    }
}
