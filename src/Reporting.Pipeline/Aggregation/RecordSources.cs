namespace Reporting.Pipeline.Aggregation;

/// <summary>Every kind of record-level upload the pipeline reads, each yielding its catalogue indicators.</summary>
public static class RecordSources
{
    /// <summary>Workforce, children looked after (SSDA903), missing episodes and children in need, in catalogue priority order.</summary>
    public static IReadOnlyList<IRecordSource> All { get; } =
    [
        new WorkforceSource(),
        new ChildrenInNeedSource(),
        new MissingSource(),
        new LookedAfterSource(),
    ];
}
