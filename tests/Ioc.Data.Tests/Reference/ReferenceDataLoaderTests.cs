using System.Text.Json.Nodes;
using Ioc.Data.Reference;

namespace Ioc.Data.Tests.Reference;

public sealed class ReferenceDataLoaderTests
{
    [Fact]
    public void TheFixtureProfileLoadsWithEveryRow()
    {
        var file = ReferenceFixture.Load(ReferenceFixture.Text);

        Assert.Equal("test-province", file.ProfileId);
        Assert.Equal(ReferenceFixture.FileName, file.FileName);
        Assert.Equal("Tỉnh Thử Nghiệm", file.Province!.Name);
        Assert.Equal(3, file.AdminUnits!.Count);
        Assert.Equal(2, file.Fields!.Count);
        Assert.Equal(2, file.Agencies!.Count);
        Assert.Equal("zalo-123", file.Agencies[0].FocalOfficer!.ZaloUserId);
        Assert.Equal(["infrastructure", "environment"], file.Agencies[1].Fields!);
    }

    [Theory]
    [InlineData("profileId", "\"other-province\"", "profileId: 'other-province' must match the file name 'test-province'")]
    [InlineData("province.zoom", "30", "province.zoom: '30' must be a map zoom level")]
    [InlineData("adminUnits[0].kind", "\"district\"", "adminUnits[0].kind: 'district' must be one of")]
    [InlineData("adminUnits[1].lat", "200", "adminUnits[1].lat: '200' must be a latitude")]
    [InlineData("fields[1].code", "\"infrastructure\"", "fields[1].code: 'infrastructure' appears twice")]
    [InlineData("agencies[0].level", "\"ministry\"", "agencies[0].level: 'ministry' must be one of")]
    [InlineData("agencies[1].parentId", "\"tp-nowhere\"", "agencies[1].parentId: 'tp-nowhere' is not another agency")]
    [InlineData("agencies[1].adminUnitCode", "\"tp-ward-9\"", "agencies[1].adminUnitCode: 'tp-ward-9' is not an adminUnits code")]
    [InlineData("agencies[1].fields", "[\"infrastructure\", \"health\"]", "agencies[1].fields[1]: 'health' is not a fields code")]
    [InlineData("agencies[0].leader", "null", "agencies[0].leader: is required")]
    [InlineData("agencies[1].head.name", "\" \"", "agencies[1].head.name: is required")]
    [InlineData("agencies[0].leader.email", "\"not-an-address\"", "agencies[0].leader.email: 'not-an-address' is not an e-mail address")]
    [InlineData("agencies[0].head.phone", "\"call me\"", "agencies[0].head.phone: 'call me' is not a phone number")]
    [InlineData("agencies", "[]", "agencies: must list at least one entry")]
    public void AnInvalidFieldIsReportedWithTheFileNameAndItsPath(string path, string json, string expected)
    {
        var text = Edit(ReferenceFixture.Text, path, JsonNode.Parse(json));

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceFixture.Load(text));

        Assert.Contains($"{ReferenceFixture.FileName}: {expected}", error.Message);
    }

    [Fact]
    public void AParentChainThatLoopsIsRefused()
    {
        var text = Edit(ReferenceFixture.Text, "agencies[0].parentId", JsonValue.Create("tp-ubnd-ward-1"));

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceFixture.Load(text));

        Assert.Contains("agencies[0].parentId: the parent chain of 'tp-sxd' loops back on itself", error.Message);
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedAtOnce()
    {
        var text = Edit(Edit(ReferenceFixture.Text, "fields[0].name", null), "agencies[1].focalOfficer", null);

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceFixture.Load(text));

        Assert.Equal(["fields[0].name: is required", "agencies[1].focalOfficer: is required"], error.Errors);
    }

    [Fact]
    public void AMisspeltPropertyIsAnErrorNotASilentlyMissingValue()
    {
        var text = ReferenceFixture.Text.Replace("\"focalOfficer\": { \"name\": \"Đỗ Văn Minh\"", "\"focalOficer\": { \"name\": \"Đỗ Văn Minh\"");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceFixture.Load(text));

        Assert.Contains("test-province.json: $.agencies[1].focalOficer", error.Message);
    }

    [Fact]
    public void MalformedJsonNamesTheFileAndThePosition()
    {
        var text = ReferenceFixture.Text.Replace("\"zoom\": 9", "\"zoom\": 9,,");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceFixture.Load(text));

        Assert.StartsWith("Invalid reference data in test-province.json", error.Message);
        Assert.Contains("$.province", error.Message);
    }

    [Fact]
    public void AnAgencyIdDefinedInTwoFilesIsRefusedNamingBothFiles()
    {
        var first = ReferenceFixture.LoadUnique();
        var second = ReferenceFixture.LoadUnique();
        var clash = second with { Agencies = [second.Agencies![0] with { Id = first.Agencies![0].Id }] };

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataValidator.ValidateTogether([first, clash]));

        Assert.Contains($"{second.FileName}: agencies[0].id: '{first.Agencies[0].Id}' is already defined in {first.FileName}", error.Message);
    }

    /// <summary>Sets the value at a simple path such as <c>agencies[1].head.name</c>.</summary>
    private static string Edit(string text, string path, JsonNode? value)
    {
        var root = JsonNode.Parse(text, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var parts = path.Replace("[", ".[").Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = part.StartsWith('[') ? node[int.Parse(part[1..^1])]! : node[part]!;
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node[int.Parse(last[1..^1])] = value;
        }
        else
        {
            node[last] = value;
        }

        return root.ToJsonString();
    }
}
