namespace Ioc.Data.Agencies;

/// <summary>
/// A handling agency of one province profile (table <c>agencies</c>), seeded from the profile's reference file.
/// Each agency names a leader and a focal officer, the recipients of reminders (DOMAIN "rules common to all five"),
/// and a head, the escalation target (004 Điều 9.1.b).
/// </summary>
public sealed class Agency
{
    public required string Id { get; set; }
    public required string ProfileId { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }

    /// <summary>One of <see cref="AgencyLevels"/>.</summary>
    public required string Level { get; set; }

    public string? ParentId { get; set; }
    public string? AdminUnitCode { get; set; }

    /// <summary>Codes of the fields the agency handles (a JSON array on SQLite, <c>text[]</c> on PostgreSQL).</summary>
    public string[] FieldCodes { get; set; } = [];

    public Contact Leader { get; set; } = new();
    public Contact FocalOfficer { get; set; } = new();
    public Contact Head { get; set; } = new();

    /// <summary>
    /// Set when an administrator edited the leader or focal officer: from then on the reference seeder keeps those
    /// two contacts as edited instead of restoring the shipped file's (people change faster than releases).
    /// </summary>
    public DateTime? ContactsEditedAtUtc { get; set; }

    public string? ContactsEditedBy { get; set; }
}
