using Ioc.Hub.Cases.Events;
using static Ioc.Hub.Tests.Cases.Events.ValidationAssert;

namespace Ioc.Hub.Tests.Cases.Events;

public class TextRuleTests
{
    [Theory]
    [InlineData("Đã khắc phục.\nĐèn sáng bình thường.")]
    [InlineData("Dòng 1\r\nDòng 2")]
    [InlineData("Cột\t14")]
    public void MultiLineTextMayContainLineBreaksAndTabs(string reason) =>
        Valid(Sample<CaseReturned>() with { Reason = reason });

    [Theory]
    [InlineData("Lý do\u0000", 5)]
    [InlineData("\u001b[31mđỏ", 0)]
    [InlineData("ngắt\u0085dòng", 4)]
    [InlineData("xóa\u007f", 3)]
    public void OtherControlCharactersAreRefusedWithTheirPosition(string reason, int position)
    {
        var message = Refused(Sample<CaseReturned>() with { Reason = reason }, "reason");

        Assert.StartsWith("must not contain control characters other than line breaks and tabs (found U+", message);
        Assert.EndsWith($"at position {position})", message);
    }

    [Theory]
    [InlineData("kh-sxd\n")]
    [InlineData("kh-\tsxd")]
    public void CodesAndIdsAreSingleLinesWithoutAnyControlCharacter(string agencyId) =>
        Assert.StartsWith("must be a single line without control characters", Refused(Sample<CaseAccepted>() with { AgencyId = agencyId }, "agencyId"));

    [Fact]
    public void VietnameseTextIsAcceptedAsIs() =>
        Valid(Sample<CaseReopened>() with { Reason = "Người dân đánh giá “Không hài lòng” – đề nghị xử lý lại 🙏" });

    [Fact]
    public void AnOptionalFieldIsOmittedRatherThanSentEmpty() =>
        Assert.Equal("must not be blank; omit the field when there is nothing to say",
            Refused(Sample<CaseRouted>() with { Reason = "" }, "reason"));
}
