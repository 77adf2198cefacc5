using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>The five profile files shipped beside the binary load, validate and encode one seed each.</summary>
public sealed class ShippedProfilesTests
{
    [Fact]
    public void TheFiveShippedProfilesLoadWithoutErrors()
    {
        var catalog = ProfileCatalog.LoadDefault();

        Assert.Equal(["dong-nai", "khanh-hoa", "soc-trang", "tay-ninh", "thanh-hoa"], catalog.Ids);
        Assert.Equal(["000", "001", "002", "003", "004"], catalog.Profiles.Select(p => p.Seed).Order());
    }
}
