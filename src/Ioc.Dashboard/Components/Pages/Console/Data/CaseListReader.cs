using Ioc.Data;
using Ioc.Data.CaseQueries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>The case list for a viewer: <see cref="CaseListQuery"/> on the cases the viewer may see, in the console's profile.</summary>
public sealed class CaseListReader(IDbContextFactory<IocDbContext> contexts, IOptions<ConsoleOptions> options)
{
    public string ProfileId { get; } = options.Value.ProfileId!;

    public async Task<CaseListPage> PageAsync(ConsoleViewer viewer, CaseListFilter filter, CaseListSort sort, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CaseListQuery.PageAsync(db, viewer.Visible(db.Cases.AsNoTracking()), filter with { ProfileId = ProfileId }, sort, skip, take, ct);
    }

    public async Task<ConsoleNames> NamesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ConsoleNames.LoadAsync(db, ProfileId, ct);
    }
}
