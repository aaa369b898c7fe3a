using System.Text;
using Reporting.Functions.Invocations;

namespace Reporting.Functions.Tests.Invocations;

public sealed class TimerInvocationTests
{
    [Fact]
    public void Parse_DocumentedShape_ReadsPastDueAndScheduleStatus()
    {
        var payload = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2016-07-05T06:00:00+00:00","Next":"2016-10-05T06:00:00+00:00","LastUpdated":"2016-07-05T06:00:00+00:00"},"IsPastDue":true}},"Metadata":{}}""";

        var invocation = TimerInvocation.Parse(Encoding.UTF8.GetBytes(payload));

        Assert.True(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2016, 10, 5, 6, 0, 0, TimeSpan.Zero), invocation.NextRun);
        Assert.Null(invocation.Problem);
    }

    [Fact]
    public void Parse_TruncatedJson_ReportsTheProblemInsteadOfThrowing()
    {
        var invocation = TimerInvocation.Parse(Encoding.UTF8.GetBytes("""{"Data":{"timer":{"""));

        Assert.False(invocation.IsPastDue);
        Assert.Contains("not JSON", invocation.Problem);
    }
}
