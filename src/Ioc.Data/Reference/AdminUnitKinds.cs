namespace Ioc.Data.Reference;

/// <summary>The values of <see cref="AdminUnit.Kind"/>; districts survive only as legacy units after the 2025 merger.</summary>
public static class AdminUnitKinds
{
    public const string Ward = "ward";
    public const string Commune = "commune";
    public const string SpecialZone = "special-zone";
    public const string DistrictLegacy = "district-legacy";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Ward, Commune, SpecialZone, DistrictLegacy]);
}
