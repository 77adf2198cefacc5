using System.Text.Json;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

/// <summary>
/// How citizens reach each province: traffic data for the demo, not a rule, so it lives here rather than in the SLA
/// profile. Keyed by the profile's seed regulation; only channels the profile lists are used. Hotline-centred systems
/// (002 and 003's 1022, 004's call centre) take most reports by phone; Khánh Hòa and Thanh Hóa mostly online.
/// </summary>
internal sealed class ChannelMix
{
    private static readonly Dictionary<string, (Channel Channel, double Weight)[]> BySeed = new(StringComparer.Ordinal)
    {
        ["000"] = [(Channel.Portal, 35), (Channel.App, 30), (Channel.Hotline, 17), (Channel.Email, 10), (Channel.Chatbot, 8)],
        ["001"] = [(Channel.Portal, 40), (Channel.App, 30), (Channel.Zalo, 20), (Channel.Social, 10)],
        ["002"] = [(Channel.Hotline, 55), (Channel.Portal, 20), (Channel.App, 15), (Channel.Email, 10)],
        ["003"] = [(Channel.Hotline, 52), (Channel.App, 22), (Channel.Zalo, 10), (Channel.Social, 7), (Channel.Portal, 5), (Channel.Email, 4)],
        ["004"] = [(Channel.Hotline, 80), (Channel.Portal, 12), (Channel.Email, 8)],
    };

    /// <summary>Calls drop outside office hours far more than online reports do.</summary>
    private const double HotlineAfterHours = 0.2;

    private readonly (Channel Channel, double Weight)[] weights;
    private readonly (Channel Channel, double Weight)[] afterHours;

    public ChannelMix(SlaProfile profile)
    {
        var listed = profile.Channels.Select(Parse).OfType<Channel>().Distinct().ToList();
        if (listed.Count == 0)
            listed = [Channel.Portal];
        weights = BySeed.TryGetValue(profile.Seed, out var known) && known.Any(w => listed.Contains(w.Channel))
            ? [.. known.Where(w => listed.Contains(w.Channel))]
            : [.. listed.Select(c => (c, 1.0))];
        afterHours = [.. weights.Select(w => (w.Channel, w.Channel == Channel.Hotline ? w.Weight * HotlineAfterHours : w.Weight))];
        HasHotline = listed.Contains(Channel.Hotline);
    }

    public bool HasHotline { get; }

    public Channel Pick(Random random, bool officeHours) => random.PickWeighted(officeHours ? weights : afterHours);

    /// <summary>Profile files name channels in the event contract's spelling ("hotline", "in-person").</summary>
    private static Channel? Parse(string name)
    {
        foreach (var channel in Enum.GetValues<Channel>())
        {
            if (JsonNamingPolicy.KebabCaseLower.ConvertName(channel.ToString()) == name)
                return channel;
        }
        return null;
    }
}
