using Ioc.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Tests.Security;

public sealed class ProductionStartTests
{
    [Fact]
    public async Task ProductionRefusesToStartWhileDemoAccountsExist()
    {
        var path = await CreateDatabaseWithDemoAccountsAsync();
        await using var production = new DashboardFactory("Production", path);

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("AllowDemoAccounts", error.ToString());
        Assert.Contains("giamsat@ioc.local", error.ToString());
    }

    [Fact]
    public async Task AnyEnvironmentButDevelopmentRefusesDemoAccountsToo()
    {
        var path = await CreateDatabaseWithDemoAccountsAsync();
        await using var staging = new DashboardFactory("Staging", path);

        var error = Assert.ThrowsAny<Exception>(() => staging.Server);

        Assert.Contains("Refusing to start in Staging", error.ToString());
    }

    [Fact]
    public async Task ProductionRefusesToCreateDemoAccounts()
    {
        await using var production = new DashboardFactory("Production", null, ("Ioc:Security:DemoAccounts", "true"));

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("Ioc:Security:AllowDemoAccounts=true", error.ToString());
    }

    [Fact]
    public async Task ProductionStartsWithDemoAccountsWhenExplicitlyAllowed()
    {
        var path = await CreateDatabaseWithDemoAccountsAsync();
        await using var production = new DashboardFactory("Production", path, ("Ioc:Security:AllowDemoAccounts", "true"));

        var response = await production.CreateBrowser().GetAsync("/account/login");

        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ProductionCreatesNoDemoAccountsByDefault()
    {
        IAsyncLifetime production = new DashboardFactory("Production");
        await production.InitializeAsync();
        try
        {
            var demo = await ((DashboardFactory)production).WithUsersAsync(users => users.Users.CountAsync(u => u.IsDemo));
            Assert.Equal(0, demo);
        }
        finally
        {
            await production.DisposeAsync();
        }
    }

    private static async Task<string> CreateDatabaseWithDemoAccountsAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ioc-dashboard-{Guid.NewGuid():N}.db");
        await using var development = new DashboardFactory("Development", path);
        Assert.NotNull(await development.WithUsersAsync(users => users.FindByNameAsync("giamsat@ioc.local")));
        return path;
    }
}
