using Ioc.Hub.Cases;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Sla;

public static class SlaExtensions
{
    /// <summary>Registers the profiles, calendars and state machine; invalid profile data stops the host at start-up.</summary>
    public static IHostApplicationBuilder AddSla(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SlaOptions>().BindConfiguration("Ioc:Sla");
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SlaOptions>>().Value;
            var holidays = options.CalendarsPath is { } calendars ? HolidaySchedule.LoadDirectory(calendars) : HolidaySchedule.LoadDefault();
            return ProfileCatalog.Load(options.ProfilesPath ?? Path.Combine(AppContext.BaseDirectory, "Sla", "Profiles"), holidays);
        });
        builder.Services.AddSingleton<CaseStateMachine>();
        builder.Services.AddHostedService<SlaStartupCheck>();
        return builder;
    }

    /// <summary>Loads the catalog while the host starts, so bad data fails the start with file, field and reason.</summary>
    private sealed class SlaStartupCheck(ProfileCatalog catalog, ILogger<SlaStartupCheck> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogInformation("SLA profiles loaded: {Profiles}", string.Join(", ", catalog.Ids));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
