using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class ContextFileTests
{
    [Fact]
    public void Read_ContextAndContactSection_AreSplitAtTheContactHeading()
    {
        var findings = new FindingList();

        var context = ContextFile.Read(TestQuarter.Input("config/context.md", "Ofsted judged the service inadequate in March 2015.\r\n\r\n## Contact\r\n\r\nperformance@sample-county.example\r\n"), findings);

        Assert.Empty(findings);
        Assert.Equal(new CouncilContext("Ofsted judged the service inadequate in March 2015.", "performance@sample-county.example"), context);
    }

    [Fact]
    public void Read_LongerThanAPage_IsAnErrorAndNothingIsPrinted()
    {
        var findings = new FindingList();

        var context = ContextFile.Read(TestQuarter.Input("config/context.md", new string('a', ContextFile.MaxLength + 1)), findings);

        Assert.Null(context);
        Assert.Equal(Severity.Error, Assert.Single(findings).Severity);
    }
}
