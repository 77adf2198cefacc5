namespace Ioc.Data.Validation;

/// <summary>
/// Names typed by administrators (people, holidays, accounts) are plain single-line text. Angle brackets and control
/// characters are refused at the door, so a name such as <c>&lt;script&gt;</c> is never stored; everything is still
/// rendered as text, never as markup, for data that came in by other paths.
/// </summary>
public static class PlainText
{
    /// <summary>Whether <paramref name="value"/> holds markup characters (&lt; &gt;) or control characters (line breaks, tabs, NUL...).</summary>
    public static bool HasMarkupOrControl(string? value) =>
        value is not null && value.Any(c => c is '<' or '>' || char.IsControl(c));
}
