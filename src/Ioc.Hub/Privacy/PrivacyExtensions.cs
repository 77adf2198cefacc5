namespace Ioc.Hub.Privacy;

public static class PrivacyExtensions
{
    /// <summary>The contact reveal service (docs/security.md "Personal data").</summary>
    public static IHostApplicationBuilder AddIocPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContactReveal>();
        return builder;
    }
}
