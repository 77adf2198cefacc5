using Ioc.Data.Reference;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Which subjects citizens report: infrastructure, environment, urban order and traffic lead everywhere (the field
/// reports of every IOC); Đồng Nai's call-centre content types (004 Điều 4) are mostly procedure questions.
/// Fields of the reference file that are not listed here weigh 1.
/// </summary>
internal static class FieldMix
{
    private static readonly Dictionary<string, double> Weights = new(StringComparer.Ordinal)
    {
        ["infrastructure"] = 14, ["environment"] = 13, ["urban-order"] = 12, ["traffic"] = 11,
        ["administrative-procedure"] = 7, ["land"] = 6, ["construction"] = 6,
        ["electricity"] = 4, ["water"] = 4, ["security-order"] = 4,
        ["food-safety"] = 3, ["health"] = 3, ["education"] = 3, ["social-welfare"] = 3,
        ["agriculture"] = 2, ["culture-tourism"] = 2, ["telecom"] = 2, ["commerce"] = 2, ["administrative-behaviour"] = 2,
        ["fire-rescue"] = 1, ["business"] = 1, ["tax"] = 1, ["social-insurance"] = 1, ["ethnic-religion"] = 0.5,
        ["procedure-information"] = 12, ["socio-economic"] = 5, ["policy-suggestion"] = 3,
        ["administrative-regulation"] = 2, ["postal-service"] = 1,
    };

    public static (string Code, double Weight)[] For(IEnumerable<FieldData> fields) =>
        [.. fields.Select(f => (f.Code!, Weights.GetValueOrDefault(f.Code!, 1)))];

    /// <summary>The field an emergency category belongs to, by the words of its code; security and order by default.</summary>
    public static string ForEmergency(string category, IEnumerable<string> fields)
    {
        string[] preferred = category switch
        {
            _ when category.Contains("fire", StringComparison.Ordinal) => ["fire-rescue", "security-order"],
            _ when category.Contains("accident", StringComparison.Ordinal) => ["traffic", "security-order"],
            _ when category.Contains("infrastructure", StringComparison.Ordinal) => ["infrastructure", "electricity", "water"],
            _ when category.Contains("disaster", StringComparison.Ordinal) => ["environment", "agriculture", "infrastructure"],
            _ => ["security-order"],
        };
        var known = fields as ICollection<string> ?? [.. fields];
        return preferred.FirstOrDefault(known.Contains) ?? (known.Contains("security-order") ? "security-order" : known.First());
    }
}
