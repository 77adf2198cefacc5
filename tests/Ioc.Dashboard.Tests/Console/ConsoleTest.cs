using System.Security.Claims;
using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Dashboard.Security;
using Ioc.Hub.Live.Feed;
using Ioc.Hub.Notifications;
using Ioc.Hub.Reminders;
using Ioc.Hub.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Tests.Console;

/// <summary>A bUnit context whose console services are the real ones of a <see cref="ConsoleStore"/>, for one signed-in user.</summary>
public abstract class ConsoleTest : ComponentTest, IClassFixture<ConsoleStore>
{
    protected ConsoleTest(ConsoleStore store)
    {
        Store = store;
        // Vietnamese first: the texts asserted are the default culture's.
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("vi-VN");
    }

    protected ConsoleStore Store { get; }

    protected static ClaimsPrincipal Supervisor => TestAuthenticationStateProvider.User("giamsat", IocRoles.Supervisor);

    protected static ClaimsPrincipal AgencyUser(string agency)
    {
        var user = TestAuthenticationStateProvider.User("canbo", IocRoles.Agency);
        ((ClaimsIdentity)user.Identity!).AddClaim(new Claim(IocClaimTypes.AgencyId, agency));
        return user;
    }

    protected void SignIn(ClaimsPrincipal user)
    {
        this.AddTestServices(user, ConsoleStore.Now);
        Services.AddSingleton(Store.Get<AgencyBoardReader>());
        Services.AddSingleton(Store.Get<CaseDetailReader>());
        Services.AddSingleton(Store.Get<CaseListReader>());
        Services.AddSingleton(Store.Get<CaseActions>());
        Services.AddSingleton(Store.Get<IntegrityQueue>());
        Services.AddSingleton(Store.Get<ILiveFeed>());
        Services.AddSingleton(Store.Get<ContactReveal>());
        Services.AddSingleton(Store.Get<IOptions<ConsoleOptions>>());
        // The reminder history and dialog the console pages hold (the reminders' own services).
        Services.AddSingleton(Store.Get<ReminderHistoryReader>());
        Services.AddSingleton(Store.Get<ReminderService>());
        Services.AddSingleton(Store.Get<OutboxStore>());
        Services.AddSingleton(Store.Get<OutboxSignal>());
    }
}
