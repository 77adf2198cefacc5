namespace Ioc.Hub.Sla;

/// <summary>Where the SLA data lives. Defaults are the files shipped beside the binary.</summary>
public sealed class SlaOptions
{
    /// <summary>Folder of province profile files (*.json).</summary>
    public string? ProfilesPath { get; set; }

    /// <summary>Folder of yearly holiday files (vn-YYYY.json).</summary>
    public string? CalendarsPath { get; set; }
}
