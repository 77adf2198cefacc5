namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// Ratings on the province's own scale (000/002 Điều 11: Rất hài lòng / Hài lòng / Không hài lòng; 003 Điều 11:
/// Hài lòng / Chấp nhận / Không hài lòng), counted today and over the last 30 days, and the agencies rated lowest.
/// A profile without a scale has no levels.
/// </summary>
public sealed record SatisfactionSummary(IReadOnlyList<SatisfactionLevelCount> Levels, IReadOnlyList<AgencySatisfaction> LowestAgencies)
{
    public static readonly SatisfactionSummary Empty = new([], []);

    public int RatedToday => Levels.Sum(l => l.Today);

    public int Rated30Days => Levels.Sum(l => l.Last30Days);

    /// <summary>Share of ratings on a satisfied level over 30 days (0–1); null without ratings.</summary>
    public double? SatisfiedRate30Days => Rated30Days == 0 ? null : (double)Levels.Where(l => l.Satisfied).Sum(l => l.Last30Days) / Rated30Days;

    public double? SatisfiedRateToday => RatedToday == 0 ? null : (double)Levels.Where(l => l.Satisfied).Sum(l => l.Today) / RatedToday;
}

/// <summary>One level of the profile's scale with its labels (Vietnamese and English) and its counts.</summary>
public sealed record SatisfactionLevelCount(string Code, string Label, string LabelEn, bool Satisfied, int Today, int Last30Days);

/// <summary>An agency's ratings over the last 30 days.</summary>
public sealed record AgencySatisfaction(string AgencyId, string Name, int Rated, int Satisfied)
{
    public double Rate => Rated == 0 ? 0 : (double)Satisfied / Rated;
}
