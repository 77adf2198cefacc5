using Microsoft.AspNetCore.Identity;

namespace Ioc.Data.Identity;

/// <summary>A staff or display account; the Identity tables live in <see cref="IocDbContext"/> from the start.</summary>
public sealed class IocUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>For the <c>agency</c> role: the only agency whose cases the user sees.</summary>
    public string? AgencyId { get; set; }

    /// <summary>A seeded demo account, removed or disabled in production.</summary>
    public bool IsDemo { get; set; }
}
