using Ioc.Dashboard.Components.Pages.Admin.Agencies;
using Ioc.Dashboard.Components.Pages.Admin.Audit;
using Ioc.Dashboard.Components.Pages.Admin.Users;

namespace Ioc.Dashboard.Components.Pages.Admin;

public static class AdminExtensions
{
    /// <summary>The admin pages' services; producer keys and calendar edits are the hub's own services, reused.</summary>
    public static IHostApplicationBuilder AddIocAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UserAdministration>();
        builder.Services.AddSingleton<AgencyContacts>();
        builder.Services.AddSingleton<AuditSearch>();
        return builder;
    }
}
