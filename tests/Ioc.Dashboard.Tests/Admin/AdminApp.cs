using Ioc.Dashboard.Security;
using Ioc.Dashboard.Tests.Security;
using Ioc.Data;
using Ioc.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Admin;

/// <summary>
/// The real dashboard on a throw-away SQLite file (migrated, reference data seeded, roles created), shared by the admin
/// page tests: their bUnit contexts resolve the app's own services (store, Identity, producer keys, calendar edits).
/// </summary>
public sealed class AdminApp() : DashboardFactory("Test", null, ("Ioc:Simulator:Enabled", "false")), IAsyncLifetime
{
    /// <summary>The administrator the component tests sign in as (its account exists, for the self-protection rules).</summary>
    public const string Actor = "quantri@ioc.local";

    async Task IAsyncLifetime.InitializeAsync()
    {
        _ = Server;
        if (await WithUsersAsync(users => users.FindByNameAsync(Actor)) is null)
            await CreateUserAsync(Actor, "Quantri-2026-Test", IocRoles.Admin);
    }

    public IocDbContext Db() => Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContext();

    public Task<IocUser?> UserAsync(string userName) => WithUsersAsync(users => users.FindByNameAsync(userName));

    public Task<IList<string>> RolesAsync(IocUser user) => WithUsersAsync(users => users.GetRolesAsync(user));
}

[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminApp>
{
    public const string Name = "admin pages";
}

/// <summary>A bUnit context signed in as <see cref="AdminApp.Actor"/> over the app's services.</summary>
public abstract class AdminPageTest : ComponentTest
{
    protected AdminPageTest(AdminApp app)
    {
        App = app;
        this.AddTestServices(TestAuthenticationStateProvider.User("quantri", IocRoles.Admin));
        Services.AddFallbackServiceProvider(app.Services);
    }

    protected AdminApp App { get; }

    /// <summary>Types into the MudBlazor text field whose class is <paramref name="cssClass"/>.</summary>
    protected static Task TypeAsync<T>(IRenderedComponent<T> cut, string cssClass, string value) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($".{cssClass} input").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = value });

    protected static Task SelectAsync<T>(IRenderedComponent<T> cut, string cssClass, string value) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($".{cssClass} select").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = value });

    protected static Task ClickAsync<T>(IRenderedComponent<T> cut, string selector) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find(selector).ClickAsync(new());
}
