using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class FieldTextTests
{
    [Theory]
    [InlineData("21/06/2019", "2019-06-21")]
    [InlineData("1/6/2019", "2019-06-01")]
    [InlineData(" 2019-06-21 ", "2019-06-21")]
    [InlineData("2019-06-21T00:00:00", "2019-06-21")]
    [InlineData("2019-06-21 00:00:00", "2019-06-21")]
    [InlineData("21/06/2019 00:00", "2019-06-21")]
    [InlineData("29/02/2016", "2016-02-29")]
    public void ParseDate_DfeAndIsoForms_GiveTheDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FieldText.ParseDate(text));

    [Theory]
    [InlineData("31/02/2016")]
    [InlineData("29/02/2017")]
    [InlineData("06/21/2019")]
    [InlineData("2019/06/21")]
    [InlineData("21-06-2019")]
    [InlineData("21/06/19")]
    [InlineData("yesterday")]
    [InlineData("21/06/2019 next")]
    [InlineData("")]
    public void ParseDate_AnythingElse_IsNull(string text) => Assert.Null(FieldText.ParseDate(text));

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("-3", -3)]
    [InlineData(" 12 ", 12)]
    public void ParseNumber_PlainNumbers_Parse(string text, double expected) => Assert.Equal((decimal)expected, FieldText.ParseNumber(text));

    [Theory]
    [InlineData("1,000")]
    [InlineData("50%")]
    [InlineData("1e3")]
    [InlineData("one")]
    public void ParseNumber_AnythingElse_IsNull(string text) => Assert.Null(FieldText.ParseNumber(text));
}
