namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>The field rules of the IOC's own events about a case.</summary>
internal static class AnnotationRules
{
    public static void Check(CaseAnnotation e, ViolationList v)
    {
        switch (e)
        {
            case ReminderSent c:
                if (c.ReminderId == Guid.Empty)
                {
                    v.Add("reminderId", "must not be the empty GUID");
                }
                v.Code("agencyId", c.AgencyId);
                v.Defined("recipient", c.Recipient);
                v.Defined("channel", c.Channel);
                break;
            case CaseEscalated c:
                v.Code("agencyId", c.AgencyId);
                v.Defined("level", c.Level);
                v.Note("reason", c.Reason);
                break;
            case EmergencyAcknowledged c:
                v.Note("note", c.Note, required: false);
                break;
            case InternalNoteAdded c:
                v.Note("note", c.Note);
                break;
            case RerouteRequested c:
                v.Code("fromAgencyId", c.FromAgencyId, required: false);
                v.Code("toAgencyId", c.ToAgencyId);
                v.Note("reason", c.Reason);
                if (c.FromAgencyId is not null && c.FromAgencyId == c.ToAgencyId)
                {
                    v.Add("toAgencyId", $"'{c.ToAgencyId}' is already the fromAgencyId; a case is re-routed to another agency");
                }
                break;
            case DeadlineStateChanged c:
                v.Code("step", c.Step);
                v.Defined("status", c.Status);
                break;
            default:
                v.Add("type", $"'{e.Type}' ({e.GetType().Name}) is not an event type of contract v{CaseEvent.ContractVersion}");
                break;
        }
    }
}
