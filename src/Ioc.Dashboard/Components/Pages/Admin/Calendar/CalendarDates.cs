using System.Globalization;

namespace Ioc.Dashboard.Components.Pages.Admin.Calendar;

/// <summary>Dates typed in the province's form, dd/MM/yyyy (DisplayTime), in every UI language.</summary>
public static class CalendarDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
