using Microsoft.AspNetCore.Http;
using Reporting.Functions.Http;

namespace Reporting.Functions.Tests.Http;

public sealed class EntityTagsTests
{
    private const string Tag = "\"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\"";

    private static HttpRequest Request(string? ifNoneMatch)
    {
        var context = new DefaultHttpContext();
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        return context.Request;
    }

    [Theory]
    [InlineData(Tag, true)]
    [InlineData("\"other\", " + Tag, true)]
    [InlineData("\"other\",\"another\"", false)]
    [InlineData("*", true)]
    [InlineData("W/" + Tag, true)]
    [InlineData(null, false)]
    [InlineData("\"other\"", false)]
    public void NotModified_IfNoneMatch_MatchesTheTagInAListWeaklyOrAsAny(string? ifNoneMatch, bool expected)
    {
        Assert.Equal(expected, EntityTags.NotModified(Request(ifNoneMatch), Tag));
    }
}
