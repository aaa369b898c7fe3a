using Reporting.Domain.Councils;

namespace Reporting.Domain.Tests.Councils;

public class CouncilCodeTests
{
    [Theory]
    [InlineData("933", true)]
    [InlineData(" 933 ", true)]
    [InlineData("93", false)]
    [InlineData("9333", false)]
    [InlineData("abc", false)]
    [InlineData("../", false)]
    [InlineData("９３３", false)]
    [InlineData(null, false)]
    public void Parse_AcceptsOnlyThreeAsciiDigits(string? text, bool valid)
    {
        var result = CouncilCode.Parse(text);

        Assert.Equal(valid, result.Success);
        if (!valid)
        {
            Assert.Contains("three digits", result.Error);
        }
    }
}
