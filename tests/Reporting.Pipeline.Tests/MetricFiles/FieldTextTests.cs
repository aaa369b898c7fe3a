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

    [Fact]
    public void ParseDate_EveryTenCharacterForm_MatchesTheGeneralParser()
    {
        // The fast path for dd/mm/yyyy and yyyy-mm-dd must agree with DateOnly.TryParseExact on
        // every day of 2015-2017, on impossible days and months, and on years 0000 and 9999.
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
        var texts = new List<string>();
        for (var day = new DateOnly(2015, 1, 1); day.Year < 2018; day = day.AddDays(1))
        {
            texts.Add(day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
            texts.Add(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        texts.AddRange(["00/01/2016", "32/01/2016", "31/04/2016", "30/02/2016", "29/02/2000", "29/02/1900", "01/00/2016", "01/13/2016",
            "01/01/0000", "01/01/0001", "31/12/9999", "2016-00-01", "2016-13-01", "2016-02-30", "0000-01-01", "9999-12-31", "2016-1a-01", "1a/01/2016", "+1/01/2016"]);
        foreach (var text in texts)
        {
            DateOnly? expected = DateOnly.TryParseExact(text, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
            Assert.True(expected == FieldText.ParseDate(text), text);
        }
    }

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
