using Ioc.Data.Agencies;
using Ioc.Data.Reference;

namespace Ioc.Hub.Simulation;

/// <summary>
/// The province's units, fields and agencies from its reference file, indexed for routing. The routing convention is
/// the one docs/reference-data.md states: the commune committee of the case's unit when it handles the field,
/// otherwise an agency handling the field province-wide.
/// </summary>
internal sealed class AgencyDirectory
{
    private readonly Dictionary<string, AgencyData> agencies;
    private readonly Dictionary<(string Unit, string Field), string> communeHandlers = [];
    private readonly Dictionary<string, List<string>> provinceHandlers = new(StringComparer.Ordinal);
    private readonly List<string> provinceAgencies;

    public AgencyDirectory(ReferenceDataFile file)
    {
        ProfileId = file.ProfileId ?? throw new ArgumentException("The reference file has no profileId.", nameof(file));
        Units = file.AdminUnits ?? [];
        Fields = file.Fields ?? [];
        var all = file.Agencies ?? [];
        if (Units.Count == 0 || Fields.Count == 0 || all.Count == 0)
            throw new ArgumentException($"Reference data '{ProfileId}' needs admin units, fields and agencies to simulate traffic.", nameof(file));

        agencies = all.ToDictionary(a => a.Id!, StringComparer.Ordinal);
        FieldNames = Fields.ToDictionary(f => f.Code!, f => f.Name!, StringComparer.Ordinal);
        // Wards (urban) report most, communes less, a remote special zone (Trường Sa) rarely.
        WeightedUnits = [.. Units.Select(u => (u, u.Kind switch { AdminUnitKinds.Ward => 3.0, AdminUnitKinds.SpecialZone => 0.2, _ => 1.5 }))];
        AgencyIds = [.. all.Select(a => a.Id!)];
        provinceAgencies = [.. all.Where(a => a.Level != AgencyLevels.Commune).Select(a => a.Id!)];
        foreach (var agency in all)
        {
            foreach (var field in agency.Fields ?? [])
            {
                if (agency.Level == AgencyLevels.Commune && agency.AdminUnitCode is { } unit)
                    communeHandlers.TryAdd((unit, field), agency.Id!);
                else if (agency.Level != AgencyLevels.Commune)
                    (provinceHandlers.TryGetValue(field, out var list) ? list : provinceHandlers[field] = []).Add(agency.Id!);
            }
        }
    }

    public string ProfileId { get; }

    public IReadOnlyList<AdminUnitData> Units { get; }

    public IReadOnlyList<FieldData> Fields { get; }

    public IReadOnlyList<string> AgencyIds { get; }

    public IReadOnlyDictionary<string, string> FieldNames { get; }

    public (AdminUnitData Unit, double Weight)[] WeightedUnits { get; }

    public AgencyData Agency(string id) => agencies[id];

    /// <summary>The lead agency for a field in a unit: its commune committee when that handles the field, else a province-wide handler.</summary>
    public string LeadFor(string field, string unit, Random random)
    {
        if (communeHandlers.TryGetValue((unit, field), out var committee))
            return committee;
        if (provinceHandlers.TryGetValue(field, out var handlers))
            return random.Pick(handlers);
        // Reference data guarantees a handler for every field; a unit-only field elsewhere goes to the unit's committee.
        return communeHandlers.Where(h => h.Key.Field == field).Select(h => h.Value).FirstOrDefault() ?? random.Pick(provinceAgencies);
    }

    /// <summary>A plausible wrong first routing: a neighbouring committee, or a department that does not handle the field.</summary>
    public string? WrongLeadFor(string field, string unit, string lead, Random random)
    {
        var wrong = agencies[lead].Level == AgencyLevels.Commune
            ? communeHandlers.Where(h => h.Key.Field == field && h.Key.Unit != unit).Select(h => h.Value).ToList()
            : provinceAgencies.Where(id => !(agencies[id].Fields ?? []).Contains(field)).ToList();
        return wrong.Count == 0 ? null : random.Pick(wrong);
    }

    /// <summary>Up to <paramref name="count"/> province-wide agencies that contribute on the field, never the lead.</summary>
    public IReadOnlyList<string> CoordinatorsFor(string field, string lead, int count, Random random)
    {
        var candidates = provinceHandlers.TryGetValue(field, out var handlers)
            ? handlers.Where(id => id != lead).ToList()
            : [];
        var chosen = new List<string>(count);
        while (chosen.Count < count && candidates.Count > 0)
        {
            var pick = random.Pick(candidates);
            chosen.Add(pick);
            candidates.Remove(pick);
        }
        return chosen;
    }

    /// <summary>The name the approver signs with: the agency's leader (fictional demo contacts).</summary>
    public string ApproverName(string agencyId) =>
        agencies.TryGetValue(agencyId, out var agency) && agency.Leader?.Name is { Length: > 0 } name ? name : "Lãnh đạo đơn vị";
}
