using System.Text.Json;
using System.Text.Json.Nodes;
using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Tests.Cases.Events;

public class CaseEventJsonTests
{
    [Fact]
    public void EveryRegisteredEventTypeHasExactlyOneSample()
    {
        Assert.Equal(26, CaseEventJson.TypeNames.Count);
        Assert.Equal(CaseEventJson.TypeNames.Order(), SampleEvents.All.Select(e => e.Type).Order());
    }

    [Theory]
    [MemberData(nameof(SampleEvents.TypeNames), MemberType = typeof(SampleEvents))]
    public void EveryEventTypeSurvivesARoundTrip(string typeName)
    {
        var original = SampleEvents.OfType(typeName);

        var json = CaseEventJson.Serialize(original);
        var back = CaseEventJson.Deserialize(json);

        EventAssert.Equivalent(original, back);
        Assert.Equal(json, CaseEventJson.Serialize(back));
    }

    [Theory]
    [MemberData(nameof(SampleEvents.TypeNames), MemberType = typeof(SampleEvents))]
    public void TheTypeDiscriminatorIsWrittenOnceAndTheClrOnlyMembersNever(string typeName)
    {
        var node = JsonNode.Parse(CaseEventJson.Serialize(SampleEvents.OfType(typeName)))!.AsObject();

        Assert.Equal(typeName, (string?)node["type"]);
        Assert.False(node.ContainsKey("isAnnotation"));
        Assert.Equal(1, (int?)node["version"]);
    }

    [Fact]
    public void PropertiesAreCamelCaseAndEnumValuesKebabCase()
    {
        var received = SampleEvents.Received() with { Channel = Channel.InPerson };
        var json = CaseEventJson.Serialize(received);

        Assert.Contains("\"type\":\"case.received\"", json);
        Assert.Contains("\"channel\":\"in-person\"", json);
        Assert.Contains("\"profileId\":\"khanh-hoa\"", json);
        Assert.Contains("\"location\":{\"latitude\":12.2431,\"longitude\":109.1962,\"adminUnitCode\":\"kh-nha-trang\"", json);
        Assert.Contains("\"occurredAt\":\"2026-03-02T08:12:30+07:00\"", json);
        Assert.Contains("\"kind\":\"format-fix\"", CaseEventJson.Serialize(SampleEvents.OfType(ResultSentBack.TypeName)));
        Assert.Contains("\"channel\":\"hotline\"", CaseEventJson.Serialize(received with { Channel = Channel.Hotline }));
        Assert.Contains("\"status\":\"due-soon\"", CaseEventJson.Serialize(SampleEvents.OfType(DeadlineStateChanged.TypeName)));
    }

    [Fact]
    public void AbsentOptionalFieldsAreOmittedRatherThanWrittenAsNull()
    {
        var json = CaseEventJson.Serialize(SampleEvents.OfType(CaseAccepted.TypeName) with { Actor = null });

        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("actor", json);
    }

    [Theory]
    [InlineData("first")]
    [InlineData("middle")]
    [InlineData("last")]
    public void TheTypeDiscriminatorIsAcceptedAnywhereInTheObject(string position)
    {
        const string fields = """
            "id":"3c9d2f4e-8a1b-4c7d-9e6f-0a1b2c3d4e5f","caseId":"KH-2026-000123","sequence":7,
            "occurredAt":"2026-03-03T08:00:00+07:00","agencyId":"kh-sxd"
            """;
        var json = position switch
        {
            "first" => $$"""{"type":"case.accepted",{{fields}}}""",
            "middle" => $$"""{"id":"3c9d2f4e-8a1b-4c7d-9e6f-0a1b2c3d4e5f","type":"case.accepted","caseId":"KH-2026-000123","sequence":7,"occurredAt":"2026-03-03T08:00:00+07:00","agencyId":"kh-sxd"}""",
            _ => $$"""{{{fields}},"type":"case.accepted"}""",
        };

        var accepted = Assert.IsType<CaseAccepted>(CaseEventJson.Deserialize(json));

        Assert.Equal("kh-sxd", accepted.AgencyId);
        Assert.Equal(7, accepted.Sequence);
    }

    [Fact]
    public void AnInstantWithoutAnOffsetIsRefusedInsteadOfTakingTheServersZone()
    {
        var json = CaseEventJson.Serialize(SampleEvents.OfType(CaseAccepted.TypeName))
            .Replace("2026-03-03T08:00:00+07:00", "2026-03-03T08:00:00");

        var ex = Assert.Throws<JsonException>(() => CaseEventJson.Deserialize(json));

        Assert.Equal("$.occurredAt", ex.Path);
    }

    [Theory]
    [InlineData("2026-03-03T01:00:00Z")]
    [InlineData("2026-03-03T08:00:00.125+07:00")]
    [InlineData("2026-03-02T20:00:00-05:00")]
    public void AnInstantWithAnExplicitOffsetOrZIsAccepted(string occurredAt)
    {
        var json = CaseEventJson.Serialize(SampleEvents.OfType(CaseAccepted.TypeName))
            .Replace("2026-03-03T08:00:00+07:00", occurredAt);

        var e = CaseEventJson.Deserialize(json);

        Assert.Equal(DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture), e.OccurredAt);
    }

    [Fact]
    public void ANumberSentAsAStringIsRefused()
    {
        var json = CaseEventJson.Serialize(SampleEvents.OfType(CaseAccepted.TypeName)).Replace("\"sequence\":7", "\"sequence\":\"7\"");

        var ex = Assert.Throws<JsonException>(() => CaseEventJson.Deserialize(json));

        Assert.Equal("$.sequence", ex.Path);
    }

    [Fact]
    public void ADuplicatedPropertyIsRefusedRatherThanLastOneWins()
    {
        var json = CaseEventJson.Serialize(SampleEvents.OfType(CaseAccepted.TypeName)).Replace("}", ",\"agencyId\":\"kh-syt\"}");

        Assert.Throws<JsonException>(() => CaseEventJson.Deserialize(json));
    }

    [Fact]
    public void AnObjectWithoutTypeFailsWithAJsonExceptionLikeAnyOtherBadInput()
    {
        var ex = Assert.Throws<JsonException>(() => CaseEventJson.Deserialize("""{"caseId":"KH-2026-000123"}"""));

        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void AnnotationsAreFlaggedAndLifecycleEventsAreNot()
    {
        var annotations = SampleEvents.All.Where(e => e.IsAnnotation).Select(e => e.Type).Order();

        Assert.Equal(
            ["ioc.deadline-state-changed", "ioc.emergency-acknowledged", "ioc.escalated", "ioc.note-added", "ioc.reminder-sent", "ioc.reroute-requested"],
            annotations);
        Assert.All(SampleEvents.All.Where(e => e.Type.StartsWith("case.", StringComparison.Ordinal)), e => Assert.False(e.IsAnnotation));
    }
}
