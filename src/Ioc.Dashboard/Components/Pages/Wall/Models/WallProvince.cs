namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// What the wall knows about its province before any case: its name, its units, and the map's base — the initial view
/// (the reference data's centre and zoom), the bundled boundary file and the optional tile server.
/// </summary>
public sealed record WallProvince(string ProfileId, string Name, IReadOnlyList<WallUnit> Units, WallMapSetup Map);

/// <param name="Zoom">The reference data's Leaflet zoom, used with the centre when the province has no units to fit the first view to.</param>
/// <param name="TileUrl">A Leaflet tile URL template; null for a boundaries-only map.</param>
public sealed record WallMapSetup(string BoundaryUrl, string BackdropUrl, double CenterLat, double CenterLng, double Zoom, string? TileUrl, string? TileAttribution);
