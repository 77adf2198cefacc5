using Ioc.Dashboard.Resources;
using Ioc.Dashboard.Security;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Components.Pages.Admin.Users;

internal static class RoleOptions
{
    public static IReadOnlyList<(string Value, string Text)> Of(IStringLocalizer<SharedResource> l) =>
        [.. IocRoles.All.Select(r => (r, l[$"Role.{r}"].Value))];
}
