using System.Text.Json;

namespace Ioc.Hub.Reminders.Policy;

/// <summary>The policies shipped beside the binary, by profile id; a profile without a file has no automatic reminders.</summary>
public sealed class PolicyCatalog(IReadOnlyDictionary<string, ReminderPolicy> policies)
{
    public IReadOnlyDictionary<string, ReminderPolicy> Policies { get; } = policies;

    public ReminderPolicy? For(string profileId) => Policies.GetValueOrDefault(profileId);

    public static PolicyCatalog LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "Reminders", "Policy", "Profiles"));

    public static PolicyCatalog Load(string directory)
    {
        var policies = new Dictionary<string, ReminderPolicy>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json") : [])
        {
            var policy = JsonSerializer.Deserialize<ReminderPolicy>(File.ReadAllText(file), ReminderPolicy.Json)
                ?? throw new InvalidDataException($"{file}: empty policy.");
            var rules = new[] { policy.DueSoon, policy.Escalation }.OfType<PolicyRule>().Select(r => r.Recipients)
                .Concat(policy.Overdue.Select(r => r.Recipients)).Concat(policy.MonthlySummary is { } m ? [m.Recipients] : []);
            if (rules.SelectMany(r => r).FirstOrDefault(r => r.Role is not ("holder" or "focal-officer" or "leader" or "head") || r.Channels.Count == 0) is { } bad)
                throw new InvalidDataException($"{file}: recipient '{bad.Role}' must be holder, focal-officer, leader or head with at least one channel.");
            policies[policy.Profile] = policy;
        }
        return new(policies);
    }
}
