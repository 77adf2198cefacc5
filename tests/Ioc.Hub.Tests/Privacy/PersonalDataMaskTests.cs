using System.Text;
using Ioc.Hub.Privacy;

namespace Ioc.Hub.Tests.Privacy;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "N.V.A.")]
    [InlineData("Trần Thị Ánh Tuyết", "T.T.Á.T.")]
    [InlineData("Đỗ Ánh", "Đ.Á.")]
    [InlineData("  lê   hữu   ước ", "L.H.Ư.")]
    [InlineData("Lan", "L.")]
    [InlineData("Công ty TNHH Hải Âu", "C.T.T.H.Â.")]
    [InlineData("<script>alert(1)</script>", "***")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void NamesBecomeInitials(string? name, string? masked) => Assert.Equal(masked, PersonalDataMask.Name(name));

    [Fact]
    public void DecomposedVietnameseKeepsItsDiacriticsInTheInitials()
    {
        var decomposed = "Ưng Ấu".Normalize(NormalizationForm.FormD);

        Assert.Equal("Ư.Ấ.", PersonalDataMask.Name(decomposed));
    }

    [Theory]
    [InlineData("0905123456", "*******456")]
    [InlineData("0905 123 456", "**** *** 456")]
    [InlineData("0905.123.456", "****.***.456")]
    [InlineData("+84 905 123 456", "+** *** *** 456")]
    [InlineData("84905123456", "********456")]
    [InlineData("(0258) 3822 123", "(****) **** 123")]
    [InlineData("1022", "***")]
    [InlineData("gọi 0905123456", "***")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void PhonesKeepOnlyTheirLastThreeDigits(string? phone, string? masked) => Assert.Equal(masked, PersonalDataMask.Phone(phone));

    [Theory]
    [InlineData("079203001234", "*********234")]
    [InlineData("225123456", "******456")]
    [InlineData("12AB", "***")]
    [InlineData(null, null)]
    public void IdNumbersKeepOnlyTheirLastThreeDigits(string? id, string? masked) => Assert.Equal(masked, PersonalDataMask.IdNumber(id));

    [Theory]
    [InlineData("an.nguyen@gmail.com", "a***@g***.com")]
    [InlineData("ánh@bưuđiện.vn", "á***@b***.vn")]
    [InlineData("not-an-address", "***")]
    [InlineData("a@b", "***")]
    [InlineData("@gmail.com", "***")]
    [InlineData(null, null)]
    public void EmailsKeepTheirFirstLettersAndTopLevelDomain(string? email, string? masked) => Assert.Equal(masked, PersonalDataMask.Email(email));

    [Theory]
    [InlineData("12 Trần Phú, phường Lộc Thọ, TP Nha Trang", "***, TP Nha Trang")]
    [InlineData("Thôn 3, xã Tân Hòa", "***, xã Tân Hòa")]
    [InlineData("12 Trần Phú", "***")]
    [InlineData(null, null)]
    public void AddressesKeepOnlyTheirLastPart(string? address, string? masked) => Assert.Equal(masked, PersonalDataMask.Address(address));
}
