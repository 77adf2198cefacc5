namespace Ioc.Data.Reference;

/// <summary>A subject area ("lĩnh vực") of one province profile (table <c>fields</c>).</summary>
public sealed class Field
{
    public required string ProfileId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
