using System.Globalization;
using Ioc.Data.Agencies;
using Ioc.Data.Reference;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

// Reception: the report itself, first-contact answers, classification, clarification, rejection and routing.
internal sealed partial class CaseScript
{
    private const double JitterKm = 1.5;
    private const double KmPerDegree = 111.32;

    private static readonly (RejectionReason Reason, double Weight)[] ReceptionRejections =
    [
        (RejectionReason.Duplicate, 30), (RejectionReason.ComplaintOrDenunciation, 20), (RejectionReason.Unclear, 15),
        (RejectionReason.InvalidContent, 15), (RejectionReason.Mistaken, 10), (RejectionReason.Test, 5), (RejectionReason.Other, 5),
    ];

    private bool Classifies => Profile.Clarification is not null;

    private SlaDuration TypicalReception => State.IsEmergency ? SlaDuration.ClockMinutes(15) : SlaDuration.WorkingDays(0.5m);

    private void Receive()
    {
        var emergency = Profile.Emergency.Count > 0 && Profile.EmergencyCategories.Count > 0 && random.Chance(SimulationRates.Emergency);
        var category = emergency ? random.Pick(Profile.EmergencyCategories).Code : null;
        var fieldNames = context.Directory.FieldNames;
        var field = category is null ? random.PickWeighted(context.Fields) : FieldMix.ForEmergency(category, fieldNames.Keys);
        var unit = random.PickWeighted(context.Directory.WeightedUnits);
        var place = CaseTexts.Place(random, unit.Name!, unit.Kind == AdminUnitKinds.Ward);
        var officeHours = Calendar.IsWorkingInstant(arrival.ReceivedAt);
        var channel = emergency && context.Channels.HasHotline && random.Chance(0.85) ? Channel.Hotline : context.Channels.Pick(random, officeHours);
        var title = CaseTexts.Title(random, field, fieldNames[field], place);
        var reporter = ReporterFaker.Create(random, channel);
        var photos = channel is Channel.Hotline or Channel.Email || random.Chance(0.5) ? 0 : random.Next(1, 4);

        Emit(new CaseReceived
        {
            Id = NewId(), CaseId = CaseId, Sequence = 1, OccurredAt = arrival.ReceivedAt,
            Actor = channel == Channel.Hotline ? Operator : channel.ToString().ToLowerInvariant(),
            Code = arrival.Code, ProfileId = Profile.Id, Channel = channel, FieldCode = field,
            Title = title, Description = CaseTexts.Description(random, title), Location = Locate(unit, place),
            IsEmergency = emergency, EmergencyCategory = category,
            IsConfidential = !emergency && random.Chance(SimulationRates.Confidential),
            Reporter = reporter,
            Attachments = [.. Enumerable.Range(1, photos).Select(i => string.Create(CultureInfo.InvariantCulture, $"https://files.example.vn/{Profile.Id}/{CaseId}/anh-{i}.jpg"))],
        });
    }

    /// <summary>A point within 1.5 km of the unit's centre, uniform over the disc.</summary>
    private GeoLocation Locate(AdminUnitData unit, string address)
    {
        var distance = JitterKm * Math.Sqrt(random.NextDouble());
        var bearing = 2 * Math.PI * random.NextDouble();
        var lat = unit.Lat!.Value + distance * Math.Cos(bearing) / KmPerDegree;
        var lng = unit.Lng!.Value + distance * Math.Sin(bearing) / (KmPerDegree * Math.Cos(unit.Lat.Value * Math.PI / 180));
        return new GeoLocation(Math.Round(lat, 6), Math.Round(lng, 6), unit.Code!, address);
    }

