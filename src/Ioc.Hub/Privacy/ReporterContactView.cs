using Ioc.Data.Cases;

namespace Ioc.Hub.Privacy;

/// <summary>
/// A reporter's contact as a screen or an API answer carries it: masked (<see cref="Masked"/>, the default everywhere)
/// or in clear after an audited reveal (<see cref="ContactReveal"/>). Null members were not given by the reporter.
/// </summary>
public sealed record ReporterContactView(
    string? Name, string? Phone, string? Email, string? IdNumber, string? Address, bool IsMasked, DateTime? AnonymisedAtUtc)
{
    public const string NameField = "name";
    public const string PhoneField = "phone";
    public const string EmailField = "email";
    public const string IdNumberField = "idNumber";
    public const string AddressField = "address";

    public static ReporterContactView None { get; } = new(null, null, null, null, null, IsMasked: true, null);

    public static ReporterContactView Masked(CaseReporter? r) => r is null ? None : new(
        PersonalDataMask.Name(r.Name), PersonalDataMask.Phone(r.Phone), PersonalDataMask.Email(r.Email),
        PersonalDataMask.IdNumber(r.IdNumber), PersonalDataMask.Address(r.Address), IsMasked: true, r.AnonymisedAtUtc);

    public static ReporterContactView Revealed(CaseReporter? r) => r is null ? None with { IsMasked = false } : new(
        r.Name, r.Phone, r.Email, r.IdNumber, r.Address, IsMasked: false, r.AnonymisedAtUtc);

    /// <summary>The fields that hold something, by their API names: what a reveal discloses and the audit names.</summary>
    public IReadOnlyList<string> PresentFields =>
    [
        .. new (string Field, string? Value)[] { (NameField, Name), (PhoneField, Phone), (EmailField, Email), (IdNumberField, IdNumber), (AddressField, Address) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Field),
    ];
}
