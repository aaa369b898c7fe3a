using System.Text;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Publishing;

namespace Reporting.Pipeline.Tests.Publishing;

public sealed class DataQualityJsonTests
{
    [Fact]
    public void ReadFindings_WhatDataQualityJsonWrote_ReadsBackTheSameFindings()
    {
        IReadOnlyList<Finding> written =
        [
            Finding.Error("measures.csv", "the value is not a number", 5, "value", "n/a"),
            Finding.Warning("measures.csv", "unknown column 'x' ignored"),
            new Finding(Severity.Error, "ssda903/header.xml", "missing element", ElementPath: "/Message/Header"),
        ];

        var json = IndicatorsExport.DataQualityJson(CouncilCode.From(933), FinancialQuarter.From("2016-17-Q2"), written);

        Assert.Equal(written, IndicatorsExport.ReadFindings(json));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"findings":"none"}""")]
    [InlineData("{}")]
    public void ReadFindings_DamagedOrEarlierFormat_Empty(string json)
    {
        Assert.Empty(IndicatorsExport.ReadFindings(Encoding.UTF8.GetBytes(json)));
    }
}
