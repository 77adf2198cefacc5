using System.Globalization;

namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// Generates a year's holidays from the statutory rules, for years whose official schedule is not shipped.
/// Bộ luật Lao động 2019 Điều 112 khoản 1: Tết Dương lịch 1 day (1/1); Tết Âm lịch 5 days; Chiến thắng 30/4;
/// Quốc tế Lao động 1/5; Quốc khánh 2 days (2/9 and one day before or after); Giỗ Tổ Hùng Vương 10/3 âm lịch.
/// Điều 111 khoản 3: a holiday falling on the weekly rest day is taken on the next working day.
/// From 2026 also Ngày Văn hóa Việt Nam (24/11), added by Nghị quyết 28/2026/QH16 (in force 1/7/2026); it is
/// compensated like the others, an assumption until a weekend 24/11 (first in 2029) is announced.
/// The Prime Minister fixes the exact Tết days and the day next to 2/9 each year (Điều 112 khoản 3), so the
/// result is only provisional: the announced schedule replaces it (ship it as vn-YYYY.json).
/// </summary>
public static class ProvisionalHolidays
{
    // The range of ChineseLunisolarCalendar (lunar years 1901–2100).
    internal const int FirstSupportedYear = 1901;
    internal const int LastSupportedYear = 2100;

    private const int CultureDayFirstYear = 2026;

    private const string GeneratedSource =
        "Tạm tính theo Bộ luật Lao động 2019 Điều 111 khoản 3, Điều 112 khoản 1 và Nghị quyết 28/2026/QH16; chờ thông báo chính thức của Chính phủ.";

    /// <summary>
    /// Vietnam's lunar calendar is computed for the UTC+7 meridian and China's for UTC+8, so a new moon just after
    /// midnight Beijing time can start a month one day earlier in Vietnam (Tết 1985 and 2007 differ, for example).
    /// .NET only has the Chinese calendar; in those rare years a generated Tết or Hùng Kings day may be off by a day.
    /// Shipped years are official data and are not affected.
    /// </summary>
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static HolidayYear Generate(int year)
    {
        if (year is < FirstSupportedYear or > LastSupportedYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Holidays can only be generated for {FirstSupportedYear}–{LastSupportedYear} (the lunar calendar's range).");
        }

        var statutory = new List<CalendarDay>
        {
            Holiday(new DateOnly(year, 1, 1), "Tết Dương lịch"),
        };
        var lunarNewYear = LunarDate(year, 1, 1);
        statutory.Add(Holiday(lunarNewYear.AddDays(-1), "Tết Nguyên đán (giao thừa)"));
        for (var day = 1; day <= 4; day++)
        {
            statutory.Add(Holiday(lunarNewYear.AddDays(day - 1), $"Tết Nguyên đán (mùng {day})"));
        }

        statutory.Add(Holiday(LunarDate(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        statutory.Add(Holiday(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        statutory.Add(Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));
        var nationalDay = new DateOnly(year, 9, 2);
        statutory.Add(Holiday(nationalDay, "Quốc khánh (2/9)"));
        statutory.Add(Holiday(NationalDayNeighbour(nationalDay), "Quốc khánh (ngày liền kề 2/9)"));
        if (year >= CultureDayFirstYear)
        {
            statutory.Add(Holiday(new DateOnly(year, 11, 24), "Ngày Văn hóa Việt Nam (24/11)"));
        }

        statutory.Sort((a, b) => a.Date.CompareTo(b.Date));

        var taken = statutory.Select(d => d.Date).ToHashSet();
        var days = new List<CalendarDay>(statutory);
        foreach (var day in statutory.Where(d => IsWeekend(d.Date)))
        {
            // Điều 111 khoản 3: compensated on the next working day not already off.
            var compensation = day.Date.AddDays(1);
            while (IsWeekend(compensation) || taken.Contains(compensation))
            {
                compensation = compensation.AddDays(1);
            }

            taken.Add(compensation);
            days.Add(Holiday(compensation, $"Nghỉ bù {day.Name} ({day.Date.ToString("dd/MM", CultureInfo.InvariantCulture)})"));
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return new HolidayYear(year, Provisional: true, GeneratedSource, days);
    }

    /// <summary>
    /// The second day of Quốc khánh: the weekday next to 2/9 that joins the break to a weekend, as the
    /// government chose in 2021–2026 (Thu→Fri 3/9, Fri→Thu 1/9, Mon→Tue 3/9, Tue→Mon 1/9, Sat→Fri 1/9,
    /// Wed→Tue 1/9 as in 2026); a Sunday 2/9 takes Monday 3/9 and is itself compensated on Tuesday.
    /// </summary>
    private static DateOnly NationalDayNeighbour(DateOnly nationalDay) => nationalDay.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
        _ => nationalDay.AddDays(-1),
    };

    private static DateOnly LunarDate(int lunarYear, int month, int day)
    {
        // A leap month at index L repeats month L-1, so regular months from L onwards sit one index later.
        var leapMonth = Lunar.GetLeapMonth(lunarYear);
        var index = leapMonth != 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0));
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static CalendarDay Holiday(DateOnly date, string name) => new(date, CalendarDayKind.Holiday, name);
}
