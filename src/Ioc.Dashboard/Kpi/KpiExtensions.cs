using Ioc.Dashboard.Kpi.Reports;

namespace Ioc.Dashboard.Kpi;

public static class KpiExtensions
{
    /// <summary>The KPI page's reader, the report builder and the scheduled reports (<c>Ioc:Kpi</c>).</summary>
    public static IHostApplicationBuilder AddIocKpi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KpiOptions>().BindConfiguration(KpiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<KpiStoreReader>();
        builder.Services.AddSingleton<ReportBuilder>();
        builder.Services.AddSingleton<ScheduledReports>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledReports>());
        return builder;
    }
}
