using MudBlazor;

namespace Ioc.Dashboard.Components.Layout;

/// <summary>The dashboard's MudBlazor theme: the Be Vietnam Pro font served from wwwroot/lib (no CDN), calm government blues.</summary>
public static class IocTheme
{
    private static readonly string[] FontFamily = ["Be Vietnam Pro", "Segoe UI", "Roboto", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            Secondary = "#c62828",
            AppbarBackground = "#0b4f8a",
            Background = "#f4f6f9",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#64a8e8",
            Secondary = "#ef6c6c",
            AppbarBackground = "#10263d",
            Background = "#0d1620",
            Surface = "#15212e",
            DrawerBackground = "#111c27",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
            H1 = new H1Typography { FontFamily = FontFamily },
            H2 = new H2Typography { FontFamily = FontFamily },
            H3 = new H3Typography { FontFamily = FontFamily },
            H4 = new H4Typography { FontFamily = FontFamily, FontSize = "1.75rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = FontFamily, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontFamily, FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = FontFamily, TextTransform = "none" },
        },
    };
}
