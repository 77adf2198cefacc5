using Ioc.Hub.Cases.Events;
using static Ioc.Hub.Tests.Cases.Events.ValidationAssert;

namespace Ioc.Hub.Tests.Cases.Events;

public class CaseReceivedValidationTests
{
    private static CaseReceived Received => SampleEvents.Received();

    private static CaseReceived At(double latitude, double longitude) =>
        Received with { Location = Received.Location with { Latitude = latitude, Longitude = longitude } };

    [Fact]
    public void AReceivedEventOpensTheSequenceAtOne()
    {
        Valid(Received with { Sequence = 1 });
        Assert.Equal("must be 1: case.received opens the case's sequence (got 2)", Refused(Received with { Sequence = 2 }, "sequence"));
    }

    [Theory]
    [InlineData(90.5, "location.latitude", "must be between -90 and 90 degrees (got 90.5)")]
    [InlineData(-91, "location.latitude", "must be between -90 and 90 degrees (got -91)")]
    [InlineData(double.NaN, "location.latitude", "must be between -90 and 90 degrees (got NaN)")]
    public void ALatitudeOutsideTheGlobeIsRefused(double latitude, string field, string message) =>
        Assert.Equal(message, Refused(At(latitude, 109.19), field));

    [Theory]
    [InlineData(180.5)]
    [InlineData(-181)]
    public void ALongitudeOutsideTheGlobeIsRefused(double longitude) =>
        Assert.StartsWith("must be between -180 and 180 degrees", Refused(At(12.24, longitude), "location.longitude"));

    [Theory]
    [InlineData(48.8566, 2.3522)]    // Paris
    [InlineData(0, 0)]               // a default value sent as a position
    [InlineData(13.7563, 100.5018)]  // Bangkok
    [InlineData(-12.24, -109.19)]    // signs lost
    public void APositionOutsideVietnamIsRefusedWithAClearMessage(double latitude, double longitude)
    {
        var message = Refused(At(latitude, longitude), "location");

        Assert.Contains("is outside Vietnam (8–24 N × 102–110 E, 15.5–17.5 N × 111–113 E, 6–12 N × 111.5–117.5 E)", message);
    }

    [Theory]
    [InlineData(12.2431, 109.1962)]  // Nha Trang, Khánh Hòa
    [InlineData(8.6500, 111.9200)]   // Trường Sa special zone, Khánh Hòa
    [InlineData(16.5000, 112.0000)]  // Hoàng Sa
    [InlineData(23.3600, 105.3200)]  // Lũng Cú, the northernmost point
    [InlineData(8.6000, 104.7200)]   // Cà Mau cape
    [InlineData(9.6150, 105.9650)]   // Sóc Trăng
    public void APositionAnywhereInVietnamIncludingItsArchipelagosIsAccepted(double latitude, double longitude) =>
        Valid(At(latitude, longitude));

    [Fact]
    public void AnEmergencyWithoutACategoryIsRefused()
    {
        // 000 Điều 10, 002 Điều 8.6: the emergency procedure depends on what happened (fire, accident, robbery...).
        Assert.Equal("is required", Refused(Received with { IsEmergency = true, EmergencyCategory = null }, "emergencyCategory"));
    }

    [Fact]
    public void AnEmergencyWithACategoryIsAccepted()
    {
        // 000 Điều 10: fire is one of the emergencies handled within the hour.
        Valid(Received with { IsEmergency = true, EmergencyCategory = "fire" });
    }

    [Fact]
    public void ACategoryOnANonEmergencyIsRefused() =>
        Assert.Equal("must be absent when isEmergency is false",
            Refused(Received with { IsEmergency = false, EmergencyCategory = "fire" }, "emergencyCategory"));

    [Theory]
    [InlineData("0900123456")]
    [InlineData("+84900123456")]
    [InlineData("02583822222")]
    [InlineData("12345678")]
    [InlineData("+123456789012345")]
    public void APhoneOfEightToFifteenDigitsIsAccepted(string phone) =>
        Valid(Received with { Reporter = Received.Reporter with { Phone = phone } });

