using System.Globalization;
using Ioc.Dashboard.Components.Pages.Kpi;
using Ioc.Dashboard.Kpi;
using Ioc.Dashboard.Security;
using MudBlazor;

namespace Ioc.Dashboard.Tests.Kpi;

/// <summary>The KPI page's widgets in bUnit: tiles with their definitions, drill links, the chart interop, the period picker.</summary>
public sealed class KpiComponentTests : ComponentTest
{
    private static readonly KpiPeriod March = new(PeriodKind.Month, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    public KpiComponentTests()
    {
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        this.AddTestServices(TestAuthenticationStateProvider.User("leader", IocRoles.Leader));
    }

    [Fact]
    public void ATileShowsItsValueItsChangeAndItsDefinitionOneClickAway()
    {
        var provider = Render<MudPopoverProvider>();
        var spec = KpiTileSpec.For(firstContactResolution: false).Single(t => t.Key == "OnTimeRate");

        var cut = Render<KpiTile>(p => p.Add(t => t.Spec, spec).Add(t => t.Value, 0.8).Add(t => t.Previous, 0.75)
            .Add(t => t.Href, KpiDrill.Cases(March, spec.DrillState)));

        Assert.Equal("80 %", cut.Find(".kpi-tile__value").TextContent);
        Assert.Equal("/console/cases?state=resolved-on-time&from=2026-03-01&to=2026-03-31", cut.Find("a.kpi-tile__value").GetAttribute("href"));
        // Rates change in percentage points, and a higher on-time rate is better.
        Assert.StartsWith("+5 đ.%", cut.Find(".kpi-tile__change").TextContent.Trim());
        Assert.Contains("kpi-tile__change--better", cut.Find(".kpi-tile__change").ClassName);
        Assert.DoesNotContain("không muộn hơn hạn", provider.Markup);

        cut.Find(".kpi-tile__info").Click();

        provider.WaitForAssertion(() => Assert.Contains("không muộn hơn hạn của phản ánh", provider.Markup));
    }

    [Fact]
    public void MoreOverdueCasesIsShownAsWorse()
    {
        Render<MudPopoverProvider>();
        var spec = KpiTileSpec.For(false).Single(t => t.Key == "Overdue");

        var cut = Render<KpiTile>(p => p.Add(t => t.Spec, spec).Add(t => t.Value, 12).Add(t => t.Previous, 10));

        Assert.Equal("12", cut.Find(".kpi-tile__value").TextContent);
        Assert.Contains("kpi-tile__change--worse", cut.Find(".kpi-tile__change").ClassName);
        Assert.StartsWith("+20 %", cut.Find(".kpi-tile__change").TextContent.Trim());
    }

    [Fact]
    public void FirstContactResolutionIsATileOnlyWhereTheRegulationHasIt()
    {
        // 004 Điều 9: only Đồng Nai's operators answer at first contact.
        Assert.Contains(KpiTileSpec.For(true), t => t.Key == "FirstContactRate");
        Assert.DoesNotContain(KpiTileSpec.For(false), t => t.Key == "FirstContactRate");
    }

    [Fact]
    public void TheLeagueTableRanksByOnTimeRateAndEveryNumberOpensItsCases()
    {
        KpiRow Row(string id, string name, long resolved, long onTime) =>
            new(id, name, new KpiNumbers { Received = 20, Resolved = resolved, ResolvedOnTime = onTime });
        var cut = Render<KpiTable>(p => p.Add(t => t.Rows, [Row("a", "Sở A", 10, 5), Row("b", "Sở B", 10, 9)])
            .Add(t => t.Dimension, KpiDimension.Agency).Add(t => t.Period, March).Add(t => t.League, true));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["Sở B", "Sở A"], rows.Select(r => r.Children[0].TextContent));
        Assert.Equal("/console/cases?agency=b&state=received&from=2026-03-01&to=2026-03-31", rows[0].Children[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("90 %", rows[0].Children[3].TextContent);
    }

    [Fact]
    public void TheChartIsCreatedThroughItsModuleWithTypedOptions()
    {
        var module = JSInterop.SetupModule("./js/apex-chart.js");
        module.SetupVoid("create", _ => true).SetVoidResult();
        var options = new ApexChartOptions("bar", ["01/03", "02/03"], [new("Tiếp nhận", [3, 4])], [], NoData: "—");

        Render<ApexChart>(p => p.Add(c => c.Options, options));

        var create = module.VerifyInvoke("create");
        Assert.Equal(options, create.Arguments[2]);
    }

    [Fact]
    public void ThePeriodPickerNamesTheProvincesCutoffAndStepsBack()
    {
        Render<MudPopoverProvider>();
        KpiPeriod? picked = null;
        var period = KpiPeriod.Containing(PeriodKind.Reporting, new DateOnly(2026, 3, 25), 20);

        var cut = Render<PeriodPicker>(p => p.Add(x => x.Period, period).Add(x => x.CutoffDay, 20)
            .Add(x => x.Today, new DateOnly(2026, 3, 25)).Add(x => x.PeriodChanged, (KpiPeriod next) => picked = next));

        Assert.Contains("21/03/2026 – 20/04/2026", cut.Find(".kpi-period__span").TextContent);
        Assert.True(cut.FindAll("button").Last().HasAttribute("disabled"), "no period after today's");
        cut.FindAll("button").First(b => b.GetAttribute("aria-label") == "Kỳ trước").Click();
        Assert.Equal(new KpiPeriod(PeriodKind.Reporting, new DateOnly(2026, 2, 21), new DateOnly(2026, 3, 20)), picked);
    }
}
