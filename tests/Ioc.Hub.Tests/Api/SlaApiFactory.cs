using Ioc.Data;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.CalendarEdits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Ioc.Hub.Tests.Api;

/// <summary>
/// The hub host for tests of the SLA API, which reads only the shipped profiles and calendars: storage points at an
/// in-memory SQLite database and its start-up (migrations, reference-data seeding) is left out, so these tests neither
/// touch a file in the repository nor depend on the storage layer.
/// </summary>
public sealed class SlaApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Ioc", "Data Source=:memory:");
        builder.ConfigureTestServices(services =>
        {
            var storageStartup = services
                // The projection's loader and stream consumer read the store too.
                .Where(d => d.ServiceType == typeof(IHostedService)
                    && (d.ImplementationType?.Assembly == typeof(IocDbContext).Assembly || d.ImplementationType?.Namespace == typeof(CaseProjection).Namespace
                        // Administrators' calendar edits are read from the store; these tests use the shipped calendar.
                        || d.ImplementationType == typeof(CalendarEditRefresher)))
                .ToList();
            foreach (var descriptor in storageStartup)
                services.Remove(descriptor);
        });
    }
}
