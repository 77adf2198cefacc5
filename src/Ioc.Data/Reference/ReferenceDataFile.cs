namespace Ioc.Data.Reference;

/// <summary>
/// The JSON model of one province profile's reference file, <c>Reference/Data/{profileId}.json</c>.
/// Properties are nullable so the loader can name every missing field instead of failing on the first.
/// </summary>
public sealed record ReferenceDataFile
{
    /// <summary>The file's note on sources and fictional contacts (docs/reference-data.md); read so strict parsing accepts it.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("_comment")]
    public string? Comment { get; init; }

    public string? ProfileId { get; init; }
    public ProvinceData? Province { get; init; }
    public IReadOnlyList<AdminUnitData>? AdminUnits { get; init; }
    public IReadOnlyList<FieldData>? Fields { get; init; }
    public IReadOnlyList<AgencyData>? Agencies { get; init; }

    /// <summary>The file it came from, for error messages (not part of the JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string FileName { get; init; } = "";
}

public sealed record ProvinceData
{
    public string? Name { get; init; }
    public GeoPoint? Center { get; init; }
    public int? Zoom { get; init; }
}

public sealed record GeoPoint
{
    public double? Lat { get; init; }
    public double? Lng { get; init; }
}

public sealed record AdminUnitData
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public double? Lat { get; init; }
    public double? Lng { get; init; }
}

public sealed record FieldData
{
    public string? Code { get; init; }
    public string? Name { get; init; }
}

public sealed record AgencyData
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ShortName { get; init; }
    public string? Level { get; init; }
    public string? ParentId { get; init; }
    public string? AdminUnitCode { get; init; }
    public IReadOnlyList<string>? Fields { get; init; }
    public ContactData? Leader { get; init; }
    public ContactData? FocalOfficer { get; init; }
    public ContactData? Head { get; init; }
}

public sealed record ContactData
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? ZaloUserId { get; init; }
}
