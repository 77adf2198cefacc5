using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>
/// A seeded mix of case histories for volume tests: every stage of the common life, rejections, ratings on both
/// scales (a Tây Ninh "không hài lòng" reopens the case), extensions, reminders and emergency acknowledgements. Events
/// come out in the order a stream would carry them: by occurrence, the cases interleaved.
/// </summary>
internal static class CaseHistoryGenerator
{
    public static List<CaseEvent> Generate(int seed, int cases, DateTimeOffset now)
    {
        var random = new Random(seed);
        var machine = new CaseStateMachine(ProjectionProfiles.Catalog);
        var all = new List<CaseEvent>();
        var start = now.AddDays(-25);
        for (var i = 0; i < cases; i++)
        {
            var tayNinh = i % 3 == 0;
            var c = new TestCase($"gen-{seed}-{i:D4}", tayNinh ? ProjectionProfiles.TayNinh : ProjectionProfiles.KhanhHoa) { Lead = $"agency-{random.Next(6)}" }
                .At(start.AddMinutes(random.Next(0, 22 * 24 * 60)));
            all.AddRange(History(c, tayNinh, random, machine, now.AddMinutes(-1)));
        }
        // A stable sort keeps each case's own order when two events share an instant.
        return [.. all.Select((e, index) => (e, index)).OrderBy(p => p.e.OccurredAt).ThenBy(p => p.index).Select(p => p.e)];
    }

    private static List<CaseEvent> History(TestCase c, bool tayNinh, Random random, CaseStateMachine machine, DateTimeOffset last)
    {
        var emergency = !tayNinh && random.Next(10) == 0;
        var fields = new[] { "infrastructure", "environment", "traffic", "food-safety" };
        var units = tayNinh ? new[] { "tn-hoa-thanh", "tn-trang-bang" } : new[] { "kh-nha-trang", "kh-cam-ranh", "kh-ninh-hoa" };
        List<CaseEvent> events = [c.Received(fields[random.Next(fields.Length)], units[random.Next(units.Length)], emergency,
            confidential: random.Next(20) == 0, reporterName: random.Next(4) == 0 ? null : "Lê Văn C")];
        var depth = random.Next(10);
        bool Step(Func<CaseEvent> next)
        {
            c.After(TimeSpan.FromMinutes(random.Next(20, 900)));
            if (c.Clock > last)
            {
                return false;
            }
            events.Add(next());
            return true;
        }

        if (emergency && !Step(c.Acknowledged))
        {
            return events;
        }
        if (depth == 0)
        {
            Step(c.Rejected);
            return events;
        }
        // The emergency plan has no approval step: the result goes straight to publication.
        var path = emergency
            ? new List<Func<CaseEvent>> { () => c.Routed(), c.Accepted, c.Result, c.Published }
            : [() => c.Routed(), c.Accepted, c.Result, c.Approved, c.Published];
        for (var i = 0; i < path.Count && i < depth; i++)
        {
            if (!Step(path[i]))
            {
                return events;
            }
            if (random.Next(3) == 0 && !Step(c.Reminder))
            {
                return events;
            }
            if (i == 1 && !emergency && random.Next(4) == 0)
            {
                // 002 Điều 8.3: a committed date beyond the processing deadline, registered before it.
                var due = machine.Replay(events).State is { } state ? ProjectionProfiles.Catalog.Get(state.ProfileId).Plan(state).Current?.DueAt : null;
                if (due is { } d && !Step(() => c.Extension(d.AddDays(2))))
                {
                    return events;
                }
            }
        }
        if (depth >= 6 && events[^1] is ResultPublished)
        {
            var scale = (tayNinh ? ProjectionProfiles.TayNinhProfile : ProjectionProfiles.KhanhHoaProfile).Satisfaction;
            Step(() => c.Rated(scale[random.Next(scale.Count)].Code));
        }
        return events;
    }
}
