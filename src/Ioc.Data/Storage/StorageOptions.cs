using System.ComponentModel.DataAnnotations;

namespace Ioc.Data.Storage;

/// <summary>Bound from <c>Ioc:Storage</c>; the connection string itself is <c>ConnectionStrings:Ioc</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Ioc:Storage";
    public const string ConnectionStringName = "Ioc";
    public const string DefaultSqliteConnectionString = "Data Source=data/ioc.db";

    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// PostgreSQL only: how often EF Core retries a transient failure (0 disables). With retries on, code that opens
    /// its own transaction must run it inside <c>Database.CreateExecutionStrategy().ExecuteAsync(…)</c>.
    /// </summary>
    [Range(0, 20)]
    public int MaxRetryCount { get; set; } = 6;
}
