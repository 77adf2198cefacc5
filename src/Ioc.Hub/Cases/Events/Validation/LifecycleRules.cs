using System.Globalization;

namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>The field rules of the lifecycle events other than <see cref="CaseReceived"/>.</summary>
internal static class LifecycleRules
{
    public static void Check(CaseEvent e, ViolationList v)
    {
        switch (e)
        {
            case CaseClassified c:
                v.Defined("group", c.Group);
                v.Code("fieldCode", c.FieldCode, required: false);
                break;
            case ClarificationRequested c:
                v.LongText("question", c.Question);
                break;
            case ClarificationSupplied c:
                v.LongText("text", c.Text);
                break;
            case CaseRejected c:
                v.Defined("reason", c.Reason);
                v.Note("note", c.Note, required: false);
                break;
            case CaseRouted c:
                v.Code("leadAgencyId", c.LeadAgencyId);
                v.DistinctCodes("coordinatingAgencyIds", c.CoordinatingAgencyIds, c.LeadAgencyId, "leadAgencyId");
                v.Note("reason", c.Reason, required: false);
                break;
            case CaseAccepted c:
                v.Code("agencyId", c.AgencyId);
                break;
            case CaseReturned c:
                v.Code("agencyId", c.AgencyId);
                v.Note("reason", c.Reason);
                break;
            case ExtensionRegistered c:
                v.Code("agencyId", c.AgencyId);
                // 002 Điều 8.3: the extension commits to a new date, which must lie ahead of the registration.
                AfterOccurredAt("committedDueAt", c.CommittedDueAt, c.OccurredAt, v);
                v.Note("reason", c.Reason);
                v.Defined("kind", c.Kind);
                break;
            case CaseRescheduled c:
                v.Code("agencyId", c.AgencyId);
                // 004 Điều 10.4: a reschedule gives the reporter a new appointment, necessarily a later one.
                AfterOccurredAt("appointmentAt", c.AppointmentAt, c.OccurredAt, v);
                v.Note("reason", c.Reason);
                break;
            case CoordinationRequested c:
                v.DistinctCodes("agencyIds", c.AgencyIds);
                if (c.AgencyIds is { Count: 0 })
                {
                    v.Add("agencyIds", "must name at least one coordinating agency");
                }
                break;
            case CoordinationResultSubmitted c:
                v.Code("agencyId", c.AgencyId);
                v.LongText("summary", c.Summary);
                break;
            case ResultSubmitted c:
                v.Code("agencyId", c.AgencyId);
                v.LongText("summary", c.Summary);
                if (c.PhotoCount < 0)
                {
                    v.Add("photoCount", $"must be 0 or greater (got {c.PhotoCount.ToString(CultureInfo.InvariantCulture)})");
                }
                v.Note("lateReason", c.LateReason, required: false);
                break;
            case ResultSentBack c:
                v.Defined("kind", c.Kind);
                v.Note("reason", c.Reason);
                break;
            case ResultApproved c:
                v.Name("approverName", c.ApproverName);
                break;
            case ResultPublished c:
                v.Defined("visibility", c.Visibility);
                break;
            case FollowUpAsked c:
                v.LongText("question", c.Question);
                break;
            case FollowUpAnswered c:
                v.LongText("answer", c.Answer);
                break;
            case CaseRated c:
                v.Code("rating", c.Rating);
                v.Note("comment", c.Comment, required: false);
                break;
            case CaseReopened c:
                v.Note("reason", c.Reason);
                break;
            case ClosedAtFirstContact c:
                v.LongText("answer", c.Answer);
                break;
            default:
                v.Add("type", $"'{e.Type}' ({e.GetType().Name}) is not an event type of contract v{CaseEvent.ContractVersion}");
                break;
        }
    }

    private static void AfterOccurredAt(string field, DateTimeOffset value, DateTimeOffset occurredAt, ViolationList v)
    {
        if (value <= occurredAt)
        {
            v.Add(field, $"must be after occurredAt ({Format(occurredAt)}); got {Format(value)}");
        }
    }

    internal static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
