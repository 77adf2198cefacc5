namespace Ioc.Data.Notifications;

/// <summary>Delivery state of an <see cref="OutboxMessage"/>; stored by name.</summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Delivered,
    Read,
    Failed,
}
