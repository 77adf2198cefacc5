using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Sla.CalendarEdits;

/// <summary>
/// Puts administrators' calendar edits in force before any consumer starts (in <see cref="StartingAsync"/>, after the
/// database initializer registered before it), then re-reads them every <see cref="CalendarEditOptions.RefreshInterval"/>
/// so that a worker picks up an edit saved by another process (the saving process applies it at once).
/// </summary>
public sealed class CalendarEditRefresher(CalendarEdits edits, IOptions<CalendarEditOptions> options, TimeProvider time,
    ILogger<CalendarEditRefresher> logger) : BackgroundService, IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => edits.RefreshAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await edits.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The calendar in force stays; the next tick tries again.
                    logger.LogWarning(ex, "Could not re-read the administrators' calendar edits");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary><c>Ioc:Sla:CalendarEdits</c>.</summary>
public sealed class CalendarEditOptions
{
    public const string SectionName = "Ioc:Sla:CalendarEdits";

    /// <summary>How often a process re-reads the edits saved by other processes.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}

public static class CalendarEditExtensions
{
    /// <summary>Administrators' calendar edits over the shipped schedule; needs the store (<c>AddIocData</c>) and <c>AddSla</c>.</summary>
    public static IHostApplicationBuilder AddCalendarEdits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarEditOptions>().BindConfiguration(CalendarEditOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CalendarEdits>();
        builder.Services.AddHostedService<CalendarEditRefresher>();
        return builder;
    }
}
