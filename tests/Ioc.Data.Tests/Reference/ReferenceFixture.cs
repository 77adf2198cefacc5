using System.Text;
using Ioc.Data.Reference;

namespace Ioc.Data.Tests.Reference;

/// <summary>The test profile file, optionally re-keyed or edited so tests sharing a database stay apart.</summary>
public static class ReferenceFixture
{
    public const string FileName = "test-province.json";

    public static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "Fixtures", FileName));

    /// <summary>Loads the fixture with a fresh profile id (and agency ids) so it collides with no other test's rows.</summary>
    public static ReferenceDataFile LoadUnique(Func<string, string>? edit = null)
    {
        var profileId = $"p-{Guid.NewGuid():N}"[..14];
        var text = Text.Replace("test-province", profileId).Replace("\"tp-", $"\"{profileId}-");
        return Load(edit?.Invoke(text) ?? text, $"{profileId}.json");
    }

    public static ReferenceDataFile Load(string text, string fileName = FileName) =>
        ReferenceDataLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName);
}
