using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.Tests.Composition;

public class DisclosureTests
{
    private static readonly FinancialQuarter Quarter = FinancialQuarter.From("2016-17-Q2");

    [Theory]
    [InlineData(0, false)]   // a true zero is shown
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void MustSuppress_Counts_OneToFiveHidden(int count, bool hidden)
    {
        var definition = IndicatorCatalogue.Get(IndicatorCatalogue.MissingEpisodes);

        Assert.Equal(hidden, Disclosure.MustSuppress(definition, IndicatorValue.Available(definition.Id, Quarter, count, "test")));
    }

    [Theory]
    [InlineData(3, 40, true)]    // 7.5%: numerator 3
    [InlineData(2, 4, true)]     // 50%: denominator 4
    [InlineData(0, 4, true)]     // 0%: the denominator is still small
    [InlineData(0, 40, false)]
    [InlineData(12, 40, false)]
    public void MustSuppress_Percentages_SmallNumeratorOrDenominatorHidden(int numerator, int denominator, bool hidden)
    {
        var definition = IndicatorCatalogue.Get(IndicatorCatalogue.ReturnInterviewHeld);

        Assert.Equal(hidden, Disclosure.MustSuppress(definition, IndicatorValue.FromParts(definition, Quarter, numerator, denominator, "test")));
    }
}
