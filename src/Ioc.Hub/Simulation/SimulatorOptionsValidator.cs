using Ioc.Data.Reference;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Simulation;

/// <summary>When the simulator is on, its profile must exist both as an SLA profile and as reference data.</summary>
internal sealed class SimulatorOptionsValidator(ProfileCatalog catalog) : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        if (!options.Enabled || string.IsNullOrWhiteSpace(options.ProfileId))
            return ValidateOptionsResult.Success;
        var key = $"{SimulatorOptions.SectionName}:{nameof(SimulatorOptions.ProfileId)}";
        if (!catalog.TryGet(options.ProfileId, out _))
            return ValidateOptionsResult.Fail($"{key} '{options.ProfileId}' is not a loaded SLA profile; known: {string.Join(", ", catalog.Ids)}.");
        var references = SimulationReference.All.Select(r => r.ProfileId).ToList();
        if (!references.Contains(options.ProfileId))
            return ValidateOptionsResult.Fail($"{key} '{options.ProfileId}' has no reference data (units, fields, agencies); known: {string.Join(", ", references)}.");
        return ValidateOptionsResult.Success;
    }
}

/// <summary>The reference files embedded in Ioc.Data, read once.</summary>
internal static class SimulationReference
{
    private static readonly Lazy<IReadOnlyList<ReferenceDataFile>> Files = new(ReferenceDataLoader.LoadEmbedded);

    public static IReadOnlyList<ReferenceDataFile> All => Files.Value;
}
