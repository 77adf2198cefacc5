using System.Text.Json;

namespace Ioc.Hub.Reminders.Policy;

/// <summary>
/// A province's automatic reminder rules (Reminders/Policy/Profiles/{profile}.json, docs/reminders.md "Automatic
/// policy"). Role <c>holder</c> means whoever holds the step now (focal officer, or the agency head after an escalation).
/// </summary>
public sealed record ReminderPolicy
{
    public required string Profile { get; init; }

    /// <summary>When the current step becomes due soon.</summary>
    public PolicyRule? DueSoon { get; init; }

    /// <summary>The ladder once the step is overdue: each rung fires when the step is that many working hours late and still not answered.</summary>
    public IReadOnlyList<LadderRung> Overdue { get; init; } = [];

    /// <summary>When the deadline scheduler passes a step to the agency head (004 Điều 9.1.b).</summary>
    public PolicyRule? Escalation { get; init; }

    /// <summary>Supervisors are alerted when an emergency is still unacknowledged this many minutes after receipt; null: never.</summary>
    public int? EmergencyAlertAfterMinutes { get; init; }

    public MonthlySummaryRule? MonthlySummary { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };
}

public sealed record PolicyRule(IReadOnlyList<RecipientChoice> Recipients, string Article);

public sealed record LadderRung(decimal AfterWorkingHours, IReadOnlyList<RecipientChoice> Recipients, string Article);

/// <summary>Sent on <see cref="Day"/> of each month at <see cref="Hour"/> (Vietnam time) about the agency's overdue cases.</summary>
public sealed record MonthlySummaryRule(int Day, int Hour, IReadOnlyList<RecipientChoice> Recipients, string Article);
