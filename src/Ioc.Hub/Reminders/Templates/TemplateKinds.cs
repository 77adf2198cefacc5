namespace Ioc.Hub.Reminders.Templates;

/// <summary>What a message template is for; each kind has one template per channel.</summary>
public static class TemplateKinds
{
    /// <summary>One case, to the agency's focal officer (or whoever the supervisor picks).</summary>
    public const string CaseReminder = "case-reminder";

    /// <summary>All of an agency's overdue cases in one message.</summary>
    public const string AgencyReminder = "agency-reminder";

    /// <summary>A case passed to the agency head (004 Điều 9.1.b) or climbing the ladder.</summary>
    public const string Escalation = "escalation";

    /// <summary>An emergency nobody acknowledged, to the operations center's supervisors.</summary>
    public const string EmergencyAlert = "emergency-alert";

    /// <summary>The monthly summary of overdue cases to each agency's leader (000 Điều 17.2).</summary>
    public const string MonthlySummary = "monthly-summary";

    public static IReadOnlyList<string> All { get; } = [CaseReminder, AgencyReminder, Escalation, EmergencyAlert, MonthlySummary];
}
