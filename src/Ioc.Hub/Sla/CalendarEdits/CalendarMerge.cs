using Ioc.Data.Calendar;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Sla.CalendarEdits;

/// <summary>The shipped schedule plus administrators' edits, as one immutable <see cref="HolidaySchedule"/> for the engine.</summary>
public static class CalendarMerge
{
    /// <summary>
    /// Adds each edit's days to its year. A day the files already list keeps the files' meaning (a later release may
    /// ship what an administrator had added); <paramref name="skipped"/> counts such days so the caller can log them.
    /// </summary>
    public static HolidaySchedule Apply(HolidaySchedule shipped, IEnumerable<CalendarOverride> edits, out int skipped)
    {
        skipped = 0;
        var schedule = shipped;
        foreach (var group in edits.GroupBy(e => e.FirstDate.Year).OrderBy(g => g.Key))
        {
            var baseYear = shipped.GetYear(group.Key);
            var days = baseYear.Days.ToList();
            var listed = days.Select(d => d.Date).ToHashSet();
            foreach (var edit in group.OrderBy(e => e.FirstDate))
            {
                var kind = edit.Kind == CalendarOverrideKinds.MakeUpWorkingDay ? CalendarDayKind.MakeUpWorkingDay : CalendarDayKind.Holiday;
                for (var date = edit.FirstDate; date <= edit.LastDate && date.Year == group.Key; date = date.AddDays(1))
                {
                    if (listed.Add(date) && (kind == CalendarDayKind.Holiday || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday))
                        days.Add(new CalendarDay(date, kind, edit.Name));
                    else
                        skipped++;
                }
            }
            days.Sort((a, b) => a.Date.CompareTo(b.Date));
            schedule = schedule.With(baseYear with { Days = days });
        }
        return schedule;
    }
}
