using Ioc.Data;
using Ioc.Data.Bulk;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Projection;

/// <summary>
/// One database the projection reads from (contexts) and writes to (the bulk writer). The live projection uses the
/// configured store; a rebuild reads one and writes another.
/// </summary>
public sealed record CaseStore(IDbContextFactory<IocDbContext> Contexts, ICaseStoreWriter Writer);
