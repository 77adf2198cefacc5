namespace Ioc.Data.Reminders;

/// <summary>The values of <see cref="Reminder.Kind"/>.</summary>
public static class ReminderKinds
{
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";
    public const string Summary = "summary";
}
