using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ioc.Data.Bulk;

/// <summary>
/// A prepared SQLite statement driven through the native API: parameters bound by index with UTF-8 written into a
/// reused buffer. ADO.NET binding looks every parameter up by name and allocates per value, which costs more than
/// SQLite's own insert. Values are written in the exact text forms EF Core's SQLite provider uses, so rows written
/// here read back through EF Core unchanged.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _buffer = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _buffer.Length)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _buffer);
        Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            Bind(index, v);
        }
        else
        {
            BindNull(index);
        }
    }

    public void Bind(int index, bool value) => Check(raw.sqlite3_bind_int(_statement, index, value ? 1 : 0));

    public void Bind(int index, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>EF Core's SQLite text form of a <see cref="DateTime"/>: <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>.</summary>
    public void Bind(int index, DateTime value)
    {
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out var length, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(_statement, index, text[..length]));
    }

    public void Bind(int index, DateTime? value)
    {
        if (value is { } v)
        {
            Bind(index, v);
        }
        else
        {
            BindNull(index);
        }
    }

    /// <summary>EF Core's SQLite form of a <see cref="Guid"/>: upper-case text, "D" format.</summary>
    public void Bind(int index, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        Ascii.ToUpperInPlace(text, out _);
        Check(raw.sqlite3_bind_text(_statement, index, text));
    }

    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement once and resets it for the next row; returns the rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            raw.sqlite3_reset(_statement);
            Check(rc);
        }

        var changed = raw.sqlite3_changes(_db);
        Check(raw.sqlite3_reset(_statement));
        return changed;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
