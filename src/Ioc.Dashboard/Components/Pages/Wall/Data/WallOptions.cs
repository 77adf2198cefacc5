using System.ComponentModel.DataAnnotations;

namespace Ioc.Dashboard.Components.Pages.Wall.Data;

/// <summary>The wall display (<c>Ioc:Wall</c>).</summary>
public sealed class WallOptions
{
    public const string SectionName = "Ioc:Wall";
    public const string DefaultProfileId = "khanh-hoa";

    /// <summary>The province profile the wall shows. Empty: the simulator's (<c>Ioc:Simulator:ProfileId</c>), else Khánh Hòa.</summary>
    public string? ProfileId { get; set; }

    /// <summary>Agencies listed on the overdue board.</summary>
    [Range(1, 30)]
    public int TopAgencies { get; set; } = 10;

    /// <summary>After this many seconds without a good read the wall says it is offline, not only stale.</summary>
    [Range(10, 3600)]
    public int OfflineAfterSeconds { get; set; } = 60;
}
