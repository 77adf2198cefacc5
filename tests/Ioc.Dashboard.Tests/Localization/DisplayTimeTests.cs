using System.Globalization;
using Ioc.Dashboard.Localization;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Dashboard.Tests.Localization;

public sealed class DisplayTimeTests
{
    [Fact]
    public void UtcInstantsAreShownInHoChiMinhTimeAcrossMidnight()
    {
        var instant = new DateTimeOffset(2025, 12, 31, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal("01/01/2026 00:30", DisplayTime.Format(instant));
    }

    [Fact]
    public void StoredUtcDateTimesOfUnspecifiedKindAreReadAsUtc()
    {
        // SQLite hands back DateTime values without a kind; they were written as UTC (STYLE.md "EF Core").
        var stored = new DateTime(2026, 4, 30, 2, 5, 0, DateTimeKind.Unspecified);

        Assert.Equal("30/04/2026 09:05", DisplayTime.Format(stored));
    }

    [Fact]
    public void TheFormatIsTheSameInEnglish()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("en-US");
        try
        {
            Assert.Equal("02/09/2026 07:00", DisplayTime.Format(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void TheClockReadsTheInjectedTimeProviderToTheSecond()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 23, 59, 58, TimeSpan.FromHours(7)));
        var display = new DisplayTime(time);

        Assert.Equal("15/01/2026 23:59:58", display.Clock());
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("16/01/2026 00:00:01", display.Clock());
    }

    [Fact]
    public void AnOffsetInstantIsConvertedNotRelabelled()
    {
        var paris = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal("01/06/2026 14:00", DisplayTime.Format(paris));
    }
}
