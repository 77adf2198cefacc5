using Ioc.Data.Notifications;
using Ioc.Hub.Reminders.Templates;

namespace Ioc.Hub.Tests.Reminders;

public sealed class TemplateTextTests
{
    [Fact]
    public void PlaceholdersAreFilledAndDoubledBracesStayLiteral()
    {
        var text = TemplateText.Fill("PAKN {case_code} của {agency} {{mẫu}}", new Dictionary<string, string> { ["case_code"] = "KH-1", ["agency"] = "Sở Xây dựng" });
        Assert.Equal("PAKN KH-1 của Sở Xây dựng {mẫu}", text);
    }

    [Fact]
    public void AValueIsInsertedAsItIsNeverReadAsAPlaceholder()
    {
        var text = TemplateText.Fill("{reason}", new Dictionary<string, string> { ["reason"] = "{case_code} <script>alert(1)</script>" });
        Assert.Equal("{case_code} <script>alert(1)</script>", text);
    }

    [Fact]
    public void AnUnknownPlaceholderIsRefusedWithTheKnownOnes()
    {
        var problems = TemplateText.Check(NotificationChannels.Zalo, null, "Nhắc {case_code} hạn {han_chot}", 335);
        var problem = Assert.Single(problems);
        Assert.Contains("{han_chot}", problem);
        Assert.Contains("{deadline}", problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyTemplateIsRefused(string body) =>
        Assert.Contains("trống", Assert.Single(TemplateText.Check(NotificationChannels.Sms, null, body, 335)));

    [Fact]
    public void AnSmsTemplateTooLongWithSampleValuesIsRefused()
    {
        var body = "Danh sách: {list} " + new string('a', 100);
        Assert.Contains(TemplateText.Check(NotificationChannels.Sms, null, body, 160), p => p.Contains("SMS"));
        Assert.Empty(TemplateText.Check(NotificationChannels.Email, "Tiêu đề", body, 160));
    }

    [Fact]
    public void AnEmailNeedsASubjectAndBracesMustPair()
    {
        Assert.Contains(TemplateText.Check(NotificationChannels.Email, null, "Nội dung", 335), p => p.Contains("tiêu đề"));
        Assert.Contains(TemplateText.Check(NotificationChannels.Zalo, null, "Nội dung {case_code", 335), p => p.Contains("ngoặc"));
    }

    [Fact]
    public void ScriptInATemplateIsKeptAsTextNotRefused()
    {
        // Messages are plain text on every channel and the console renders them as text: markup is harmless, so it is kept verbatim.
        Assert.Empty(TemplateText.Check(NotificationChannels.InApp, null, "<script>alert('x')</script> {case_code}", 335));
    }

    [Fact]
    public void EveryDefaultTemplateIsValidAndItsSmsFitsTheLimit()
    {
        foreach (var kind in TemplateKinds.All)
        {
            foreach (var channel in DefaultTemplates.Channels)
            {
                var text = DefaultTemplates.For(kind, channel);
                Assert.True(TemplateText.Check(channel, text.Subject, text.Body, 335) is { Count: 0 } ok, $"{kind}/{channel}: {string.Join(" ", TemplateText.Check(channel, text.Subject, text.Body, 335))}");
            }
        }
    }
}
