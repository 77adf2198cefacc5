using System.Text.Json.Nodes;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;

namespace Ioc.Hub.Tests.Cases.Events;

public class CaseEventTryParseTests
{
    private static string Json(string typeName, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(CaseEventJson.Serialize(SampleEvents.OfType(typeName)))!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    private static IReadOnlyList<ContractViolation> Failures(string json)
    {
        Assert.False(CaseEventValidator.TryParse(json, out var e, out var violations));
        Assert.Null(e);
        Assert.NotEmpty(violations);
        return violations;
    }

    [Fact]
    public void AWellFormedEventParsesWithNoViolation()
    {
        Assert.True(CaseEventValidator.TryParse(Json(CaseRouted.TypeName, _ => { }), out var e, out var violations));

        Assert.Empty(violations);
        Assert.Equal("kh-sxd", Assert.IsType<CaseRouted>(e).LeadAgencyId);
    }

    [Fact]
    public void AnUnknownTypeIsNamedAndTheKnownTypesListed()
    {
        var v = Assert.Single(Failures(Json(CaseRouted.TypeName, o => o["type"] = "case.foo")));

        Assert.Equal("type", v.Field);
        Assert.StartsWith("unknown event type 'case.foo'; known types: case.received, case.classified,", v.Message);
        Assert.EndsWith("ioc.deadline-state-changed", v.Message);
    }

    [Fact]
    public void AMissingTypeIsReportedAsAMissingRequiredProperty()
    {
        var v = Assert.Single(Failures(Json(CaseRouted.TypeName, o => o.Remove("type"))));

        Assert.Equal("type", v.Field);
        Assert.StartsWith("required property 'type' is missing", v.Message);
    }

    [Fact]
    public void AMissingRequiredPropertyIsNamedWithItsPath()
    {
        var v = Assert.Single(Failures(Json(CaseRouted.TypeName, o => o.Remove("leadAgencyId"))));

        Assert.Equal(new ContractViolation("leadAgencyId", "required property 'leadAgencyId' is missing"), v);
    }

    [Fact]
    public void AMissingRequiredPropertyOfANestedObjectCarriesTheNestedPath()
    {
        var v = Assert.Single(Failures(Json(CaseReceived.TypeName, o => o["location"]!.AsObject().Remove("adminUnitCode"))));

        Assert.Equal(new ContractViolation("location.adminUnitCode", "required property 'adminUnitCode' is missing"), v);
    }

    [Fact]
    public void EveryMissingRequiredPropertyIsReportedNotOnlyTheFirst()
    {
        var violations = Failures(Json(ExtensionRegistered.TypeName, o =>
        {
            o.Remove("agencyId");
            o.Remove("committedDueAt");
            o.Remove("caseId");
        }));

        Assert.Equal(["agencyId", "caseId", "committedDueAt"], violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void AnUnknownPropertyIsNamedAndTheAllowedOnesListed()
    {
        var v = Assert.Single(Failures(Json(CaseRouted.TypeName, o => o["priority"] = "high")));

        Assert.Equal("priority", v.Field);
        Assert.Equal(
            "unknown property 'priority'; allowed here: type, id, caseId, sequence, occurredAt, actor, version, leadAgencyId, coordinatingAgencyIds, reason",
            v.Message);
    }

    [Fact]
    public void AnUnknownPropertyInsideTheReporterCarriesItsPath()
    {
        var v = Assert.Single(Failures(Json(CaseReceived.TypeName, o => o["reporter"]!["zalo"] = "0900123456")));

        Assert.Equal("reporter.zalo", v.Field);
        Assert.StartsWith("unknown property 'zalo'; allowed here: name, phone, email, idNumber, address", v.Message);
    }

    [Fact]
    public void ABadEnumValueListsTheWireNames()
    {
        var v = Assert.Single(Failures(Json(ResultSentBack.TypeName, o => o["kind"] = "format_fix")));

        Assert.Equal(new ContractViolation("kind", "'format_fix' is not a valid value; expected one of: approver, empty-answer, format-fix, inaccurate"), v);
    }

    [Fact]
    public void AnEnumValueSentAsANumberIsRefused()
    {
        var v = Assert.Single(Failures(Json(CaseReceived.TypeName, o => o["channel"] = 0)));

        Assert.Equal("channel", v.Field);
        Assert.StartsWith("must be one of: hotline, portal, app, email, zalo, chatbot, social, sms, in-person (as a string), not the number 0", v.Message);
    }

    [Theory]
    [InlineData("sequence", "\"7\"", "must be a whole number between -9223372036854775808 and 9223372036854775807, not the string \"7\"")]
    [InlineData("sequence", "2.5", "must be a whole number between -9223372036854775808 and 9223372036854775807, not the number 2.5")]
    [InlineData("caseId", "123", "must be a string, not the number 123")]
    [InlineData("id", "\"abc\"", "must be a GUID string such as \"0b6f1d2e-4c1a-4f3e-9a57-2d8c5b7e1f40\", not the string \"abc\"")]
    [InlineData("caseId", "null", "must not be null; omit the field or give a value")]
    [InlineData("actor", "true", "must be a string, not true")]
    [InlineData("agencyId", "{}", "must be a string, not an object")]
    public void AWrongJsonTypeIsExplainedWithTheValueReceived(string field, string value, string message)
    {
        var json = Json(CaseAccepted.TypeName, o => o[field] = JsonNode.Parse(value));

        Assert.Equal(new ContractViolation(field, message), Assert.Single(Failures(json)));
    }

    [Fact]
    public void ALatitudeBeyondTheRangeOfANumberReadsAsInfinityAndFailsTheRangeRule()
    {
        var json = Json(CaseReceived.TypeName, o => o["location"]!["latitude"] = JsonNode.Parse("1e400"));

        Assert.False(ValidationAssert.Validator().TryParseAndValidate(json, out _, out var violations));

        Assert.Equal(new ContractViolation("location.latitude", "must be between -90 and 90 degrees (got Infinity)"), Assert.Single(violations));
    }

    [Fact]
    public void AnInstantWithoutOffsetIsExplained()
    {
        var v = Assert.Single(Failures(Json(CaseAccepted.TypeName, o => o["occurredAt"] = "2026-03-03T08:00:00")));

        Assert.Equal(new ContractViolation("occurredAt", "must carry an explicit UTC offset (\"+07:00\" or \"Z\"), e.g. \"2026-03-02T08:15:00+07:00\""), v);
    }

    [Fact]
    public void AWrongTypeInsideAListCarriesTheIndex()
    {
        var v = Assert.Single(Failures(Json(CaseRouted.TypeName, o => o["coordinatingAgencyIds"] = new JsonArray("kh-pc", 5))));

        Assert.Equal(new ContractViolation("coordinatingAgencyIds[1]", "must be a string, not the number 5"), v);
    }

    [Fact]
    public void ADuplicatedPropertyIsReported()
    {
        var json = Json(CaseAccepted.TypeName, _ => { }).Replace("}", ",\"agencyId\":\"kh-syt\"}");

        Assert.Equal(new ContractViolation("agencyId", "property 'agencyId' appears more than once"), Assert.Single(Failures(json)));
    }

    [Fact]
    public void SeveralProblemsOfDifferentKindsAreAllReported()
    {
        var violations = Failures(Json(CaseReceived.TypeName, o =>
        {
            o["channel"] = "fax";
            o["sequence"] = 1.5;
            o["colour"] = "red";
            o["location"]!.AsObject().Remove("latitude");
        }));

        Assert.Equal(["channel", "colour", "location.latitude", "sequence"], violations.Select(v => v.Field).Order());
    }

    [Theory]
    [InlineData("[1,2]", "an event must be a JSON object, not an array")]
    [InlineData("null", "an event must be a JSON object, not null")]
    [InlineData("\"case.received\"", "an event must be a JSON object, not the string \"case.received\"")]
    [InlineData("   ", "the event is empty; expected a JSON object")]
    public void SomethingOtherThanAnObjectIsRefusedAsAWhole(string json, string message)
    {
        Assert.Equal(new ContractViolation("", message), Assert.Single(Failures(json)));
    }

    [Fact]
    public void MalformedJsonGivesTheOneBasedPosition()
    {
        var v = Assert.Single(Failures("{\"type\":\"case.accepted\",\n\"caseId\": \"KH-1"));

        Assert.Equal("", v.Field);
        Assert.StartsWith("malformed JSON at line 2, byte ", v.Message);
    }

    [Fact]
    public void AnEventOfAnotherContractVersionIsRefusedForItsVersionNotForItsUnknownFields()
    {
        var json = Json(CaseRouted.TypeName, o =>
        {
            o["version"] = 2;
            o["priority"] = "high";
            o["type"] = "case.assigned";
        });

        Assert.Equal(new ContractViolation("version", "contract version 2 is not supported; this consumer reads version 1"), Assert.Single(Failures(json)));
    }

    [Fact]
    public void AVersionTwoEventThatHappensToReadIsRefusedByValidation()
    {
        var json = Json(CaseRouted.TypeName, o => o["version"] = 2);

        Assert.True(CaseEventValidator.TryParse(json, out var e, out _));
        Assert.False(ValidationAssert.Validator().TryParseAndValidate(json, out _, out var violations));
        Assert.Equal("version", Assert.Single(violations).Field);
        Assert.Equal(2, e.Version);
    }

    [Fact]
    public void ProducerTextIsQuotedShortAndWithoutControlCharacters()
    {
        var v = Assert.Single(Failures(Json(CaseAccepted.TypeName, o => o["type"] = "case.\u0007" + new string('x', 100))));

        Assert.Contains("'case.?xxxxxxxxxx", v.Message);
        Assert.Contains("…'", v.Message);
        Assert.DoesNotContain('\u0007', v.Message);
    }

    [Fact]
    public void TheFieldOfASerializerPathDropsTheRoot()
    {
        Assert.Equal("location.latitude", JsonShapeDiagnosis.FieldOf("$.location.latitude"));
        Assert.Equal("coordinatingAgencyIds[1]", JsonShapeDiagnosis.FieldOf("$.coordinatingAgencyIds[1]"));
        Assert.Equal("['odd name']", JsonShapeDiagnosis.FieldOf("$['odd name']"));
        Assert.Equal("", JsonShapeDiagnosis.FieldOf("$"));
        Assert.Equal("", JsonShapeDiagnosis.FieldOf(null));
    }
}
