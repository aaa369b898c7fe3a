using Reporting.Domain;

namespace Reporting.Domain.Tests;

public class ExcerptTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("sw-caseload-avg", "sw-caseload-avg")]
    [InlineData("0123456789012345678901234567890123456789", "0123456789012345678901234567890123456789")]
    [InlineData("0123456789012345678901234567890123456789X", "0123456789012345678901234567890123456789…")]
    public void Shorten_Text_KeepsAtMost40CharactersThenAnEllipsis(string text, string expected) =>
        Assert.Equal(expected, Excerpt.Shorten(text));
}
