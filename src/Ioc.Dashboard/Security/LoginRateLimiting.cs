using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Security;

/// <summary>Attempts on the sign-in form allowed per window (<c>Ioc:Security:LoginRateLimit</c>).</summary>
public sealed class LoginRateLimitOptions
{
    public const string SectionName = "Ioc:Security:LoginRateLimit";

    /// <summary>From one address: generous enough for an office behind one NAT address.</summary>
    [Range(1, 100_000)]
    public int PerIpPermitLimit { get; set; } = 30;

    /// <summary>For one account name, from anywhere: stops spreading a password guess over many addresses.</summary>
    [Range(1, 10_000)]
    public int PerUserPermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form's POST, chained per client address and per account name (the
/// form's <c>Input.Email</c>), on top of Identity's lockout (5 failures → 15 minutes). A refused attempt never reaches
/// the password check; the browser is sent back to the form with a message and <c>Retry-After</c>.
/// Behind a reverse proxy, configure forwarded headers so the client address is the caller's, not the proxy's.
/// </summary>
public static class LoginRateLimiting
{
    public const string LoginPath = "/account/login";
    public const string EmailField = "Input.Email";
    public const string ThrottledUrl = LoginPath + "?error=throttled";

    /// <summary>Longer names are cut: an attacker cycling huge names gets no more partitions than with short ones.</summary>
    private const int MaxNameKeyLength = 256;

    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<LoginRateLimitOptions>().BindConfiguration(LoginRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LoginRateLimitOptions>>((o, login) =>
        {
            var limits = login.Value;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsLoginPost(http)
                    ? RateLimitPartition.GetFixedWindowLimiter("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(limits.PerIpPermitLimit, limits.Window))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsLoginPost(http)
                    ? RateLimitPartition.GetFixedWindowLimiter("user:" + AccountName(http), _ => Window(limits.PerUserPermitLimit, limits.Window))
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoginRateLimiting))
                    .LogWarning("Sign-in attempts throttled for {Address}", context.HttpContext.Connection.RemoteIpAddress);
                // A person at a browser: back to the form, which explains (Login.Throttled).
                context.HttpContext.Response.Redirect(ThrottledUrl);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Reads the sign-in form before the limiter so it can see the account name (the form is kept for the page).</summary>
    public static IApplicationBuilder UseLoginRateLimiting(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (IsLoginPost(http))
            {
                try
                {
                    await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A malformed or oversized form: the limiter counts it under no name, the page answers 400.
                }
            }
            await next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    private static bool IsLoginPost(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    private static string AccountName(HttpContext http)
    {
        var name = http.Request.HasFormContentType && http.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form
            ? form[EmailField].ToString().Trim().ToLowerInvariant()
            : "";
        return name.Length > MaxNameKeyLength ? name[..MaxNameKeyLength] : name;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
