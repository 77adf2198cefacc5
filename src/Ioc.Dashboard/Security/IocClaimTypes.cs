using Ioc.Hub.Live;

namespace Ioc.Dashboard.Security;

/// <summary>Claims the dashboard adds to the Identity cookie, so components need no database lookup per render.</summary>
public static class IocClaimTypes
{
    public const string DisplayName = "ioc:display_name";
    /// <summary>The hub reads the same claim to admit an agency user to its own agency's audience only.</summary>
    public const string AgencyId = HubClaimTypes.AgencyId;
    /// <summary>The id of the kiosk display a kiosk cookie belongs to (docs/wall.md "Kiosk displays").</summary>
    public const string KioskDisplay = "ioc:kiosk_display";
}
