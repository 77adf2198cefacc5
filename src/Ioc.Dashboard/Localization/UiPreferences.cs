namespace Ioc.Dashboard.Localization;

/// <summary>The theme choice, kept in a cookie the browser writes (wwwroot/js/preferences.js) and the server reads at first render.</summary>
public static class UiPreferences
{
    public const string ThemeCookie = "ioc.theme";
    public const string Dark = "dark";
    public const string Light = "light";

    public static bool IsDark(string? cookie) => string.Equals(cookie, Dark, StringComparison.Ordinal);
}
