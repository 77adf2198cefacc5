namespace Ioc.Data.Reminders;

/// <summary>The values of <see cref="Reminder.RecipientRole"/>: the agency's contacts.</summary>
public static class RecipientRoles
{
    public const string FocalOfficer = "focal-officer";
    public const string Leader = "leader";
    public const string Head = "head";
}
