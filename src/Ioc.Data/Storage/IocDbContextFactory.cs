using Microsoft.EntityFrameworkCore;

namespace Ioc.Data.Storage;

/// <summary>Serves the provider's pooled factory as <c>IDbContextFactory&lt;IocDbContext&gt;</c>, so callers never name a provider.</summary>
internal sealed class IocDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<IocDbContext>
    where TContext : IocDbContext
{
    public IocDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<IocDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
