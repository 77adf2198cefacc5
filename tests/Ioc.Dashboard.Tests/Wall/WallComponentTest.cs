using System.Globalization;
using Ioc.Dashboard.Security;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>A wall component under test: the wall account, Vietnamese unless a test switches, the clock at <see cref="WallSamples.Now"/>.</summary>
public abstract class WallComponentTest : ComponentTest
{
    protected WallComponentTest()
    {
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        Time = this.AddTestServices(TestAuthenticationStateProvider.User("wall", IocRoles.Wall), WallSamples.Now);
    }

    protected FakeTimeProvider Time { get; }

    protected static void UseEnglish()
    {
        CultureInfo.CurrentCulture = new CultureInfo("en-US");
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
    }
}
