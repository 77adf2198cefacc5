using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ioc.Data.Storage;

/// <summary>
/// SQLite keeps a <see cref="DateTime"/> as text without a kind; this converter hands every instant back as
/// Kind = Utc, as PostgreSQL's <c>timestamptz</c> does. On the way in, Local is converted and Unspecified is taken
/// to be UTC already (the codebase's rule: instants are UTC).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStored(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    private static DateTime ToStored(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
