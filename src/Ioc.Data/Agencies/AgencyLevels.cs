namespace Ioc.Data.Agencies;

/// <summary>The values of <see cref="Agency.Level"/>.</summary>
public static class AgencyLevels
{
    public const string Department = "department";
    public const string Commune = "commune";
    public const string Central = "central";
    public const string Utility = "utility";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Department, Commune, Central, Utility]);
}
