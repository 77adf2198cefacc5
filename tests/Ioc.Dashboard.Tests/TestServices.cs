using System.Security.Claims;
using Ioc.Dashboard.Localization;
using Ioc.Dashboard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace Ioc.Dashboard.Tests;

internal static class TestServices
{
    /// <summary>MudBlazor with loose JS interop, the real resources and role policies, a fake clock and a signed-in user.</summary>
    public static FakeTimeProvider AddTestServices(this BunitContext context, ClaimsPrincipal user, DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization();
        context.Services.AddSingleton<TimeProvider>(time);
        context.Services.AddSingleton<DisplayTime>();
        // bUnit registers placeholders that throw; the real authorization service evaluates the real policies.
        context.Services.RemoveAll<IAuthorizationService>();
        context.Services.RemoveAll<IAuthorizationPolicyProvider>();
        context.Services.RemoveAll<AuthenticationStateProvider>();
        context.Services.AddAuthorizationCore(IocPolicies.Configure);
        context.Services.AddSingleton<AuthenticationStateProvider>(new TestAuthenticationStateProvider(user));
        context.Services.AddCascadingAuthenticationState();
        return time;
    }
}
