using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Privacy;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Live;

public enum LiveAudienceKind { Wall, Supervisor, Leader, Agency }

/// <summary>
/// Who a live payload is cut for (docs/live-feed.md "Audiences"). The wall and leaders see no confidential case, an
/// agency sees the cases it leads, holds or coordinates, supervisors see every case; state-secret cases reach no one
/// (DOMAIN: handled off-system). Counts are the same for everyone, so no screen contradicts another.
/// </summary>
public readonly record struct LiveAudience
{
    private const string AgencyPrefix = "agency:";
    private const int MaxAgencyIdLength = 64;

    private LiveAudience(LiveAudienceKind kind, string? agencyId)
    {
        Kind = kind;
        AgencyId = agencyId;
    }

    public static LiveAudience Wall { get; } = new(LiveAudienceKind.Wall, null);
    public static LiveAudience Supervisor { get; } = new(LiveAudienceKind.Supervisor, null);
    public static LiveAudience Leader { get; } = new(LiveAudienceKind.Leader, null);

    public LiveAudienceKind Kind { get; }

    /// <summary>The agency of an <see cref="LiveAudienceKind.Agency"/> audience; null otherwise.</summary>
    public string? AgencyId { get; }

    /// <summary>The audience's name on the wire: <c>wall</c>, <c>supervisor</c>, <c>leader</c> or <c>agency:{id}</c>.</summary>
    public string Name => Kind switch
    {
        LiveAudienceKind.Wall => "wall",
        LiveAudienceKind.Supervisor => "supervisor",
        LiveAudienceKind.Leader => "leader",
        _ => AgencyPrefix + AgencyId,
    };

    public static LiveAudience Agency(string agencyId) =>
        IsAgencyId(agencyId) ? new(LiveAudienceKind.Agency, agencyId) : throw new ArgumentException($"'{agencyId}' is not an agency id.", nameof(agencyId));

    public static bool TryParse([NotNullWhen(true)] string? name, out LiveAudience audience)
    {
        switch (name)
        {
            case "wall":
                audience = Wall;
                return true;
            case "supervisor":
                audience = Supervisor;
                return true;
            case "leader":
                audience = Leader;
                return true;
            case not null when name.StartsWith(AgencyPrefix, StringComparison.Ordinal) && IsAgencyId(name[AgencyPrefix.Length..]):
                audience = new(LiveAudienceKind.Agency, name[AgencyPrefix.Length..]);
                return true;
            default:
                audience = Wall;
                return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="user"/> may receive this audience's payloads: wall → wall, supervisor, leader, admin;
    /// supervisor → supervisor, admin; leader → leader, supervisor, admin; agency:{id} → staff of that agency, supervisors, admins.
    /// </summary>
    public bool Admits(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        bool Any(params string[] roles) => roles.Any(user.IsInRole);
        return Kind switch
        {
            LiveAudienceKind.Wall => Any(HubRoles.Wall, HubRoles.Supervisor, HubRoles.Leader, HubRoles.Admin),
            LiveAudienceKind.Supervisor => Any(HubRoles.Supervisor, HubRoles.Admin),
            LiveAudienceKind.Leader => Any(HubRoles.Leader, HubRoles.Supervisor, HubRoles.Admin),
            _ => Any(HubRoles.Supervisor, HubRoles.Admin) || (user.IsInRole(HubRoles.Agency) && user.HasClaim(HubClaimTypes.AgencyId, AgencyId!)),
        };
    }

    /// <summary>The widest audience a user may join: what a connection gets before it subscribes.</summary>
    public static LiveAudience? DefaultFor(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        if (user.IsInRole(HubRoles.Supervisor) || user.IsInRole(HubRoles.Admin))
        {
            return Supervisor;
        }
        if (user.IsInRole(HubRoles.Leader))
        {
            return Leader;
        }
        if (user.IsInRole(HubRoles.Wall))
        {
            return Wall;
        }
        return user.IsInRole(HubRoles.Agency) && user.FindFirst(HubClaimTypes.AgencyId)?.Value is { } agencyId && IsAgencyId(agencyId)
            ? new LiveAudience(LiveAudienceKind.Agency, agencyId)
            : null;
    }

    /// <summary>
    /// Whether a case may appear in this audience's payloads at all: <see cref="CaseVisibility"/>'s rule for the viewer
    /// the audience stands for (<see cref="Scope"/>). A state-secret case never becomes a <see cref="LiveCase"/>.
    /// </summary>
    public bool CanSee(LiveCase c) =>
        CaseVisibility.Admits(Scope, AgencyId, c.IsConfidential, isStateSecret: false, c.LeadAgencyId, c.HolderId, c.CoordinatingAgencyIds);

    /// <summary>The visibility scope of the viewers this audience serves.</summary>
    public CaseScope Scope => Kind switch
    {
        LiveAudienceKind.Wall => CaseScope.Wall,
        // DOMAIN glossary: a confidential case is "never on public or wall screens"; leaders read numbers, not cases.
        LiveAudienceKind.Leader => CaseScope.Leader,
        // The operations center's feed; state secrets are already out of the live state (LiveCases).
        LiveAudienceKind.Supervisor => CaseScope.All,
        _ => CaseScope.Agency,
    };

    /// <summary>The numbers as this audience sees them: an agency gets its own row of the per-agency tables only.</summary>
    public LiveNumbers Cut(LiveNumbers numbers) => Kind == LiveAudienceKind.Agency ? numbers.ForAgency(AgencyId!) : numbers;

    /// <summary>The snapshot's numbers as this audience sees them; an agency's emergency list holds its own cases only.</summary>
    public LiveSnapshot Cut(LiveSnapshot snapshot)
    {
        if (Kind != LiveAudienceKind.Agency)
        {
            return snapshot;
        }
        var agency = AgencyId!;
        return snapshot with
        {
            ByAgency = Only(snapshot.ByAgency, agency),
            SatisfactionByAgency = Only(snapshot.SatisfactionByAgency, agency),
            Emergencies = [.. snapshot.Emergencies.Where(e => e.LeadAgencyId == agency)],
        };
    }

    public override string ToString() => Name;

    internal static IReadOnlyDictionary<string, T> Only<T>(IReadOnlyDictionary<string, T> table, string key) =>
        table.TryGetValue(key, out var value) ? new Dictionary<string, T>(StringComparer.Ordinal) { [key] = value } : new Dictionary<string, T>(StringComparer.Ordinal);

    private static bool IsAgencyId(string id) =>
        id.Length is > 0 and <= MaxAgencyIdLength && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.');
}
