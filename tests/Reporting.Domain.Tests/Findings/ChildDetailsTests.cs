using Reporting.Domain.Findings;

namespace Reporting.Domain.Tests.Findings;

public class ChildDetailsTests
{
    [Theory]
    [InlineData("LA090000")] // SSDA903 CHILD, as the sample writes it
    [InlineData("CIN0900000")] // CIN LAchildID
    [InlineData("SW090001")] // a worker's id
    [InlineData("A123456789012")] // a UPN
    [InlineData("943 476 5919")] // an NHS number
    [InlineData("C123")]
    public void LooksLike_IdentifierShapes_AreIdentifiersWhateverTheFile(string value)
    {
        Assert.Equal(ChildDetails.Identifier, ChildDetails.LooksLike(value, datesMayBeBirthDates: false));
        Assert.Equal(ChildDetails.Identifier, ChildDetails.LooksLike(value, datesMayBeBirthDates: true));
    }

    [Theory]
    [InlineData("AB1 2CD")]
    [InlineData("ab12cd")]
    [InlineData("ZZ9 9ZZ")]
    [InlineData("SW1A 1AA")]
    public void LooksLike_Postcodes_ArePostcodes(string value) =>
        Assert.Equal(ChildDetails.Postcode, ChildDetails.LooksLike(value, datesMayBeBirthDates: false));

    [Theory]
    [InlineData("01/06/2000")]
    [InlineData("2003-01-01")]
    [InlineData("1/6/00")]
    [InlineData("31/02/2016")]
    [InlineData("21/06/2019 00:00")]
    public void LooksLike_DatesInRecordFiles_CouldBeDatesOfBirthButNotInConfigFiles(string value)
    {
        Assert.Equal(ChildDetails.BirthDate, ChildDetails.LooksLike(value, datesMayBeBirthDates: true));
        Assert.Null(ChildDetails.LooksLike(value, datesMayBeBirthDates: false));
    }

    [Theory]
    [InlineData("V3")]
    [InlineData("RC1")]
    [InlineData("1A")]
    [InlineData("N10")]
    [InlineData("lots")]
    [InlineData("-2")]
    [InlineData("0.5")]
    [InlineData("120")]
    [InlineData("2017-18-Q2")]
    [InlineData("same as row 3")]
    [InlineData("North team")]
    [InlineData("Q2 3rd")]
    public void LooksLike_CodesNumbersAndWords_AreSafeToQuote(string value) =>
        Assert.Null(ChildDetails.LooksLike(value, datesMayBeBirthDates: true));

    [Theory]
    [InlineData("1310", false, true)]
    [InlineData("1310", true, false)]
    public void LooksLike_LongWholeNumbers_AreIdentifiersOnlyInRecordFiles(string value, bool recordFile, bool safe) =>
        Assert.Equal(safe, ChildDetails.LooksLike(value, recordFile) is null);

    [Theory]
    [InlineData("CHILD")]
    [InlineData("dob")]
    [InlineData("LAchildID")]
    [InlineData("PersonBirthDate")]
    [InlineData("HOME_POST")]
    [InlineData("worker_id")]
    public void MayHold_IdentifyingColumns_AreNeverQuoted(string column)
    {
        Assert.True(ChildDetails.MayHold(column));
        Assert.Null(new Finding(Severity.Error, "f.csv", "rule", 2, column, "x").Value);
    }

    [Fact]
    public void Finding_ValueShapedLikeAChildsDetails_IsNotGivenBackNorPrinted()
    {
        var finding = new Finding(Severity.Error, "measures.csv", "is not a known indicator", 2, "indicator", "LA090000");

        Assert.Null(finding.Value);
        Assert.Null((finding with { Value = "AB1 2CD" }).Value);
        Assert.DoesNotContain("LA090000", finding.ToString(), StringComparison.Ordinal);
        Assert.Equal("lots", (finding with { Value = "lots" }).Value);
    }

    [Theory]
    [InlineData("LA090000 born 01/06/2000 at AB1 2CD", "a postcode and a date of birth and a child's identifier (a UPN, NHS number or child id)")]
    [InlineData("The child (DOB 03/04/2009) lives at ZZ9 9ZZ.", "a postcode and a date of birth")]
    [InlineData("Child ID: 12345 was seen.", "a child's identifier (a UPN, NHS number or child id)")]
    public void Find_FreeTextWithAChildsDetails_SaysWhichKinds(string text, string kinds) =>
        Assert.Equal(kinds, ChildDetails.Find(text));

    [Theory]
    [InlineData("Referrals fell to 1,310 in 2017/18 Q2 (July to September 2017), against 1,340 in Q1.")]
    [InlineData("The review on 30/09/2017 agreed the plan; Priority 4 is on track.")]
    [InlineData("Caseloads average 14.2 per social worker; 80.0% are permanent.")]
    public void Find_OrdinaryCommentary_FindsNothing(string text) => Assert.Null(ChildDetails.Find(text));
}
