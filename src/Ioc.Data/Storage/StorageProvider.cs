namespace Ioc.Data.Storage;

/// <summary>The database behind <see cref="IocDbContext"/>, chosen by <c>Ioc:Storage:Provider</c>.</summary>
public enum StorageProvider
{
    /// <summary>A local file (embedded mode, the default): <c>Data Source=data/ioc.db</c>.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (distributed mode), from <c>ConnectionStrings:Ioc</c>.</summary>
    Postgres,
}
