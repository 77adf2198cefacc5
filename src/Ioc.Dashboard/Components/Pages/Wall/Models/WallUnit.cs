namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>A ward, commune or special zone of the province with its approximate centre (the reference data's).</summary>
public sealed record WallUnit(string Code, string Name, double Lat, double Lng);
