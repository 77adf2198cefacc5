using System.Globalization;

namespace Ioc.Dashboard.Localization;

/// <summary>The UI languages: Vietnamese first, English switchable (a cookie remembers the choice).</summary>
public static class UiCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static readonly string[] Supported = [Vietnamese, English];

    public static bool IsSupported(string? name) => name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
