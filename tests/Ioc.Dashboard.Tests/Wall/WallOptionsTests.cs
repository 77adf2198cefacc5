using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Dashboard.Security;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class WallOptionsTests
{
    [Theory]
    [InlineData("https://{s}.tiles.tinh.gov.vn/{z}/{x}/{y}.png", true, "https://*.tiles.tinh.gov.vn")]
    [InlineData("https://tiles.tinh.gov.vn:8443/osm/{z}/{x}/{y}.png", true, "https://tiles.tinh.gov.vn:8443")]
    [InlineData("/tiles/{z}/{x}/{y}.png", true, null)]
    [InlineData("", true, null)]
    [InlineData("https://tiles.tinh.gov.vn/{z}/{x}.png", false, "https://tiles.tinh.gov.vn")]
    [InlineData("https://tile-{s}.tinh.gov.vn/{z}/{x}/{y}.png", false, "https://tile-*.tinh.gov.vn")]
    [InlineData("//tiles.tinh.gov.vn/{z}/{x}/{y}.png", false, null)]
    [InlineData("ftp://tiles.tinh.gov.vn/{z}/{x}/{y}.png", false, null)]
    public void ATileUrlIsAcceptedOnlyWhenTheBrowserMayLoadItsTiles(string url, bool valid, string? source)
    {
        var options = new MapOptions { TileUrl = url };

        Assert.Equal(valid, options.IsValid());
        Assert.Equal(source, options.TileSource);
    }

    [Fact]
    public void TheContentSecurityPolicyAdmitsTheTileServerForImagesOnly()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy(new OidcOptions(), "https://*.tiles.tinh.gov.vn");

        Assert.Contains("img-src 'self' data: blob: https://*.tiles.tinh.gov.vn;", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("img-src 'self' data: blob:;", SecurityHeaders.ContentSecurityPolicy(new OidcOptions()));
    }

    [Theory]
    [InlineData("Ioc:Map:TileUrl", "https://tile-{s}.tinh.gov.vn/{z}/{x}/{y}.png")]
    [InlineData("Ioc:Wall:ProfileId", "ha-noi")]
    [InlineData("Ioc:Wall:TopAgencies", "0")]
    public async Task BadWallSettingsStopTheStartNamingTheKey(string key, string value)
    {
        var store = new WallStore((key, value));
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(store.InitializeAsync);

            Assert.Contains(key.Split(':')[^1], error.Message);
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task WithoutAProfileOfItsOwnTheWallShowsTheSimulatedProvince()
    {
        var store = new WallStore(("Ioc:Simulator:ProfileId", "tay-ninh"));
        await store.InitializeAsync();
        try
        {
            var province = await store.Reader.ProvinceAsync();

            Assert.Equal(("tay-ninh", "geo/tay-ninh.geojson"), (province.ProfileId, province.Map.BoundaryUrl));
        }
        finally
        {
            await store.DisposeAsync();
        }
    }
}
