using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Data;
using Ioc.Data.Agencies;
using Ioc.Data.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Security;

/// <summary>
/// At start, after the database initializer (registered later, so its StartingAsync runs later): creates the roles,
/// refuses a start outside Development while demo accounts exist unless allowed, and creates missing demo accounts, printing
/// their generated passwords once, with the address, when the server is listening.
/// </summary>
internal sealed class IdentityBootstrapper(
    IServiceScopeFactory scopes,
    IOptions<SecurityOptions> options,
    IOptions<WallOptions> wallOptions,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<IdentityBootstrapper> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in IocRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        var seed = options.Value.DemoAccounts ?? environment.IsDevelopment();
        // Any environment but Development is treated as production here: a staging copy holds real data too.
        if (!environment.IsDevelopment() && !options.Value.AllowDemoAccounts)
        {
            var existing = await users.Users.Where(u => u.IsDemo).Select(u => u.UserName).ToListAsync(cancellationToken);
            if (existing.Count > 0 || seed)
            {
                throw new InvalidOperationException(
                    $"Refusing to start in {environment.EnvironmentName} with demo accounts ({(existing.Count > 0 ? string.Join(", ", existing) : "Ioc:Security:DemoAccounts=true")}). " +
                    $"Delete them (and set Ioc:Security:DemoAccounts=false), or set {SecurityOptions.SectionName}:AllowDemoAccounts=true for a demonstration.");
            }
        }

        if (seed)
        {
            var db = scope.ServiceProvider.GetRequiredService<IocDbContext>();
            var created = await CreateDemoAccountsAsync(users, db, cancellationToken);
            if (created.Count > 0)
            {
                lifetime.ApplicationStarted.Register(() => Print(created));
            }
        }
    }

    private async Task<List<(DemoAccount Account, string Password)>> CreateDemoAccountsAsync(
        UserManager<IocUser> users, IocDbContext db, CancellationToken ct)
    {
        // The agency account is bound to a real department of the province on show (the wall's, which is the
        // simulator's by default), so its scoped console has cases.
        var profileId = wallOptions.Value.ProfileId ?? WallOptions.DefaultProfileId;
        var agencyId = await db.Agencies.Where(a => a.Level == AgencyLevels.Department && a.ProfileId == profileId)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(ct);
        var created = new List<(DemoAccount, string)>();
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new IocUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                AgencyId = account.Role == IocRoles.Agency ? agencyId : null,
                IsDemo = true,
            };
            var password = PasswordGenerator.Generate();
            Check(await users.CreateAsync(user, password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            created.Add((account, password));
        }

        logger.LogWarning("Demo accounts present ({Count} created now): not for production use", created.Count);
        return created;
    }

    // Straight to the console, not the log: passwords must not end up in log storage.
    private void Print(List<(DemoAccount Account, string Password)> created)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(see the listening address above)";
        Console.WriteLine();
        Console.WriteLine($"Demo accounts created — the passwords are shown only this once. Sign in at {address}/account/login");
        foreach (var (account, password) in created)
        {
            Console.WriteLine($"  {account.Role,-10} {account.Email,-20} {password}");
        }

        Console.WriteLine();
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Identity bootstrap failed for {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
