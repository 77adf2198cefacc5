using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

public static class ConsoleExtensions
{
    /// <summary>The console's options (<c>Ioc:Console</c>), readers and actions. Its profile defaults to the wall's.</summary>
    public static IHostApplicationBuilder AddIocConsole(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleOptions>()
            .BindConfiguration(ConsoleOptions.SectionName)
            .PostConfigure<IOptions<WallOptions>>((o, wall) => o.ProfileId = string.IsNullOrWhiteSpace(o.ProfileId) ? wall.Value.ProfileId : o.ProfileId)
            .ValidateDataAnnotations()
            .Validate<ProfileCatalog>((o, catalog) => catalog.TryGet(o.ProfileId!, out _), $"{ConsoleOptions.SectionName}:ProfileId must name a province profile.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AgencyBoardReader>();
        builder.Services.AddSingleton<CaseDetailReader>();
        builder.Services.AddSingleton<CaseListReader>();
        builder.Services.AddSingleton<IntegrityQueue>();
        builder.Services.AddSingleton<CaseActions>();
        return builder;
    }
}