    /// <summary>The operator answers the call directly (004 Điều 9): the case ends within minutes.</summary>
    private bool CloseAtFirstContact()
    {
        if (!Profile.FirstContactResolution || State.Channel != Channel.Hotline || State.IsEmergency || !random.Chance(SimulationRates.FirstContact))
            return false;
        Emit(new ClosedAtFirstContact
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = Settle(State.ReceivedAt.AddMinutes(random.Between(2, 12))),
            Actor = Operator, Answer = "Tổng đài viên đã trả lời trực tiếp: " + CaseTexts.Answer(State.FieldCode),
        });
        return true;
    }

    /// <summary>Classification, clarification and rejection; false when the case ends here.</summary>
    private bool Reception()
    {
        if (State.IsEmergency)
            return Route();

        if (random.Chance(SimulationRates.Rejection * SimulationRates.RejectionAtReception))
        {
            var at = When(SlaStep.Reception, PaceOf(SimulationRates.OperationsLate), TypicalReception);
            if (Classifies)
                Classify(at, ClassificationGroup.Invalid);
            Reject(at, random.PickWeighted(ReceptionRejections));
            return false;
        }

        if (Classifies && random.Chance(SimulationRates.Unclear) && !Clarify())
            return false;
        return Route();
    }

    /// <summary>001 Điều 11.2 / 000 Điều 12.4: the reporter is asked to clarify; silence past the window ends the case.</summary>
    private bool Clarify()
    {
        var at = When(SlaStep.Reception, PaceOf(SimulationRates.OperationsLate), TypicalReception);
        Classify(at, ClassificationGroup.Unclear);
        Emit(new ClarificationRequested
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = Settle(at), Actor = Operator,
            Question = random.Pick(CaseTexts.ClarificationQuestions),
        });

        var window = Profile.Clarification!.Duration;
        if (!random.Chance(SimulationRates.ClarificationAnswered))
        {
            Reject(When(SlaStep.Clarification, Pace.Late, window), RejectionReason.ClarificationNotSupplied);
            return false;
        }
        Emit(new ClarificationSupplied
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = When(SlaStep.Clarification, Pace.OnTime, window),
            Actor = ReporterActor, Text = "Bổ sung: " + State.Location.Address + ", kèm hình ảnh hiện trường.",
        });
        return true;
    }

    /// <summary>Routes to the lead agency; ~3 % first go to a wrong one, which returns the case for re-routing.</summary>
    private bool Route()
    {
        var directory = context.Directory;
        var lead = directory.LeadFor(State.FieldCode, State.Location.AdminUnitCode, random);
        IReadOnlyList<string> coordinating = !State.IsEmergency && Profile.Coordinated is not null && random.Chance(SimulationRates.Coordination)
            ? directory.CoordinatorsFor(State.FieldCode, lead, random.Next(1, 3), random)
            : [];
        var opsPace = State.IsEmergency ? PaceOf(SimulationRates.OperationsLate / 3) : PaceOf(SimulationRates.OperationsLate);

        if (!State.IsEmergency && random.Chance(SimulationRates.WrongJurisdiction)
            && directory.WrongLeadFor(State.FieldCode, State.Location.AdminUnitCode, lead, random) is { } wrong)
        {
            RouteTo(When(SlaStep.Reception, opsPace, TypicalReception), wrong, [], reason: null);
            Emit(new CaseReturned
            {
                Id = NewId(), CaseId = CaseId, Sequence = NextSequence, Actor = wrong,
                OccurredAt = When(SlaStep.Acceptance, AgencyPace(wrong), SlaDuration.WorkingDays(0.5m)),
                AgencyId = wrong, Reason = random.Pick(CaseTexts.ReturnReasons),
            });
            opsPace = PaceOf(SimulationRates.OperationsLate);
            RouteTo(When(SlaStep.Reception, opsPace, TypicalReception), lead, coordinating, $"Chuyển lại sau khi {wrong} trả lại: không đúng thẩm quyền.");
            return true;
        }

        RouteTo(When(SlaStep.Reception, opsPace, TypicalReception), lead, coordinating, reason: null);
        return true;
    }

    private void RouteTo(DateTimeOffset at, string lead, IReadOnlyList<string> coordinating, string? reason)
    {
        if (Classifies && !State.IsEmergency)
        {
            // 001 Điều 11: group 3 forwards to a body outside the provincial administration, group 4 to its own units.
            var level = context.Directory.Agency(lead).Level;
            Classify(at, level is AgencyLevels.Central or AgencyLevels.Utility ? ClassificationGroup.Forward : ClassificationGroup.Ours);
        }
        Emit(new CaseRouted
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = Settle(at), Actor = Operator,
            LeadAgencyId = lead, CoordinatingAgencyIds = coordinating, Reason = reason,
        });
    }

    private void Classify(DateTimeOffset at, ClassificationGroup group) => Emit(new CaseClassified
    {
        Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = Settle(at), Actor = Operator, Group = group,
    });

    private void Reject(DateTimeOffset at, RejectionReason reason) => Emit(new CaseRejected
    {
        Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = Settle(at), Actor = Operator, Reason = reason,
        Note = reason == RejectionReason.ComplaintOrDenunciation
            ? "Nội dung là khiếu nại, tố cáo: đã hướng dẫn gửi đến cơ quan có thẩm quyền theo Luật Khiếu nại, Luật Tố cáo."
            : null,
    });
}
