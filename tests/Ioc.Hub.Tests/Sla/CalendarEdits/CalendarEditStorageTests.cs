using Ioc.Data;
using Ioc.Data.Calendar;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.CalendarEdits;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ioc.Hub.Tests.Sla.CalendarEdits;

/// <summary>
/// Administrators' holidays and make-up days against a real store: stored, audited, put in force for the SLA engine,
/// read back by a fresh process, refused with nothing stored when they break a rule. Each test uses its own year,
/// because the class shares one database.
/// </summary>
public abstract class CalendarEditStorageTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string KhanhHoa = "khanh-hoa";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task AnAddedHolidayMovesTheDeadlineAndAFreshProcessKeepsIt()
    {
        var (catalog, edits) = Start();
        var received = new DateTimeOffset(2026, 3, 2, 8, 0, 0, Vietnam); // Monday
        // 000 Phụ lục II: 7 working days in all from submission → Wed 11/03 08:00 with no holiday in between.
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 8, 0, 0, Vietnam), CaseDue(catalog, received));

        // Labour Code art. 112 days are announced yearly; an administrator adds a day off on Wed 04/03.
        var added = await edits.AddHolidayAsync(2026, new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 4), "Nghỉ bù (thử nghiệm)", "quantri@ioc.local");

        // 000 Phụ lục II counts working days only (003 Điều 8.2: holidays excluded): the deadline moves a day.
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 8, 0, 0, Vietnam), CaseDue(catalog, received));
        Assert.True(catalog.Holidays.IsHoliday(new DateOnly(2026, 3, 4)));
        Assert.False(catalog.ShippedHolidays.IsHoliday(new DateOnly(2026, 3, 4)));

        // A new process (another worker, or a restart) reads the edit from the store.
        var (restarted, restartedEdits) = Start();
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 8, 0, 0, Vietnam), CaseDue(restarted, received));
        await restartedEdits.RefreshAsync();
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 8, 0, 0, Vietnam), CaseDue(restarted, received));
        var stored = Assert.Single(await restartedEdits.ListAsync(2026));
        Assert.Equal((added.Id, CalendarOverrideKinds.Holiday, "Nghỉ bù (thử nghiệm)"), (stored.Id, stored.Kind, stored.Name));

        Assert.True(await edits.RemoveAsync(added.Id, "quantri@ioc.local"));
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 8, 0, 0, Vietnam), CaseDue(catalog, received));
        Assert.Empty(await edits.ListAsync(2026));
        Assert.Equal(["calendar.add-holiday", "calendar.remove"], await AuditActionsAsync("calendar:2026-03-04"));
    }

    [Fact]
    public async Task AMakeUpSaturdayBecomesAWorkingDayAndPullsTheDeadlineIn()
    {
        var (catalog, edits) = Start();
        // Fri 03/01/2031 10:00 + 1 working day (000 Điều 7.1.a) → Mon 06/01 10:00; with Sat 04/01 a make-up day → Sat 10:00.
        var routed = new DateTimeOffset(2031, 1, 3, 10, 0, 0, Vietnam);
        Assert.Equal(new DateTimeOffset(2031, 1, 6, 10, 0, 0, Vietnam), catalog.Get(KhanhHoa).Calendar.Add(routed, SlaDuration.WorkingDays(1)));

        await edits.AddMakeUpDayAsync(2031, new DateOnly(2031, 1, 4), "Làm bù", "quantri@ioc.local");

        Assert.Equal(new DateTimeOffset(2031, 1, 4, 10, 0, 0, Vietnam), catalog.Get(KhanhHoa).Calendar.Add(routed, SlaDuration.WorkingDays(1)));
        Assert.True(catalog.Holidays.IsMakeUpWorkingDay(new DateOnly(2031, 1, 4)));
    }

    [Theory]
    [InlineData("2032-03-03", "2032-03-03", "<script>alert(1)</script>", CalendarEditError.NameMarkup)]
    [InlineData("2032-03-03", "2032-03-03", "   ", CalendarEditError.NameRequired)]
    [InlineData("2032-03-05", "2032-03-03", "Nghỉ", CalendarEditError.RangeReversed)]
    [InlineData("2032-03-01", "2032-04-15", "Nghỉ", CalendarEditError.RangeTooLong)]
    [InlineData("2032-04-29", "2032-05-03", "Nghỉ", CalendarEditError.AlreadyHoliday)] // Labour Code art. 112: 30/4 is off already
    [InlineData("2032-03-06", "2032-03-07", "Nghỉ", CalendarEditError.NoWorkingDayInRange)] // a weekend
    [InlineData("2032-12-31", "2033-01-02", "Nghỉ", CalendarEditError.DateOutsideYear)]
    public async Task ARefusedHolidayStoresNothing(string first, string last, string name, CalendarEditError expected)
    {
        var (_, edits) = Start();
        var error = await Assert.ThrowsAsync<CalendarEditException>(() =>
            edits.AddHolidayAsync(2032, DateOnly.Parse(first), DateOnly.Parse(last), name, "quantri@ioc.local"));
        Assert.Contains(error.Problems, p => p.Code == expected);
        Assert.Empty(await edits.ListAsync(2032));
        Assert.Empty(await edits.ListAsync(2033));
        Assert.Empty(await AuditActionsAsync("calendar:2032-%"));
    }

    [Theory]
    [InlineData("2034-01-04", "Làm bù", CalendarEditError.NotWeekend)] // a Wednesday
    [InlineData("2034-01-07", "", CalendarEditError.NameRequired)]
    [InlineData("2034-01-07", "<b>Làm bù</b>", CalendarEditError.NameMarkup)]
    public async Task ARefusedMakeUpDayStoresNothing(string date, string name, CalendarEditError expected)
    {
        var (_, edits) = Start();
        var error = await Assert.ThrowsAsync<CalendarEditException>(() => edits.AddMakeUpDayAsync(2034, DateOnly.Parse(date), name, "quantri@ioc.local"));
        Assert.Contains(error.Problems, p => p.Code == expected);
        Assert.Empty(await edits.ListAsync(2034));
    }

    [Fact]
    public async Task TheSameDayCannotBeAddedTwice()
    {
        var (_, edits) = Start();
        await edits.AddMakeUpDayAsync(2035, new DateOnly(2035, 6, 2), "Làm bù", "quantri@ioc.local");
        var error = await Assert.ThrowsAsync<CalendarEditException>(() => edits.AddMakeUpDayAsync(2035, new DateOnly(2035, 6, 2), "Làm bù", "quantri@ioc.local"));
        Assert.Equal(CalendarEditError.AlreadyMakeUpDay, Assert.Single(error.Problems).Code);
        var overlap = await Assert.ThrowsAsync<CalendarEditException>(() =>
            edits.AddHolidayAsync(2035, new DateOnly(2035, 6, 1), new DateOnly(2035, 6, 4), "Nghỉ", "quantri@ioc.local"));
        Assert.Equal((CalendarEditError.AlreadyMakeUpDay, new DateOnly(2035, 6, 2)), (overlap.Problems[0].Code, overlap.Problems[0].Date));
        Assert.Single(await edits.ListAsync(2035));
    }

    private static DateTimeOffset CaseDue(ProfileCatalog catalog, DateTimeOffset received) =>
        catalog.Get(KhanhHoa).Calendar.Add(received, SlaDuration.WorkingDays(7));

    private (ProfileCatalog Catalog, Ioc.Hub.Sla.CalendarEdits.CalendarEdits Edits) Start()
    {
        var catalog = ProfileCatalog.LoadDefault();
        return (catalog, new Ioc.Hub.Sla.CalendarEdits.CalendarEdits(new Factory(database), catalog, TimeProvider.System,
            NullLogger<Ioc.Hub.Sla.CalendarEdits.CalendarEdits>.Instance));
    }

    private async Task<List<string>> AuditActionsAsync(string targetPattern)
    {
        await using var db = database.CreateContext();
        return await db.AuditEntries.Where(a => EF.Functions.Like(a.Target, targetPattern)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => database.CreateContext();
    }
}

public sealed class SqliteCalendarEditStorageTests(SqliteTestDatabase database) : CalendarEditStorageTests<SqliteTestDatabase>(database);

public sealed class PostgresCalendarEditStorageTests(PostgresTestDatabase database) : CalendarEditStorageTests<PostgresTestDatabase>(database);
