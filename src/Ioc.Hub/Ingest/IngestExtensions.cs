using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Producers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ioc.Hub.Ingest;

public static class IngestExtensions
{
    /// <summary>
    /// The ingest API's services: options (<c>Ioc:Ingest</c>), producer keys with their authentication scheme and
    /// policy, the per-producer rate limiter and the contract validator. Needs storage (<c>AddIocData</c>) and the
    /// stream (<c>AddIocStreaming</c>). Sets no default scheme: a host with sign-in (the dashboard) sets its own.
    /// </summary>
    public static IHostApplicationBuilder AddIocIngest(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CaseEventValidator>();
        services.AddSingleton<ProducerKeys>();
        services.AddSingleton<ProducerRateLimiter>();
        services.AddSingleton<EventIngestion>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ProducerKeyAuthenticationHandler>(ProducerKeyDefaults.AuthenticationScheme, displayName: null, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(ProducerKeyDefaults.Policy, policy => policy
                .AddAuthenticationSchemes(ProducerKeyDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());
        return builder;
    }
}
