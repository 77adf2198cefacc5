using System.Text;
using Ioc.Data;
using Ioc.Data.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>The reference data of one profile by code; a code missing from it shows as itself.</summary>
public sealed record ConsoleNames(
    IReadOnlyDictionary<string, Agency> Agencies,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, string> Units)
{
    public static async Task<ConsoleNames> LoadAsync(IocDbContext db, string profileId, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.ProfileId == profileId).ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, ct);
        var fields = await db.Fields.AsNoTracking().Where(f => f.ProfileId == profileId).ToDictionaryAsync(f => f.Code, f => f.Name, StringComparer.Ordinal, ct);
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.ProfileId == profileId).ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, ct);
        return new ConsoleNames(agencies, fields, units);
    }

    public string Agency(string? id) => id is null ? "" : Agencies.TryGetValue(id, out var a) ? Abbreviate(a.Name) : id;
    public string Field(string code) => Fields.GetValueOrDefault(code, code);
    public string Unit(string code) => Units.GetValueOrDefault(code, code);

    // "Ủy ban nhân dân phường Nha Trang" → "UBND phường Nha Trang", the official abbreviation (as on the wall).
    private static string Abbreviate(string agencyName)
    {
        var name = agencyName.Normalize(NormalizationForm.FormC);
        foreach (var committee in (string[])["Ủy ban nhân dân ", "Uỷ ban nhân dân "])
        {
            if (name.StartsWith(committee, StringComparison.OrdinalIgnoreCase))
                return "UBND " + name[committee.Length..];
        }
        return name;
    }
}
