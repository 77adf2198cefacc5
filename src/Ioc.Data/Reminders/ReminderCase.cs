namespace Ioc.Data.Reminders;

/// <summary>One case a <see cref="Reminder"/> is about (table <c>reminder_cases</c>): the duplicate-window check and a case's history read it.</summary>
public sealed class ReminderCase
{
    public Guid ReminderId { get; set; }
    public required string CaseId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
