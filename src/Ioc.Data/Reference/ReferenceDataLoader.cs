using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ioc.Data.Reference;

/// <summary>
/// Reads and validates province reference files: the ones embedded from <c>Reference/Data/*.json</c>, or any stream.
/// Every problem is reported with the file name and the JSON path of the field (<see cref="ReferenceDataException"/>).
/// </summary>
public static class ReferenceDataLoader
{
    public const string ResourcePrefix = "Ioc.Data.Reference.Data.";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A misspelt property is an error, not a silently missing value.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>All embedded profile files, validated one by one and together (no id defined twice).</summary>
    public static IReadOnlyList<ReferenceDataFile> LoadEmbedded()
    {
        var assembly = typeof(ReferenceDataLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Load(assembly, name))
            .ToList();
        ReferenceDataValidator.ValidateTogether(files);
        return files;
    }

    public static ReferenceDataFile Load(Stream json, string fileName)
    {
        ReferenceDataFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ReferenceDataFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException(fileName, [$"{e.Path ?? "$"}: not valid for this format ({e.Message})"]);
        }

        if (file is null)
        {
            throw new ReferenceDataException(fileName, ["$: the file holds null instead of a profile object"]);
        }

        file = file with { FileName = fileName };
        var errors = ReferenceDataValidator.Validate(file);
        return errors.Count == 0 ? file : throw new ReferenceDataException(fileName, errors);
    }

    private static ReferenceDataFile Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        return Load(stream, resourceName[ResourcePrefix.Length..]);
    }
}
