namespace Ioc.Data.Reference;

/// <summary>A ward, commune or special zone of one province profile (table <c>admin_units</c>).</summary>
public sealed class AdminUnit
{
    public required string ProfileId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>One of <see cref="AdminUnitKinds"/>.</summary>
    public required string Kind { get; set; }

    public double Latitude { get; set; }
    public double Longitude { get; set; }
}
