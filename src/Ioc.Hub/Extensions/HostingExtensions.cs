using Ioc.Hub.Api;
using Ioc.Hub.DeadLetters;
using Ioc.Hub.Ingest;
using Ioc.Hub.Live;
using Ioc.Hub.Privacy;
using Ioc.Hub.Projection;
using Ioc.Hub.Reminders;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Simulation;
using Ioc.Hub.Sla;
using Ioc.Hub.Sla.CalendarEdits;
using Ioc.Hub.Streaming;

namespace Ioc.Hub.Extensions;

/// <summary>Wires the hub's services and endpoints into either host (Hub worker or embedded Dashboard).</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddIocHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.AddSla();
        builder.AddCalendarEdits();
        builder.AddIocStreaming();
        builder.AddIocProjection();
        builder.AddIocScheduler();
        builder.AddIocIngest();
        builder.Services.AddSingleton<DeadLetterAdmin>();
        builder.AddIocLive();
        builder.AddIocPrivacy();
        builder.AddIocReminders();
        // The built-in simulator is off unless Ioc:Simulator:Enabled; when on it feeds the stream like any producer.
        builder.Services.AddSingleton<IEventSink, StreamEventSink>();
        builder.AddIocSimulator();
        return builder;
    }

    public static WebApplication MapIocHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapSlaApi();
        app.MapIngestApi();
        app.MapProducerKeyAdminApi();
        app.MapContactRevealApi();
        app.MapDeadLetterAdminApi();
        app.MapLiveStatusApi();
        app.MapIocLive();
        app.MapIocReminders();
        return app;
    }
}
