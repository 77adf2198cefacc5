using Ioc.Hub.Privacy.Retention;

namespace Ioc.Hub.Privacy;

public static class PrivacyExtensions
{
    /// <summary>The contact reveal service and the personal-data retention job (docs/security.md "Personal data").</summary>
    public static IHostApplicationBuilder AddIocPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContactReveal>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PersonalDataRetention>();
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }
}
