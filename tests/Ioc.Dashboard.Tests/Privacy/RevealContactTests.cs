using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Ioc.Dashboard.Components.Privacy;
using Ioc.Dashboard.Security;
using Ioc.Data.Cases;
using Ioc.Hub.Privacy;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Ioc.Dashboard.Tests.Privacy;

public sealed class RevealContactTests : ComponentTest, IAsyncLifetime
{
    private const string CaseId = "c-001";
    private PrivacyStore? store;

    public RevealContactTests()
    {
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
    }

    private static CaseReporter Reporter(string name = "Nguyễn Văn An") => new()
    {
        CaseId = CaseId, Name = name, Phone = "0905 123 456", Email = "an.nguyen@gmail.com", Address = "12 Trần Phú, phường Lộc Thọ, TP Nha Trang",
    };

    [Fact]
    public void TheContactIsMaskedByDefault()
    {
        var cut = Start(Agency("so-gtvt"));

        Assert.Equal(["name N.V.A.", "phone **** *** 456", "email a***@g***.com", "idNumber Không cung cấp", "address ***, TP Nha Trang"], Values(cut));
        Assert.DoesNotContain("Nguyễn", cut.Markup);
        Assert.DoesNotContain("0905", cut.Markup);
        Assert.NotEmpty(cut.FindAll(".ioc-contact-masked"));
    }

    [Fact]
    public async Task RevealingAsksAReasonShowsTheContactAndAuditsIt()
    {
        var cut = Start(Agency("so-gtvt"));
        var dialogs = Render<MudDialogProvider>();

        // The click's handler waits for the dialog to close: not awaited until the dialog is answered.
        var opening = cut.Find(".ioc-reveal-button").ClickAsync(new());
        dialogs.WaitForElement("textarea").Input("Gọi lại để hẹn khảo sát hiện trường");
        await dialogs.Find(".ioc-reveal-confirm").ClickAsync(new());
        await opening;

        cut.WaitForAssertion(() => Assert.Equal(
            ["name Nguyễn Văn An", "phone 0905 123 456", "email an.nguyen@gmail.com", "idNumber Không cung cấp", "address 12 Trần Phú, phường Lộc Thọ, TP Nha Trang"],
            Values(cut)));
        Assert.NotEmpty(cut.FindAll(".ioc-contact-revealed"));
        Assert.Empty(cut.FindAll(".ioc-reveal-button"));
        var audit = Assert.Single(store!.Audit());
        Assert.Equal(("donvi@ioc.local", "Gọi lại để hẹn khảo sát hiện trường", $"case:{CaseId}"), (audit.UserName, audit.Reason, audit.Target));
    }

    [Theory]
    [InlineData("", "Cần nhập lý do.")]
    [InlineData("abc", "Lý do cần ít nhất 5 ký tự.")]
    public async Task ABadReasonKeepsTheDialogOpenWithAMessageAndRevealsNothing(string reason, string message)
    {
        var cut = Start(Agency("so-gtvt"));
        var dialogs = Render<MudDialogProvider>();

        // The click's handler waits for the dialog to close: not awaited until the dialog is answered.
        var opening = cut.Find(".ioc-reveal-button").ClickAsync(new());
        dialogs.WaitForElement("textarea").Input(reason);
        await dialogs.Find(".ioc-reveal-confirm").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains(message, dialogs.Find(".ioc-reveal-dialog").TextContent));
        Assert.Contains("N.V.A.", cut.Markup);
        Assert.Empty(store!.Audit());
    }

    [Fact]
    public async Task ScriptInAReporterNameOrAReasonIsShownAsTextNeverAsMarkup()
    {
        var cut = Start(Agency("so-gtvt"), Reporter("<img src=x onerror=alert(1)> <b>Bình</b>"));
        var dialogs = Render<MudDialogProvider>();

        // The click's handler waits for the dialog to close: not awaited until the dialog is answered.
        var opening = cut.Find(".ioc-reveal-button").ClickAsync(new());
        dialogs.WaitForElement("textarea").Input("<script>alert('x')</script> gọi lại");
        await dialogs.Find(".ioc-reveal-confirm").ClickAsync(new());
        await opening;

        cut.WaitForAssertion(() => Assert.Contains("<img src=x onerror=alert(1)> <b>Bình</b>", Values(cut)[0]));
        Assert.Empty(cut.FindAll(".ioc-contact-fields img"));
        Assert.Empty(cut.FindAll(".ioc-contact-fields b"));
        Assert.Equal("<script>alert('x')</script> gọi lại", Assert.Single(store!.Audit()).Reason);
    }

    [Theory]
    [InlineData(IocRoles.Leader)]
    [InlineData(IocRoles.Admin)]
    public void RolesThatMayNotRevealSeeNoButton(string role)
    {
        var cut = Start(TestAuthenticationStateProvider.User(role, role));

        Assert.Empty(cut.FindAll(".ioc-reveal-button"));
    }

    [Fact]
    public void ASupervisorMayReveal()
    {
        var cut = Start(TestAuthenticationStateProvider.User("giamsat", IocRoles.Supervisor));

        Assert.Single(cut.FindAll(".ioc-reveal-button"));
    }

    [Fact]
    public void AnotherAgencysCaseShowsNothingOfTheReporter()
    {
        var cut = Start(Agency("so-yt"));

        Assert.Empty(cut.FindAll(".ioc-contact-fields"));
        Assert.NotEmpty(cut.FindAll(".ioc-contact-unavailable"));
        Assert.DoesNotContain("N.V.A.", cut.Markup);
    }

    [Fact]
    public void AnAnonymisedContactSaysSoAndOffersNoReveal()
    {
        var anonymised = new CaseReporter { CaseId = CaseId, AnonymisedAtUtc = new DateTime(2026, 4, 1, 17, 0, 0, DateTimeKind.Utc) };
        var cut = Start(Agency("so-gtvt"), anonymised);

        Assert.Contains("02/04/2026 00:00", cut.Find(".ioc-contact-anonymised").TextContent);
        Assert.Empty(cut.FindAll(".ioc-reveal-button"));
    }

    private IRenderedComponent<RevealContact> Start(ClaimsPrincipal user, CaseReporter? reporter = null)
    {
        var time = this.AddTestServices(user);
        store = new PrivacyStore(time);
        store.AddCase(CaseId, "so-gtvt", reporter ?? Reporter(), confidential: true);
        Services.AddSingleton(store.Reveal);
        return Render<RevealContact>(p => p.Add(c => c.CaseId, CaseId));
    }

    private static ClaimsPrincipal Agency(string agencyId)
    {
        var user = TestAuthenticationStateProvider.User("donvi", IocRoles.Agency);
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(IocClaimTypes.AgencyId, agencyId));
        return user;
    }

    private static List<string> Values(IRenderedComponent<RevealContact> cut) =>
        [.. cut.FindAll(".ioc-contact-fields tr").Select(row => $"{row.GetAttribute("data-field")} {row.QuerySelector(".ioc-contact-value")!.TextContent.Trim()}")];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
