using Ioc.Hub.Cases.Events;

namespace Ioc.Dashboard.Tests.Kpi;

/// <summary>
/// A hand-countable month of cases (March 2026, no public holiday) for one province, built from explicit events, in
/// groups whose outcome does not depend on minutes: on time means answered the same day, late means answered 19
/// working days after receipt (beyond every province's total: 7 WD in 000 Phụ lục II, 13 WD in 001 Điều 12–13,
/// 6 WD in 002 Điều 8.1, 9 WD in 003 Điều 6–10, 48 working hours in 004 Điều 9.1.b). The numbers each group adds
/// are written by hand in <see cref="ReportFixtureTests"/>. "Now" is Wednesday 1 April 2026, 09:00.
/// </summary>
internal static class ReportFixture
{
    public static readonly DateTimeOffset Now = Day(32, 9);
    public const string LateReason = "Chờ bố trí kinh phí sửa chữa";

    public static List<CaseEvent> Build(string profile)
    {
        var prefix = profile switch { "khanh-hoa" => "kh", "thanh-hoa" => "th", "soc-trang" => "st", "tay-ninh" => "tn", _ => "dn" };
        var channel = profile switch { "soc-trang" or "dong-nai" => Channel.Hotline, "tay-ninh" => Channel.App, _ => Channel.Portal };
        string a = $"{prefix}-snv", b = $"{prefix}-ttpvhcc", wrong = $"{prefix}-vp-ubnd";
        const string f1 = "infrastructure", f2 = "administrative-procedure";
        var unit = prefix switch { "kh" => "kh-nha-trang", "th" => "th-hac-thanh", "st" => "st-soc-trang", "tn" => "tn-tan-ninh", _ => "dn-bien-hoa" };
        var cases = new List<FixtureCase>();
        FixtureCase New(string id, string agency, string field) { var c = new FixtureCase(profile, $"{prefix}-{id}", agency, field, unit, channel); cases.Add(c); return c; }
        var scale = profile switch
        {
            "tay-ninh" => new[] { "satisfied", "acceptable", "unsatisfied" }, // 003 Điều 11
            "khanh-hoa" or "soc-trang" => ["very-satisfied", "satisfied", "unsatisfied"], // 000 Điều 11, 002 Điều 10
            _ => [], // 001 and 004 define no rating scale
        };

        // 1. Twenty answered the day they arrive; the first ten rated an hour after publication.
        var workdays = Enumerable.Range(3, 29).Where(d => Day(d, 9).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        for (var i = 0; i < 20; i++)
        {
            var c = New($"ontime-{i}", i % 2 == 0 ? a : b, i % 3 == 0 ? f2 : f1).At(Day(workdays[i], 9)).Received();
            Handle(c, profile);
            if (i < 10 && scale.Length > 0)
            {
                // Tây Ninh's unsatisfied rating reopens the case (003 Điều 10.4): its on-time cases are rated satisfied or acceptable.
                var level = i < 5 ? 0 : profile == "tay-ninh" || i < 8 ? 1 : 2;
                c.After(TimeSpan.FromHours(1)).Rated(scale[level]);
            }
        }

        // 2. Eight late: received Monday 2 March, answered Friday 27 March with the agency's reason.
        for (var i = 0; i < 8; i++)
        {
            Late(New($"late-{i}", a, f1).At(Day(2, 9).AddMinutes(i)).Received(), profile);
        }

        // 3. Two extended, answered after the first deadline but within the extended one.
        for (var i = 0; i < 2; i++)
        {
            var c = New($"ext-{i}", b, f1).At(Day(9, 8).AddMinutes(i)).Received();
            switch (profile)
            {
                case "khanh-hoa":
                    // 000 Điều 7.1.a: verification up to 5 WD from submission instead of 1 WD to accept; 7 WD in all would end on 18 March.
                    c.At(Day(9, 8, 30)).Routed().At(Day(9, 10)).Extension(Day(13, 16), ExtensionKind.Verification);
                    c.At(Day(13, 15)).Accepted().At(Day(19, 9)).Result().At(Day(19, 10)).Approved().At(Day(19, 11)).Published();
                    break;
                case "soc-trang":
                    // 002 Điều 8.3: one extension, registered before the 5 WD processing deadline (16 March), with a committed date.
                    c.At(Day(9, 8, 30)).Routed().At(Day(12, 9)).Extension(Day(20, 16));
                    c.At(Day(18, 9)).Result().At(Day(18, 10)).Approved().At(Day(18, 11)).Published();
                    break;
                case "tay-ninh":
                    // 003 Điều 8.2.a: a late agency gives a new date before the 6 WD deadline (17 March).
                    c.At(Day(9, 8, 30)).Routed().At(Day(9, 9)).Accepted().At(Day(13, 9)).Extension(Day(24, 16));
                    c.At(Day(23, 9)).Result().At(Day(23, 10)).Approved().At(Day(23, 11)).Published();
                    break;
                case "dong-nai":
                    // 004 Điều 10.4: the first appointment adds at most 2 WD; the 8 working hours would end on 10 March.
                    c.At(Day(9, 8, 30)).Routed().At(Day(9, 14)).Rescheduled(Day(11, 12));
                    c.At(Day(11, 10)).Result().At(Day(11, 10, 30)).Published();
                    break;
                default:
                    // 001 Điều 12.4: Thanh Hóa has no extension (a late unit states its reason): no case in this group.
                    cases.Remove(c);
                    break;
            }
        }

        // 4. Five returned by the wrong agency (000 Điều 7.1.a, 002 Điều 8.1, 003 Điều 8), routed again and answered.
        for (var i = 0; i < 5; i++)
        {
            var c = New($"returned-{i}", wrong, f2).At(Day(16, 9).AddMinutes(i)).Received();
            c.At(Day(16, 9, 30)).Routed().At(Day(16, 10)).Returned().At(Day(16, 10, 30)).Routed(a);
            Handle(c, profile, routed: true);
        }

        // 5. Four reopened after their answer (003 Điều 10.4: an unsatisfied rating reopens) and answered again the next day.
        for (var i = 0; i < 4; i++)
        {
            var c = New($"reopened-{i}", b, f1).At(Day(23, 9).AddMinutes(i)).Received();
            Handle(c, profile);
            c.At(Day(23, 14));
            if (profile == "tay-ninh")
            {
                c.Rated("unsatisfied");
            }
            else
            {
                c.Reopened();
            }
            c.At(Day(24, 9));
            Answer(c, profile);
        }

        // 6. Five rejected at reception (000 Điều 12, 001 Điều 11.1, 003 Điều 7).
        for (var i = 0; i < 5; i++)
        {
            New($"rejected-{i}", a, f2).At(Day(24, 9).AddMinutes(i)).Received().At(Day(24, 10)).Rejected();
        }

        // 7. Three emergencies at night where the regulation has an emergency procedure (000 Điều 10, 002 Điều 8.6).
        if (profile is "khanh-hoa" or "soc-trang")
        {
            for (var i = 0; i < 3; i++)
            {
                var c = New($"emergency-{i}", a, f1).At(Day(25, 20).AddMinutes(i)).Received(emergency: true, category: "fire");
                c.At(Day(25, 20, 10)).Acknowledged().At(Day(25, 20, 12)).Routed();
                if (profile == "khanh-hoa")
                {
                    c.At(Day(25, 20, 30)).Accepted();
                }
                c.At(Day(25, 22)).Result().At(Day(25, 22, 30)).Approved().At(Day(25, 22, 45)).Published();
            }
        }

        // 8. Three still open and on time: received and routed on Tuesday 31 March.
        for (var i = 0; i < 3; i++)
        {
            New($"pending-{i}", b, f2).At(Day(31, 14).AddMinutes(i)).Received().At(Day(31, 14, 30)).Routed();
        }

        // 9. Three still open and overdue: routed on 3 March, nothing since.
        for (var i = 0; i < 3; i++)
        {
            New($"stuck-{i}", a, f1).At(Day(3, 9).AddMinutes(i)).Received().At(Day(3, 9, 30)).Routed();
        }

        // 10. One confidential case answered late: counted, never listed.
        Late(New("confidential", a, f1).At(Day(2, 10)).Received(confidential: true), profile);

        // 11. Two state secrets answered on time: never in a public output (all five regulations).
        for (var i = 0; i < 2; i++)
        {
            Handle(New($"secret-{i}", a, f1).At(Day(4, 9).AddMinutes(i)).Received(stateSecret: true), profile);
        }

        // 12. Six answered by the operator at first contact (004 Điều 9), Đồng Nai only.
        if (profile == "dong-nai")
        {
            for (var i = 0; i < 6; i++)
            {
                New($"first-contact-{i}", a, f2).At(Day(17, 10).AddMinutes(i)).Received().After(TimeSpan.FromMinutes(5)).ClosedAtFirstContact();
            }
        }

        return [.. cases.SelectMany(c => c.Events)];
    }

    /// <summary>Routed (unless already), then the province's own steps, half an hour apart.</summary>
    private static void Handle(FixtureCase c, string profile, bool routed = false)
    {
        if (!routed)
        {
            c.After(TimeSpan.FromMinutes(30)).Routed();
        }
        if (profile is "khanh-hoa" or "tay-ninh")
        {
            c.After(TimeSpan.FromMinutes(30)).Accepted();
        }
        c.After(TimeSpan.FromMinutes(30));
        Answer(c, profile);
    }

    /// <summary>Result, approval where the plan has one (000, 002, 003), publication.</summary>
    private static void Answer(FixtureCase c, string profile, string? lateReason = null)
    {
        c.Result(lateReason);
        if (profile is "khanh-hoa" or "soc-trang" or "tay-ninh")
        {
            c.After(TimeSpan.FromMinutes(30)).Approved();
        }
        c.After(TimeSpan.FromMinutes(30)).Published();
    }

    private static void Late(FixtureCase c, string profile)
    {
        c.After(TimeSpan.FromMinutes(30)).Routed();
        if (profile is "khanh-hoa" or "tay-ninh")
        {
            c.After(TimeSpan.FromMinutes(30)).Accepted();
        }
        c.At(Day(27, 9));
        Answer(c, profile, LateReason);
    }

    /// <summary>A Vietnam instant in March 2026 (day 32 is 1 April).</summary>
    public static DateTimeOffset Day(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 3, 1, hour, minute, 0, TimeSpan.FromHours(7)).AddDays(day - 1);
}
