using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static System.FormattableString;

namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>
/// Checks an event against contract v1 (docs/events.md) and returns every problem, not only the first. Only the
/// contract: whether a field code, agency or rating exists in the case's province profile is the state machine's call.
/// </summary>
public sealed partial class CaseEventValidator(TimeProvider time)
{
    /// <summary>All contract violations of <paramref name="e"/>; empty when it conforms.</summary>
    public IReadOnlyList<ContractViolation> Validate(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var v = new ViolationList();
        CheckEnvelope(e, v);
        switch (e)
        {
            case CaseReceived received:
                CaseReceivedRules.Check(received, v);
                break;
            case CaseAnnotation annotation:
                AnnotationRules.Check(annotation, v);
                break;
            default:
                LifecycleRules.Check(e, v);
                break;
        }
        return v.ToList();
    }

    /// <summary>
    /// Reads <paramref name="json"/> (the shape only: types, required and unknown properties, enum values) and, when it
    /// reads, validates the event. <paramref name="e"/> is set whenever the JSON reads, so a dead letter can still name
    /// its case; the result is true only when there is no violation at all.
    /// </summary>
    public bool TryParseAndValidate(string json, out CaseEvent? e, out IReadOnlyList<ContractViolation> violations)
    {
        if (!TryParse(json, out e, out violations))
        {
            return false;
        }
        violations = Validate(e);
        return violations.Count == 0;
    }

    /// <summary>
    /// Reads one event without validating its values. On failure <paramref name="violations"/> explains every
    /// structural problem found (unknown type, missing required or unknown property, bad enum value, wrong JSON type,
    /// malformed JSON) with its JSON path; call <see cref="Validate"/> on success.
    /// </summary>
    public static bool TryParse(string json, [NotNullWhen(true)] out CaseEvent? e, out IReadOnlyList<ContractViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            e = CaseEventJson.Deserialize(json);
            violations = [];
            return true;
        }
        catch (JsonException ex)
        {
            e = null;
            violations = JsonShapeDiagnosis.Explain(json, ex);
            return false;
        }
    }

    private void CheckEnvelope(CaseEvent e, ViolationList v)
    {
        if (e.Id == Guid.Empty)
        {
            v.Add("id", "must not be the empty GUID: it is the event's idempotency key");
        }
        CheckCaseId(e.CaseId, v);
        if (e.IsAnnotation ? e.Sequence < 0 : e.Sequence < 1)
        {
            v.Add("sequence", e.IsAnnotation
                ? Invariant($"must be 0 or greater (the lifecycle sequence the IOC had observed), not {e.Sequence}")
                : Invariant($"must be 1 or greater (the producer's per-case sequence), not {e.Sequence}"));
        }
        CheckOccurredAt(e.OccurredAt, v);
        if (e.Version != CaseEvent.ContractVersion)
        {
            v.Add("version", Invariant($"contract version {e.Version} is not supported; this consumer reads version {CaseEvent.ContractVersion}"));
        }
        v.Name("actor", e.Actor, required: false);
    }

    private static void CheckCaseId(string? caseId, ViolationList v)
    {
        v.Code("caseId", caseId);
        if (!string.IsNullOrWhiteSpace(caseId) && caseId.Length <= ContractLimits.CodeLength && !CaseIdPattern().IsMatch(caseId))
        {
            v.Add("caseId", "may contain only letters A–Z and a–z, digits and the characters . _ : -");
        }
    }

    private void CheckOccurredAt(DateTimeOffset occurredAt, ViolationList v)
    {
        var now = time.GetUtcNow();
        if (occurredAt > now + ContractLimits.ClockSkew)
        {
            var serverTime = now.ToOffset(occurredAt.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            v.Add("occurredAt", $"is more than {ContractLimits.ClockSkew.TotalMinutes:0} minutes in the future (server time {serverTime}); check the producer's clock");
        }
        if (occurredAt < ContractLimits.EarliestOccurredAt)
        {
            v.Add("occurredAt", "must not be before 2000-01-01");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex CaseIdPattern();
}