    [Theory]
    [InlineData("0900 123 456")]
    [InlineData("0900-123-456")]
    [InlineData("1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("84+900123456")]
    [InlineData("")]
    [InlineData("090012345x")]
    public void APhoneWithSeparatorsOrTheWrongLengthIsRefused(string phone) =>
        Assert.Equal("must be 8–15 digits, optionally starting with '+', without spaces or separators",
            Refused(Received with { Reporter = Received.Reporter with { Phone = phone } }, "reporter.phone"));

    [Theory]
    [InlineData("an.nguyen@example.vn")]
    [InlineData("pakn+2026@khanhhoa.gov.vn")]
    public void AValidEmailIsAccepted(string email) =>
        Valid(Received with { Reporter = Received.Reporter with { Email = email } });

    [Theory]
    [InlineData("an.nguyen")]
    [InlineData("An <an@example.vn>")]
    [InlineData("an@localhost")]
    [InlineData("an nguyen@example.vn")]
    [InlineData("an@@example.vn")]
    [InlineData("")]
    public void AnInvalidEmailIsRefused(string email) =>
        Assert.Equal("is not a valid e-mail address", Refused(Received with { Reporter = Received.Reporter with { Email = email } }, "reporter.email"));

    [Fact]
    public void AnAnonymousReporterIsAccepted() => Valid(Received with { Reporter = new() });

    [Fact]
    public void TwentyAttachmentsAreAcceptedAndTwentyOneRefused()
    {
        string[] Files(int n) => [.. Enumerable.Range(1, n).Select(i => $"https://pakn.khanhhoa.gov.vn/files/{i}.jpg")];

        Valid(Received with { Attachments = Files(20) });
        Assert.Equal("must list at most 20 files (it lists 21)", Refused(Received with { Attachments = Files(21) }, "attachments"));
    }

    [Theory]
    [InlineData("ftp://pakn.khanhhoa.gov.vn/a.jpg")]
    [InlineData("/files/a.jpg")]
    [InlineData("files/a.jpg")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("javascript:alert(1)")]
    public void AnAttachmentThatIsNotAnAbsoluteHttpUrlIsRefused(string url)
    {
        var e = Received with { Attachments = ["https://pakn.khanhhoa.gov.vn/files/ok.jpg", url] };

        Assert.StartsWith("must be an absolute http or https URL", Refused(e, "attachments[1]"));
    }

    [Fact]
    public void AnHttpAttachmentIsAccepted() => Valid(Received with { Attachments = ["http://1022.dongnai.gov.vn/tep/anh.png"] });

    [Fact]
    public void ANullAttachmentIsRefused() =>
        Assert.StartsWith("must be an absolute http or https URL", Refused(Received with { Attachments = [null!] }, "attachments[0]"));

    [Fact]
    public void TheDescriptionIsRequiredAndAtMostTenThousandCharacters()
    {
        Valid(Received with { Description = new string('d', 10_000) });
        Assert.Equal("must be at most 10000 characters long (it has 10001)", Refused(Received with { Description = new string('d', 10_001) }, "description"));
        Assert.Equal("must not be blank", Refused(Received with { Description = "\n" }, "description"));
    }

    [Fact]
    public void CodesOfTheReportAreAtMostSixtyFourCharacters()
    {
        Assert.StartsWith("must be at most 64", Refused(Received with { FieldCode = new string('f', 65) }, "fieldCode"));
        Assert.StartsWith("must be at most 64", Refused(Received with { ProfileId = new string('p', 65) }, "profileId"));
        Assert.StartsWith("must be at most 64", Refused(Received with { Code = new string('c', 65) }, "code"));
        Assert.StartsWith("must be at most 64", Refused(Received with { Location = Received.Location with { AdminUnitCode = new string('a', 65) } }, "location.adminUnitCode"));
    }

    [Fact]
    public void ReporterNameAndTitleAreSingleLinesOfAtMostTwoHundredCharacters()
    {
        Valid(Received with { Title = new string('t', 200), Reporter = Received.Reporter with { Name = new string('n', 200) } });
        Assert.StartsWith("must be at most 200", Refused(Received with { Title = new string('t', 201) }, "title"));
        Assert.StartsWith("must be a single line", Refused(Received with { Reporter = Received.Reporter with { Name = "Nguyễn\nAn" } }, "reporter.name"));
    }

    [Fact]
    public void AnUndefinedChannelIsRefused() =>
        Assert.StartsWith("99 is not a valid value; expected one of: hotline, portal,", Refused(Received with { Channel = (Channel)99 }, "channel"));

    [Fact]
    public void AMissingLocationSetInCodeIsReportedAsRequired() =>
        Assert.Equal("is required", Refused(Received with { Location = null! }, "location"));
}
