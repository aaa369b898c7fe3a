using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class ActionsFileTests
{
    private const string Header = "indicator,action,owner,due_date,status\n";

    [Fact]
    public void Read_GoodRow_IsAnActionWithOwnerDueDateAndStatus()
    {
        var findings = new FindingList();

        var action = Assert.Single(ActionsFile.Read(TestQuarter.Input("2017-18-Q2/actions.csv", Header + "sw-agency-rate,Cap agency rates,\"Head of workforce, north\",31/03/2018,In progress\n"), findings));

        Assert.Empty(findings);
        Assert.Equal(("sw-agency-rate", "Head of workforce, north", new DateOnly(2018, 3, 31), ActionStatus.InProgress), (action.IndicatorId, action.Owner, action.Due, action.Status));
    }

    [Theory]
    [InlineData("sw-agency-rat,Cap rates,Head,31/03/2018,complete", "indicator", "sw-agency-rat")]
    [InlineData("sw-agency-rate,,Head,31/03/2018,complete", "action", null)]
    [InlineData("sw-agency-rate,Cap rates,,31/03/2018,complete", "owner", null)]
    [InlineData("sw-agency-rate,Cap rates,Head,March 2018,complete", "due_date", "March 2018")]
    [InlineData("sw-agency-rate,Cap rates,Head,31/03/2018,nearly done", "status", "nearly done")]
    public void Read_BadRow_IsAnErrorNamingRowColumnAndValue(string row, string column, string? value)
    {
        var findings = new FindingList();

        var actions = ActionsFile.Read(TestQuarter.Input("2017-18-Q2/actions.csv", Header + row + "\n"), findings);

        Assert.Empty(actions);
        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Error, "2017-18-Q2/actions.csv", 2, column, value), (finding.Severity, finding.File, finding.Row, finding.Column, finding.Value));
    }

    [Fact]
    public void StatusText_PastDueAndNotComplete_IsOverdue()
    {
        var action = new ImprovementAction("sw-agency-rate", "Cap rates", "Head", new DateOnly(2017, 9, 30), ActionStatus.InProgress);

        Assert.Equal("overdue", action.StatusText(new DateOnly(2017, 11, 6)));
        Assert.Equal("in progress", action.StatusText(new DateOnly(2017, 9, 30)));
    }
}
