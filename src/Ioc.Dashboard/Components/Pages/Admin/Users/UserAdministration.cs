using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Ioc.Dashboard.Components.Pages.Admin.Shared;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Data.Identity;
using Ioc.Data.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Components.Pages.Admin.Users;

/// <summary>One account as the users page lists it.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string? Email, string? Role, string? AgencyId, bool Locked, bool IsDemo);

/// <summary>What an administrator types to create an account.</summary>
public sealed class NewUser
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string Role { get; set; } = IocRoles.Supervisor;
    public string? AgencyId { get; set; }
}

/// <summary>
/// Accounts and roles for the admin users page, through Identity's <see cref="UserManager{TUser}"/> (its password
/// policy, normalisation and security stamps), one DI scope per action so no circuit holds a DbContext. Every change
/// is audited; an administrator cannot demote or lock themselves out.
/// </summary>
public sealed partial class UserAdministration(IServiceScopeFactory scopes, IDbContextFactory<IocDbContext> contexts, TimeProvider time)
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int SearchMaxLength = 100;

    public async Task<IReadOnlyList<UserRow>> SearchAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        if (text?.Trim() is { Length: > 0 } search)
        {
            var upper = search.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
        }
        var now = time.GetUtcNow();
        var rows = await users.OrderBy(u => u.UserName).Take(500)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.Email, u.AgencyId, u.LockoutEnd, u.IsDemo,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName, u.Email, u.Role, u.AgencyId, u.LockoutEnd > now, u.IsDemo))];
    }

    /// <summary>The agencies an agency account may be bound to, by id, with their names.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AgenciesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Agencies.AsNoTracking().OrderBy(a => a.ProfileId).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return [.. rows.Select(a => (a.Id, a.Name))];
    }

    /// <summary>Creates the account with a generated password, returned once.</summary>
    public async Task<AdminResult<string>> CreateAsync(NewUser input, string actor, CancellationToken ct = default)
    {
        var problems = Check(input);
        problems.AddRange(await CheckRoleAsync(input.Role, input.AgencyId, ct));
        if (problems.Count > 0)
            return AdminResult<string>.Refused(problems);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        var user = new IocUser
        {
            UserName = input.UserName!.Trim(),
            Email = input.Email!.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            AgencyId = input.Role == IocRoles.Agency ? input.AgencyId : null,
        };
        var password = PasswordGenerator.Generate();
        if (Refusal(await users.CreateAsync(user, password)) is { } refused)
            return refused;
        if (Refusal(await users.AddToRoleAsync(user, input.Role)) is { } roleRefused)
        {
            await users.DeleteAsync(user);
            return roleRefused;
        }
        await AuditAsync(actor, "user.create", user, $"role={input.Role}; agency={user.AgencyId}; email={user.Email}; display={user.DisplayName}", ct);
        return AdminResult<string>.Done(password);
    }

    public async Task<AdminResult<bool>> ChangeRoleAsync(string userId, string role, string? agencyId, string actor, CancellationToken ct = default)
    {
        var problems = await CheckRoleAsync(role, agencyId, ct);
        if (problems.Count > 0)
            return AdminResult<bool>.Refused(problems);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
            return AdminResult<bool>.Refused("user", "Admin.Users.Error.NotFound");
        var current = await users.GetRolesAsync(user);
        if (user.UserName == actor && current.Contains(IocRoles.Admin) && role != IocRoles.Admin)
            return AdminResult<bool>.Refused("role", "Admin.Users.Error.OwnAdminRole");

        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        user.AgencyId = role == IocRoles.Agency ? agencyId : null;
        await users.UpdateAsync(user);
        // Open circuits of that account re-check the stamp (docs/security.md) and lose what the old role allowed.
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(actor, "user.role", user, $"from={string.Join(",", current)}; to={role}; agency={user.AgencyId}", ct);
        return AdminResult<bool>.Done(true);
    }

    public async Task<AdminResult<bool>> SetLockedAsync(string userId, bool locked, string actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
            return AdminResult<bool>.Refused("user", "Admin.Users.Error.NotFound");
        if (locked && user.UserName == actor)
            return AdminResult<bool>.Refused("user", "Admin.Users.Error.LockSelf");

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
            await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(actor, locked ? "user.lock" : "user.unlock", user, null, ct);
        return AdminResult<bool>.Done(locked);
    }

    /// <summary>Replaces the password with a generated one, returned once; the account's sessions end.</summary>
    public async Task<AdminResult<string>> ResetPasswordAsync(string userId, string actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
            return AdminResult<string>.Refused("user", "Admin.Users.Error.NotFound");
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        if (Refusal(await users.ResetPasswordAsync(user, token, password)) is { } refused)
            return refused;
        await AuditAsync(actor, "user.reset-password", user, null, ct);
        return AdminResult<string>.Done(password);
    }

    private static List<AdminProblem> Check(NewUser input)
    {
        var problems = new List<AdminProblem>();
        var userName = input.UserName?.Trim();
        if (string.IsNullOrEmpty(userName))
            problems.Add(new("userName", "Admin.Error.Required"));
        else if (userName.Length > UserNameMaxLength)
            problems.Add(new("userName", "Admin.Error.TooLong", UserNameMaxLength));
        else if (!UserNamePattern().IsMatch(userName))
            problems.Add(new("userName", "Admin.Users.Error.UserNameFormat"));

        var displayName = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(displayName))
            problems.Add(new("displayName", "Admin.Error.Required"));
        else if (displayName.Length > DisplayNameMaxLength)
            problems.Add(new("displayName", "Admin.Error.TooLong", DisplayNameMaxLength));
        else if (PlainText.HasMarkupOrControl(displayName))
            problems.Add(new("displayName", "Admin.Error.Markup"));

        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email))
            problems.Add(new("email", "Admin.Error.Required"));
        else if (email.Length > EmailMaxLength)
            problems.Add(new("email", "Admin.Error.TooLong", EmailMaxLength));
        else if (!IsEmail(email))
            problems.Add(new("email", "Admin.Error.Email"));
        return problems;
    }

    private async Task<List<AdminProblem>> CheckRoleAsync(string? role, string? agencyId, CancellationToken ct)
    {
        if (role is null || !IocRoles.All.Contains(role))
            return [new("role", "Admin.Users.Error.Role")];
        if (role != IocRoles.Agency)
            return [];
        if (string.IsNullOrEmpty(agencyId))
            return [new("agency", "Admin.Users.Error.AgencyRequired")];
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Agencies.AnyAsync(a => a.Id == agencyId, ct) ? [] : [new("agency", "Admin.Users.Error.AgencyUnknown")];
    }

    /// <summary>Same test as the e-mail fields elsewhere, plus a dot in the domain (an address a reminder can reach).</summary>
    public static bool IsEmail(string value) =>
        new EmailAddressAttribute().IsValid(value) && EmailPattern().IsMatch(value) && !PlainText.HasMarkupOrControl(value);

    private static AdminResult<T>? RefusalOf<T>(IdentityResult result) => result.Succeeded
        ? null
        : AdminResult<T>.Refused([.. result.Errors.Select(e => e.Code switch
        {
            "DuplicateUserName" => new AdminProblem("userName", "Admin.Users.Error.DuplicateUserName"),
            "DuplicateEmail" => new AdminProblem("email", "Admin.Users.Error.DuplicateEmail"),
            "InvalidUserName" => new AdminProblem("userName", "Admin.Users.Error.UserNameFormat"),
            "InvalidEmail" => new AdminProblem("email", "Admin.Error.Email"),
            _ => new AdminProblem("user", "Admin.Users.Error.Identity", e.Description),
        })]);

    private static AdminResult<string>? Refusal(IdentityResult result) => RefusalOf<string>(result);

    private async Task AuditAsync(string actor, string action, IocUser user, string? details, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditEntries.Add(AdminAudit.Entry(time, actor, action, $"user:{user.UserName}", details));
        await db.SaveChangesAsync(ct);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._@+-]*$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
