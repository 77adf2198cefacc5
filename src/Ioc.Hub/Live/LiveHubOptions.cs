using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Live;

/// <summary>
/// Bound from <c>Ioc:Hub</c>: how this process serves the live hub (<see cref="Keys"/>, pacing) and, in a
/// distributed dashboard, where it reads it from (<see cref="Url"/>, <see cref="ApiKey"/>). docs/live-feed.md.
/// </summary>
public sealed class LiveHubOptions : IValidatableObject
{
    public const string SectionName = "Ioc:Hub";

    /// <summary>
    /// The base address of an Ioc.Hub worker (e.g. <c>http://10.0.0.5:5080</c>). Set: this process is a distributed
    /// dashboard, fed by one connection to that hub; it neither broadcasts nor maps a hub of its own.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>The key this dashboard presents to the hub at <see cref="Url"/> (one of that worker's <see cref="Keys"/>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The audience the dashboard's connection subscribes to: supervisor, so it can serve every circuit's cut.</summary>
    public string Audience { get; set; } = "supervisor";

    /// <summary>API keys accepted by this process's hub, for subscribers without a dashboard cookie.</summary>
    public List<HubKey> Keys { get; set; } = [];

    /// <summary>Shortest time between two updates to a circuit or a hub group (250 ms: at most four a second).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan UpdateInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Cases per delta message; a larger batch is split in parts. 40 cases stay well under 32 KB of JSON.</summary>
    [Range(1, 1000)]
    public int MaxCasesPerMessage { get; set; } = 40;

    public bool IsRemote => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsRemote)
        {
            if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                yield return new($"{SectionName}:Url must be an absolute http(s) address.", [nameof(Url)]);
            if (string.IsNullOrWhiteSpace(ApiKey))
                yield return new($"{SectionName}:ApiKey is required when {SectionName}:Url is set.", [nameof(ApiKey)]);
            if (!LiveAudience.TryParse(Audience, out _))
                yield return new($"{SectionName}:Audience '{Audience}' is not an audience (wall, supervisor, leader, agency:<id>).", [nameof(Audience)]);
        }
        for (var i = 0; i < Keys.Count; i++)
        {
            foreach (var problem in Keys[i].Problems())
                yield return new($"{SectionName}:Keys:{i}: {problem}", [nameof(Keys)]);
        }
        var duplicates = Keys.GroupBy(k => k.Sha256, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.First().Name);
        foreach (var name in duplicates)
            yield return new($"{SectionName}:Keys: the key of '{name}' is configured twice.", [nameof(Keys)]);
    }
}

/// <summary>
/// One subscriber's API key, stored as its SHA-256 (hex) so configuration never holds the key itself:
/// <c>printf %s "$KEY" | sha256sum</c>. The subscriber is signed in with <see cref="Role"/> (and <see cref="AgencyId"/>).
/// </summary>
public sealed class HubKey
{
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string Role { get; set; } = "";
    public string? AgencyId { get; set; }

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Name))
            yield return "Name is required.";
        if (Sha256.Length != 64 || !Sha256.All(char.IsAsciiHexDigit))
            yield return $"Sha256 of '{Name}' must be 64 hexadecimal digits.";
        if (!HubRoles.All.Contains(Role))
            yield return $"Role of '{Name}' must be one of {string.Join(", ", HubRoles.All)}.";
        if (Role == HubRoles.Agency && string.IsNullOrWhiteSpace(AgencyId))
            yield return $"AgencyId of '{Name}' is required for the agency role.";
    }
}
