namespace Ioc.Data.Agencies;

/// <summary>A named person of an agency, owned by <see cref="Agency"/> (stored as columns of <c>agencies</c>).</summary>
public sealed class Contact
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? ZaloUserId { get; set; }

    /// <summary>How reminders reach this person first: one of <see cref="Notifications.NotificationChannels"/>; null when not chosen.</summary>
    public string? PreferredChannel { get; set; }
}
