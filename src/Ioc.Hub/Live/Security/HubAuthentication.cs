using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Live.Security;

/// <summary>
/// How hub subscribers sign in. <see cref="Scheme"/> is a policy scheme: a request that presents an API key
/// (<c>Authorization: Bearer</c>, or <c>access_token</c> on the hub's path, which browsers' WebSockets need) goes to
/// <see cref="KeyScheme"/>; any other goes to the host's default scheme (the dashboard's Identity cookie). A host
/// without a default scheme (the Hub worker) gets <see cref="Scheme"/> as its default, so keys are its only way in.
/// </summary>
public static class HubAuthentication
{
    public const string Scheme = "ioc-hub";
    public const string KeyScheme = "ioc-hub-key";

    internal static void Add(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, HubKeyHandler>(KeyScheme, "IOC hub API key", null)
            .AddPolicyScheme(Scheme, "IOC hub", o => o.ForwardDefaultSelector = Select);
        services.AddAuthorization();
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            if (o.DefaultScheme is null && o.DefaultAuthenticateScheme is null)
            {
                o.DefaultScheme = Scheme;
            }
        });
    }

    private static string Select(HttpContext context)
    {
        if (HubKeyHandler.PresentedKey(context.Request) is not null)
        {
            return KeyScheme;
        }
        var options = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value;
        var host = options.DefaultAuthenticateScheme ?? options.DefaultScheme;
        return host is null || host == Scheme ? KeyScheme : host;
    }
}
