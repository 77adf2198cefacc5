using Ioc.Data.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Security;

/// <summary>The real dashboard on a throw-away SQLite file, in the given environment.</summary>
public class DashboardFactory(string environment, string? databasePath = null, params (string Key, string Value)[] settings)
    : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabasePath { get; } = databasePath ?? Path.Combine(Path.GetTempPath(), $"ioc-dashboard-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Ioc", $"Data Source={DatabasePath}");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates an account with a known password (demo passwords are only printed to the console).</summary>
    public async Task<IocUser> CreateUserAsync(string email, string password, string role, string? agencyId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        var user = new IocUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, AgencyId = agencyId };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<IocUser>, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>());
    }

    public Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations, reference data, roles and demo accounts
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}

/// <summary>A shared Development dashboard: the demo accounts exist.</summary>
public sealed class DevelopmentDashboard() : DashboardFactory("Development");
