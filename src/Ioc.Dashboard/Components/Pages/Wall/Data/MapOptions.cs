using System.Text.RegularExpressions;

namespace Ioc.Dashboard.Components.Pages.Wall.Data;

/// <summary>
/// The base map (<c>Ioc:Map</c>). Tiles come only from the province's own tile server: nothing is fetched from the
/// internet at run time. Without a URL the map shows the bundled province boundaries alone.
/// </summary>
public sealed partial class MapOptions
{
    public const string SectionName = "Ioc:Map";

    /// <summary>A Leaflet URL template, e.g. <c>https://tiles.tinh.gov.vn/{z}/{x}/{y}.png</c> or <c>/tiles/{z}/{x}/{y}.png</c>.</summary>
    public string? TileUrl { get; set; }

    /// <summary>The tile data's credit, shown in the map's footer (HTML allowed: it is the operator's configuration).</summary>
    public string? TileAttribution { get; set; }

    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrl);

    /// <summary>
    /// The Content-Security-Policy source that admits the tiles: the server's origin with a subdomain placeholder as
    /// <c>*</c> (<c>https://*.tiles.example.vn</c>); null for tiles served by the dashboard itself.
    /// </summary>
    public string? TileSource => HasTiles && AbsoluteTemplate().Match(TileUrl!) is { Success: true } m
        ? $"{m.Groups["scheme"].Value}://{Placeholder().Replace(m.Groups["host"].Value, "*")}"
        : null;

    /// <summary>Absolute http(s) or root-relative, with {z}, {x} and {y}; a placeholder in the host only as its first label.</summary>
    public bool IsValid()
    {
        if (!HasTiles)
        {
            return true;
        }

        var url = TileUrl!;
        if (!url.Contains("{z}", StringComparison.Ordinal) || !url.Contains("{x}", StringComparison.Ordinal) || !url.Contains("{y}", StringComparison.Ordinal))
        {
            return false;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        if (TileSource is not { } source)
        {
            return false;
        }

        // CSP accepts a wildcard only as the host's first label.
        var host = source[(source.IndexOf("://", StringComparison.Ordinal) + 3)..];
        return !host.Contains('*') || (host.StartsWith("*.", StringComparison.Ordinal) && host.LastIndexOf('*') == 0);
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>[^/]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteTemplate();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}
