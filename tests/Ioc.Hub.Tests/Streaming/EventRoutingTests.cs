using Ioc.Hub.Streaming;

namespace Ioc.Hub.Tests.Streaming;

public sealed class EventRoutingTests
{
    [Theory]
    [InlineData("""{"type":"ioc.note-added","caseId":"KH-2026-000123","note":"x"}""")]
    [InlineData("""{"note":{"caseId":"nested"},"CaseId":"KH-2026-000123"}""")]
    public void CaseIdIsReadFromTheTopLevelWhateverItsCase(string json)
    {
        Assert.True(EventRouting.TryReadCaseId(json, out var caseId, out _));
        Assert.Equal("KH-2026-000123", caseId);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"note":"x"}""", "no 'caseId'")]
    [InlineData("""{"caseId":42}""", "not a non-empty string")]
    [InlineData("""{"caseId":""}""", "not a non-empty string")]
    public void UnroutableEventsAreRefusedWithAReason(string json, string reason)
    {
        Assert.False(EventRouting.TryReadCaseId(json, out _, out var error));
        Assert.Contains(reason, error);
    }
}
