using Reporting.Domain.Indicators;

namespace Reporting.Domain.Tests.Indicators;

public sealed class PolarityWordsTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, "higher is better", "Higher is better")]
    [InlineData(Polarity.LowerIsBetter, "lower is better", "Lower is better")]
    [InlineData(Polarity.Neutral, "context only, neither direction is better", "Context only")]
    public void SentenceAndLegend_EachPolarity_SayTheSameThing(Polarity polarity, string sentence, string legend)
    {
        Assert.Equal(sentence, PolarityWords.Sentence(polarity));
        Assert.Equal(legend, PolarityWords.Legend(polarity));
    }
}
