using Reporting.Domain.Periods;

namespace Reporting.Domain.Tests.Periods;

public class FinancialQuarterTests
{
    [Theory]
    [InlineData("2016-17-Q1", "2016/17 Q1 (April to June 2016)", "2016-04-01", "2016-06-30")]
    [InlineData("2016-17-Q2", "2016/17 Q2 (July to September 2016)", "2016-07-01", "2016-09-30")]
    [InlineData("2016-17-Q3", "2016/17 Q3 (October to December 2016)", "2016-10-01", "2016-12-31")]
    [InlineData("2016-17-Q4", "2016/17 Q4 (January to March 2017)", "2017-01-01", "2017-03-31")]
    [InlineData("2019-20-Q4", "2019/20 Q4 (January to March 2020)", "2020-01-01", "2020-03-31")]
    [InlineData("2099-00-Q1", null, null, null)]
    public void Parse_StorageForm_GivesLabelAndDates(string text, string? label, string? start, string? end)
    {
        var result = FinancialQuarter.Parse(text);
        if (label is null)
        {
            Assert.False(result.Success);
            return;
        }

        var quarter = result.Value;
        Assert.Equal(label, quarter.Label);
        Assert.Equal(DateOnly.Parse(start!), quarter.Start);
        Assert.Equal(DateOnly.Parse(end!), quarter.End);
        Assert.Equal(text, quarter.ToString());
    }

    [Theory]
    [InlineData("2016-18-Q2", "ends in 17")]
    [InlineData("2016-17-Q5", "yyyy-yy-Qn")]
    [InlineData("2016/17 Q2", "yyyy-yy-Qn")]
    [InlineData("", "yyyy-yy-Qn")]
    [InlineData("../../etc", "yyyy-yy-Qn")]
    public void Parse_BadText_SaysHowToWriteIt(string text, string hint)
    {
        var result = FinancialQuarter.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(hint, result.Error);
    }

    [Fact]
    public void NextAndPrevious_CrossFinancialYears()
    {
        var q4 = FinancialQuarter.From("2015-16-Q4");

        Assert.Equal(FinancialQuarter.From("2016-17-Q1"), q4.Next());
        Assert.Equal(q4, q4.Next().Previous());
        Assert.Equal(FinancialQuarter.From("2014-15-Q1"), q4.Plus(-7));
        Assert.Equal(7, q4.QuartersSince(FinancialQuarter.From("2014-15-Q1")));
    }

    [Fact]
    public void Rolling12Months_AreTheFourQuartersEndingWithIt()
    {
        var range = FinancialQuarter.From("2016-17-Q2").Rolling12Months;

        Assert.Equal(new DateOnly(2015, 10, 1), range.Start);
        Assert.Equal(new DateOnly(2016, 9, 30), range.End);
    }

    [Theory]
    [InlineData("2016-04-01", "2016-17-Q1")]
    [InlineData("2016-09-30", "2016-17-Q2")]
    [InlineData("2017-01-01", "2016-17-Q4")]
    [InlineData("2017-03-31", "2016-17-Q4")]
    public void Containing_PutsDatesInTheirFinancialQuarter(string date, string expected) =>
        Assert.Equal(FinancialQuarter.From(expected), FinancialQuarter.Containing(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2017-10-05", "2017-18-Q2")]
    [InlineData("2018-01-05", "2017-18-Q3")]
    [InlineData("2018-04-05", "2017-18-Q4")]
    public void MostRecentEndedBefore_IsWhatTheTimerReports(string today, string expected) =>
        Assert.Equal(FinancialQuarter.From(expected), FinancialQuarter.MostRecentEndedBefore(DateOnly.Parse(today)));

    [Fact]
    public void Ordering_FollowsTime()
    {
        var quarters = new[] { "2016-17-Q1", "2015-16-Q4", "2016-17-Q3" }.Select(FinancialQuarter.From).Order().Select(q => q.ToString());

        Assert.Equal(["2015-16-Q4", "2016-17-Q1", "2016-17-Q3"], quarters);
    }
}
