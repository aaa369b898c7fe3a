using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class IdentifierIndexTests
{
    [Fact]
    public void Add_SameIdInAnotherCase_IsARepeat()
    {
        var ids = new IdentifierIndex();

        Assert.True(ids.Add("CIN001"));
        Assert.False(ids.Add("cin001"));
        Assert.True(ids.Add("CIN0010"));
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public void Add_CaseSensitive_TellsIdsInAnotherCaseApart()
    {
        var ids = new IdentifierIndex(ignoreCase: false);

        Assert.True(ids.Add("M1"));
        Assert.True(ids.Add("m1"));
        Assert.False(ids.Add("M1"));
    }

    [Fact]
    public void NumberOf_NumbersIdsInTheOrderFirstSeen()
    {
        var ids = new IdentifierIndex();

        Assert.Equal([0, 1, 0, 2, 1], ((string[])["C1", "C2", "c1", "", "C2"]).Select(id => ids.NumberOf(id)));
    }

    [Fact]
    public void Add_ManyIds_EachIsFoundAgainAfterTheTableGrows()
    {
        var ids = new IdentifierIndex();
        var all = Enumerable.Range(0, 100_000).Select(n => $"Child-{n:x}").ToList();

        Assert.All(all, id => Assert.True(ids.Add(id)));
        Assert.All(all, id => Assert.False(ids.Add(id.ToUpperInvariant())));
        Assert.Equal(all.Count, ids.Count);
        Assert.Equal(99_999, ids.NumberOf("CHILD-1869F"));
    }
}
