using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

// Bộ luật Lao động 2019 Điều 112 khoản 1 lists the holidays; Điều 111 khoản 3 moves a weekend holiday to the next working day.
public sealed class ProvisionalHolidaysTests
{
    private static readonly HolidayYear Year2028 = ProvisionalHolidays.Generate(2028);

    private static IEnumerable<DateOnly> Dates(HolidayYear year) => year.Days.Select(d => d.Date);

    [Fact]
    public void AGeneratedYearIsMarkedProvisionalAndSaysWhy()
    {
        Assert.True(Year2028.Provisional);
        Assert.Contains("Điều 112", Year2028.Source);
        Assert.All(Year2028.Days, d => Assert.Equal(CalendarDayKind.Holiday, d.Kind));
    }

    [Fact]
    public void NewYearsDayOnASaturdayIsTakenOnMonday()
    {
        // Bộ luật Lao động 2019 Điều 112.1.a and Điều 111.3: 1/1/2028 is a Saturday.
        Assert.Contains(new DateOnly(2028, 1, 1), Dates(Year2028));
        Assert.Contains(new DateOnly(2028, 1, 3), Dates(Year2028));
    }

    [Fact]
    public void TetIsFiveDaysFromNewYearsEveAroundTheLunarNewYear()
    {
        // Bộ luật Lao động 2019 Điều 112.1.b: Tết Âm lịch 05 ngày; lunar new year Mậu Thân is Wednesday 26/01/2028.
        var tet = Year2028.Days.Where(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).Select(d => d.Date);

        Assert.Equal([new(2028, 1, 25), new(2028, 1, 26), new(2028, 1, 27), new(2028, 1, 28), new(2028, 1, 29)], tet);
    }

    [Fact]
    public void ATetDayOnTheWeekendIsTakenAfterTheBreak()
    {
        // Bộ luật Lao động 2019 Điều 111.3: mùng 4 falls on Saturday 29/01/2028, taken on Monday 31/01.
        var compensation = Assert.Single(Year2028.Days, d => d.Date == new DateOnly(2028, 1, 31));

        Assert.StartsWith("Nghỉ bù Tết Nguyên đán", compensation.Name);
    }

    [Theory]
    [InlineData(2020, 4, 2)]   // leap 4th month comes after the 3rd
    [InlineData(2023, 4, 29)]  // leap 2nd month shifts the 3rd month one index later
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    [InlineData(2027, 4, 16)]
    public void HungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, int month, int day)
    {
        // Bộ luật Lao động 2019 Điều 112.1.đ: Giỗ Tổ Hùng Vương 10/3 âm lịch.
        var hungKings = Assert.Single(ProvisionalHolidays.Generate(year).Days, d => d.Name.StartsWith("Giỗ Tổ", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(year, month, day), hungKings.Date);
    }

    [Fact]
    public void VictoryDayOnSundayIsTakenAfterLabourDay()
    {
        // Bộ luật Lao động 2019 Điều 112.1.c–d and Điều 111.3: 30/4/2028 is Sunday, 1/5 Monday, so the compensation is Tuesday.
        Assert.Contains(new DateOnly(2028, 4, 30), Dates(Year2028));
        Assert.Contains(new DateOnly(2028, 5, 1), Dates(Year2028));
        Assert.Contains(new DateOnly(2028, 5, 2), Dates(Year2028));
    }

    [Theory]
    [InlineData(2021, 9, 3)]  // Thursday → Friday, as announced for 2021
    [InlineData(2022, 9, 1)]  // Friday → Thursday, as announced for 2022
    [InlineData(2023, 9, 1)]  // Saturday → Friday, as announced for 2023
    [InlineData(2024, 9, 3)]  // Monday → Tuesday, as announced for 2024
    [InlineData(2025, 9, 1)]  // Tuesday → Monday, as announced for 2025
    [InlineData(2026, 9, 1)]  // Wednesday → Tuesday, as announced for 2026
    [InlineData(2029, 9, 3)]  // Sunday → Monday
    public void NationalDayTakesTheAdjacentDayThatJoinsAWeekend(int year, int month, int day)
    {
        // Bộ luật Lao động 2019 Điều 112.1.e: Quốc khánh 02 ngày (2/9 and one day before or after).
        var days = Dates(ProvisionalHolidays.Generate(year)).ToList();

        Assert.Contains(new DateOnly(year, 9, 2), days);
        Assert.Contains(new DateOnly(year, month, day), days);
    }

    [Fact]
    public void NationalDayOnSaturdayIsTakenOnMonday()
    {
        // Bộ luật Lao động 2019 Điều 111.3: 2/9/2028 is Saturday; 1/9 is the adjacent day, Monday 4/9 the compensation.
        Assert.Contains(new DateOnly(2028, 9, 1), Dates(Year2028));
        Assert.Contains(new DateOnly(2028, 9, 4), Dates(Year2028));
    }

    [Fact]
    public void VietnameseCultureDayIsAHolidayFrom2026Only()
    {
        // Nghị quyết 28/2026/QH16: 24/11 Ngày Văn hóa Việt Nam, in force 1/7/2026.
        Assert.Contains(new DateOnly(2028, 11, 24), Dates(Year2028));
        Assert.DoesNotContain(new DateOnly(2025, 11, 24), Dates(ProvisionalHolidays.Generate(2025)));
    }

    [Fact]
    public void AYearHasElevenStatutoryDaysPlusItsCompensations()
    {
        // 1/1, 5 Tết, Hùng Kings, 30/4, 1/5, 2 Quốc khánh = 11 (Điều 112.1), plus 24/11 from 2026;
        // 2028 has 4 on a weekend (1/1, 29/1, 30/4, 2/9), each compensated.
        Assert.Equal(12 + 4, Year2028.Days.Count);
        Assert.Equal(Year2028.Days.Count, Dates(Year2028).Distinct().Count());
    }

    [Fact]
    public void CompensationsNeverLandOnAWeekendOrAnotherHoliday()
    {
        for (var year = 2021; year <= 2060; year++)
        {
            var days = ProvisionalHolidays.Generate(year).Days;
            Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
            Assert.All(days.Where(d => d.Name.StartsWith("Nghỉ bù", StringComparison.Ordinal)),
                d => Assert.False(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d.Date} {d.Name}"));
            Assert.All(days, d => Assert.Equal(year, d.Date.Year));
        }
    }

    [Fact]
    public void YearsOutsideTheLunarCalendarAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProvisionalHolidays.Generate(1900));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProvisionalHolidays.Generate(2101));
    }
}
