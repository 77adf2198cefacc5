using System.Text.RegularExpressions;
using Ioc.Data.Agencies;

namespace Ioc.Data.Reference;

/// <summary>The rules a reference file must meet; each error reads <c>json.path: problem</c>.</summary>
internal static partial class ReferenceDataValidator
{
    public static List<string> Validate(ReferenceDataFile file)
    {
        var errors = new List<string>();
        var expectedId = Path.GetFileNameWithoutExtension(file.FileName);
        if (Required(errors, "profileId", file.ProfileId) is { } profileId)
        {
            if (!Slug().IsMatch(profileId))
            {
                errors.Add($"profileId: '{profileId}' must be lower-case words joined by '-'");
            }
            else if (profileId != expectedId)
            {
                errors.Add($"profileId: '{profileId}' must match the file name '{expectedId}'");
            }
        }

        ValidateProvince(errors, file.Province);
        var unitCodes = ValidateAdminUnits(errors, file.AdminUnits);
        var fieldCodes = ValidateFields(errors, file.Fields);
        ValidateAgencies(errors, file.Agencies, unitCodes, fieldCodes);
        return errors;
    }

    /// <summary>Across files: a profile id or an agency id (a global key) may be defined once only.</summary>
    public static void ValidateTogether(IReadOnlyList<ReferenceDataFile> files)
    {
        var profiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var agencies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var errors = new List<string>();
            if (!profiles.TryAdd(file.ProfileId!, file.FileName))
            {
                errors.Add($"profileId: '{file.ProfileId}' is already defined in {profiles[file.ProfileId!]}");
            }

            for (var i = 0; i < file.Agencies!.Count; i++)
            {
                var id = file.Agencies[i].Id!;
                if (!agencies.TryAdd(id, file.FileName))
                {
                    errors.Add($"agencies[{i}].id: '{id}' is already defined in {agencies[id]}");
                }
            }

            if (errors.Count > 0)
            {
                throw new ReferenceDataException(file.FileName, errors);
            }
        }
    }

    private static void ValidateProvince(List<string> errors, ProvinceData? province)
    {
        if (province is null)
        {
            errors.Add("province: is required");
            return;
        }

        Required(errors, "province.name", province.Name);
        if (province.Center is null)
        {
            errors.Add("province.center: is required");
        }
        else
        {
            Coordinates(errors, "province.center", province.Center.Lat, province.Center.Lng);
        }

        if (province.Zoom is not (>= 1 and <= 20))
        {
            errors.Add($"province.zoom: {Show(province.Zoom)} must be a map zoom level from 1 to 20");
        }
    }

    private static HashSet<string> ValidateAdminUnits(List<string> errors, IReadOnlyList<AdminUnitData>? units)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (NonEmptyList(errors, "adminUnits", units) is not { } list)
        {
            return codes;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var path = $"adminUnits[{i}]";
            var unit = list[i];
            if (unit is null)
            {
                errors.Add($"{path}: must be an object");
                continue;
            }

            Code(errors, $"{path}.code", unit.Code, codes);
            Required(errors, $"{path}.name", unit.Name);
            if (unit.Kind is null || !AdminUnitKinds.All.Contains(unit.Kind))
            {
                errors.Add($"{path}.kind: {Show(unit.Kind)} must be one of {string.Join(", ", AdminUnitKinds.All)}");
            }

            Coordinates(errors, path, unit.Lat, unit.Lng);
        }

        return codes;
    }

    private static HashSet<string> ValidateFields(List<string> errors, IReadOnlyList<FieldData>? fields)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (NonEmptyList(errors, "fields", fields) is not { } list)
        {
            return codes;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                errors.Add($"fields[{i}]: must be an object");
                continue;
            }

            Code(errors, $"fields[{i}].code", list[i].Code, codes);
            Required(errors, $"fields[{i}].name", list[i].Name);
        }

        return codes;
    }

    private static void ValidateAgencies(List<string> errors, IReadOnlyList<AgencyData>? agencies, HashSet<string> unitCodes, HashSet<string> fieldCodes)
    {
        if (NonEmptyList(errors, "agencies", agencies) is not { } list)
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                errors.Add($"agencies[{i}]: must be an object");
                continue;
            }

            Code(errors, $"agencies[{i}].id", list[i].Id, ids);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var path = $"agencies[{i}]";
            var agency = list[i];
            if (agency is null)
            {
                continue;
            }

            Required(errors, $"{path}.name", agency.Name);
            if (agency.Level is null || !AgencyLevels.All.Contains(agency.Level))
            {
                errors.Add($"{path}.level: {Show(agency.Level)} must be one of {string.Join(", ", AgencyLevels.All)}");
            }

            if (agency.ParentId is { } parent && (parent == agency.Id || !ids.Contains(parent)))
            {
                errors.Add($"{path}.parentId: '{parent}' is not another agency of this file");
            }

            if (agency.AdminUnitCode is { } unit && !unitCodes.Contains(unit))
            {
                errors.Add($"{path}.adminUnitCode: '{unit}' is not an adminUnits code of this file");
            }

            if (agency.Fields is null)
            {
                errors.Add($"{path}.fields: is required (an empty list if the agency handles no field)");
            }
            else
            {
                for (var f = 0; f < agency.Fields.Count; f++)
                {
                    if (!fieldCodes.Contains(agency.Fields[f]))
                    {
                        errors.Add($"{path}.fields[{f}]: '{agency.Fields[f]}' is not a fields code of this file");
                    }
                }
            }

            Contact(errors, $"{path}.leader", agency.Leader);
            Contact(errors, $"{path}.focalOfficer", agency.FocalOfficer);
            Contact(errors, $"{path}.head", agency.Head);
        }

        ParentCycles(errors, list);
    }

    private static void ParentCycles(List<string> errors, IReadOnlyList<AgencyData> agencies)
    {
        var parents = agencies.Where(a => a?.Id is not null).DistinctBy(a => a.Id).ToDictionary(a => a.Id!, a => a.ParentId, StringComparer.Ordinal);
        for (var i = 0; i < agencies.Count; i++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var id = agencies[i]?.Id; id is not null && parents.ContainsKey(id); id = parents[id])
            {
                if (!seen.Add(id))
                {
                    errors.Add($"agencies[{i}].parentId: the parent chain of '{agencies[i]!.Id}' loops back on itself");
                    break;
                }
            }
        }
    }

    private static void Contact(List<string> errors, string path, ContactData? contact)
    {
        // Reminders go to the leader and focal officer, escalations to the head: each must be reachable by name.
        if (contact is null)
        {
            errors.Add($"{path}: is required");
            return;
        }

        Required(errors, $"{path}.name", contact.Name);
        if (contact.Phone is { } phone && !Phone().IsMatch(phone))
        {
            errors.Add($"{path}.phone: '{phone}' is not a phone number");
        }

        if (contact.Email is { } email && !Email().IsMatch(email))
        {
            errors.Add($"{path}.email: '{email}' is not an e-mail address");
        }
    }

    private static void Coordinates(List<string> errors, string path, double? lat, double? lng)
    {
        if (lat is not (>= -90 and <= 90))
        {
            errors.Add($"{path}.lat: {Show(lat)} must be a latitude from -90 to 90");
        }

        if (lng is not (>= -180 and <= 180))
        {
            errors.Add($"{path}.lng: {Show(lng)} must be a longitude from -180 to 180");
        }
    }

    private static void Code(List<string> errors, string path, string? code, HashSet<string> seen)
    {
        if (Required(errors, path, code) is not { } value)
        {
            return;
        }

        if (value.Any(char.IsWhiteSpace))
        {
            errors.Add($"{path}: '{value}' must not contain spaces");
        }
        else if (!seen.Add(value))
        {
            errors.Add($"{path}: '{value}' appears twice");
        }
    }

    private static IReadOnlyList<T>? NonEmptyList<T>(List<string> errors, string path, IReadOnlyList<T>? list)
    {
        if (list is null or { Count: 0 })
        {
            errors.Add($"{path}: must list at least one entry");
            return null;
        }

        return list;
    }

    private static string? Required(List<string> errors, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{path}: is required");
            return null;
        }

        return value;
    }

    private static string Show(object? value) => value is null ? "(missing)" : $"'{value}'";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{5,19}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
