using System.Globalization;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Scheduling;

/// <summary>
/// The automatic escalation of a step whose holder let its deadline pass: in Đồng Nai the focal officer's 8 working
/// hours, after which the case goes to the agency head for 48 working hours from the transfer (004 Điều 9.1.b, 10.1–10.2).
/// The durations and the article come from the profile, never from here.
/// </summary>
internal static class EscalationEvents
{
    /// <summary>The escalation level an event names for a holder; null for holders no level describes.</summary>
    public static EscalationLevel? LevelOf(StepHolder holder) => holder switch
    {
        StepHolder.AgencyHead => EscalationLevel.AgencyHead,
        _ => null,
    };

    public static CaseEscalated Create(CaseState state, CaseDeadlines deadlines, DeadlineTransition transition, Guid id)
    {
        var current = deadlines.Current!;
        var escalation = deadlines.Escalation!;
        return new CaseEscalated
        {
            Id = id,
            CaseId = state.CaseId,
            Sequence = state.LastSequence,
            OccurredAt = escalation.At,
            Actor = TransitionEvents.Actor,
            // The lead agency's head: the focal officer and the head both belong to it (planned only with a lead agency).
            AgencyId = state.LeadAgencyId!,
            Level = LevelOf(transition.Holder)!.Value,
            Automatic = true,
            Reason = $"{Capitalized(HolderName(current.Holder))} chưa phản hồi sau {Duration(current.Duration)} kể từ {Local(current.StartsAt)}; "
                + $"chuyển {HolderName(escalation.Holder)} giải quyết, hạn {Local(escalation.DueAt)} ({escalation.Article}).",
        };
    }

    private static string HolderName(StepHolder holder) => holder switch
    {
        StepHolder.OperationsCenter => "tổng đài viên",
        StepHolder.Reporter => "người phản ánh",
        StepHolder.LeadAgency => "cơ quan chủ trì",
        StepHolder.CoordinatingAgency => "cơ quan phối hợp",
        StepHolder.Approver => "lãnh đạo phê duyệt",
        StepHolder.FocalOfficer => "cán bộ đầu mối",
        StepHolder.AgencyHead => "thủ trưởng đơn vị",
        _ => holder.ToString(),
    };

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Duration(SlaDuration duration)
    {
        // Vietnamese writes a decimal comma ("0,5 ngày làm việc").
        var amount = duration.Amount.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
        return duration.Unit switch
        {
            SlaUnit.WorkingMinutes => $"{amount} phút làm việc",
            SlaUnit.WorkingHours => $"{amount} giờ làm việc",
            SlaUnit.WorkingDays => $"{amount} ngày làm việc",
            SlaUnit.ClockMinutes => $"{amount} phút",
            SlaUnit.ClockHours => $"{amount} giờ",
            _ => duration.ToString(),
        };
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, WorkingCalendar.VietnamTime).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}
