using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Cases.Events;

internal static class ValidationAssert
{
    public static CaseEventValidator Validator(DateTimeOffset? now = null) => new(new FakeTimeProvider(now ?? SampleEvents.Now));

    public static IReadOnlyList<ContractViolation> Check(CaseEvent e) => Validator().Validate(e);

    public static void Valid(CaseEvent e) => Assert.Empty(Check(e));

    /// <summary>Exactly one violation, on <paramref name="field"/>; returns its message for further checks.</summary>
    public static string Refused(CaseEvent e, string field)
    {
        var violation = Assert.Single(Check(e));
        Assert.Equal(field, violation.Field);
        return violation.Message;
    }

    public static T Sample<T>() where T : CaseEvent => SampleEvents.All.OfType<T>().Single();
}
