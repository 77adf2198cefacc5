namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>
/// One way an event breaks the contract. <paramref name="Field"/> is a JSON path without the leading "$."
/// ("location.latitude", "coordinatingAgencyIds[1]"; empty for the event as a whole); <paramref name="Message"/> is
/// plain English for a producer's developer: it is returned in HTTP 400 problem details and kept as the dead-letter reason.
/// </summary>
public sealed record ContractViolation(string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}
