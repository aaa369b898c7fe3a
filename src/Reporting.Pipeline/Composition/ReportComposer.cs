using Reporting.Domain.Comparison;
using Reporting.Domain.Councils;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// The Compose stage: one <see cref="ReportModel"/> per audience, with every judgement made here
/// (RAG, direction, disclosure control, text of each figure) so renderers only lay out.
/// </summary>
public static class ReportComposer
{
    private const string NotAvailableText = "n/a";
    private const string NoneText = "—";

    public static ReportModel Compose(
        AudienceDefinition audience,
        CouncilCode council,
        string councilName,
        ValidatedQuarter quarter,
        QuarterIndicators indicators,
        string documentId)
    {
        var definitions = audience.Indicators.Count == 0
            ? IndicatorCatalogue.All
            : audience.Indicators.Select(IndicatorCatalogue.Get).ToList();
        var reports = definitions.Select(d => Report(d, audience, quarter, indicators)).ToList();
        return new ReportModel
        {
            Audience = audience,
            Council = council,
            CouncilName = councilName,
            Period = indicators.Period,
            DocumentId = documentId,
            IssueDate = indicators.Period.End,
            Indicators = reports,
            Summary = Summarise(reports),
            Commentary = audience.Commentary ? quarter.Commentary : CommentarySections.Empty,
            Teams = audience.Public ? [] : quarter.Teams,
            Findings = audience.Public ? [] : quarter.Findings,
        };
    }

    /// <summary>Every catalogue indicator, unsuppressed: what indicators.csv and indicators.json publish.</summary>
    public static IReadOnlyList<IndicatorReport> ReportAll(ValidatedQuarter quarter, QuarterIndicators indicators) =>
        IndicatorCatalogue.All.Select(d => Report(d, Internal, quarter, indicators)).ToList();

    private static readonly AudienceDefinition Internal = new()
    {
        Id = "internal",
        Title = "Indicators",
        Readers = "Pipeline",
        Marking = "OFFICIAL-SENSITIVE",
        Sections = [],
    };

    private static IndicatorReport Report(IndicatorDefinition definition, AudienceDefinition audience, ValidatedQuarter quarter, QuarterIndicators indicators)
    {
        var period = indicators.Period;
        var current = indicators.Current[definition.Id];
        var previous = indicators.ValueIn(definition.Id, period.Previous());
        var target = quarter.Targets.For(definition.Id, period);
        var benchmark = quarter.Benchmarks.For(definition.Id, period);
        var suppressed = audience.Public && Disclosure.MustSuppress(definition, current);
        var previousSuppressed = audience.Public && previous is not null && Disclosure.MustSuppress(definition, previous);

        // A hidden figure must not show through its colour or arrow either: a suppressed value
        // gets no status and no direction, and a suppressed previous value is not compared with.
        var comparedPrevious = previousSuppressed ? null : previous?.Value;
        var assessment = suppressed
            ? new Assessment(RagStatus.Grey, Movement.NotComparable, Judgement.NotJudged)
            : Assessment.Of(definition, current.Value, comparedPrevious, target);
        var history = Enumerable.Range(0, QuarterIndicators.TrendLength)
            .Select(back => period.Plus(back - QuarterIndicators.TrendLength + 1))
            .Select(p => Point(definition, audience, p, indicators.ValueIn(definition.Id, p), quarter.Targets.For(definition.Id, p)))
            .ToList();

        return new IndicatorReport
        {
            Definition = definition,
            Current = current,
            Previous = suppressed ? null : comparedPrevious,
            Target = target,
            Benchmark = benchmark,
            Assessment = assessment,
            History = history,
            ValueText = suppressed ? Disclosure.SuppressedMark : Text(definition, current.Value, NotAvailableText),
            PreviousText = previousSuppressed ? Disclosure.SuppressedMark : Text(definition, previous?.Value, NotAvailableText),
            TargetText = Text(definition, target?.Value, NoneText),
            EnglandText = Text(definition, benchmark?.England, NoneText),
            StatisticalNeighboursText = Text(definition, benchmark?.StatisticalNeighbours, NoneText),
            Suppressed = suppressed,
        };
    }

    private static HistoryPoint Point(IndicatorDefinition definition, AudienceDefinition audience, FinancialQuarter period, IndicatorValue? value, Target? target)
    {
        var hidden = value is null || (audience.Public && Disclosure.MustSuppress(definition, value));
        return new HistoryPoint(period, hidden ? null : value!.Value, target?.Value);
    }

    private static string Text(IndicatorDefinition definition, decimal? value, string whenMissing) =>
        value is { } v ? definition.Format(v) : whenMissing;

    private static ExecutiveSummary Summarise(IReadOnlyList<IndicatorReport> reports)
    {
        var visible = reports.Where(r => !r.Suppressed).ToList();
        var moves = visible
            .Where(r => r.Current.Value is not null && r.Previous is { } p && p != 0m)
            .Select(r => (Report: r, Change: Math.Abs((r.Current.Value!.Value - r.Previous!.Value) / r.Previous.Value)))
            .ToList();
        return new ExecutiveSummary(
            OnTarget: visible.Count(r => r.Assessment.Status == RagStatus.Green),
            WithTarget: visible.Count(r => r.Assessment.Status != RagStatus.Grey),
            Improved: visible.Count(r => r.Assessment.Judgement == Judgement.Improved),
            Worsened: visible.Count(r => r.Assessment.Judgement == Judgement.Worsened),
            NotAvailable: reports.Count(r => !r.Current.IsAvailable),
            BiggestImprovements: Biggest(moves, Judgement.Improved),
            BiggestDeteriorations: Biggest(moves, Judgement.Worsened));
    }

    private static List<IndicatorReport> Biggest(List<(IndicatorReport Report, decimal Change)> moves, Judgement judgement) =>
        moves.Where(m => m.Report.Assessment.Judgement == judgement)
            .OrderByDescending(m => m.Change)
            .ThenBy(m => m.Report.Definition.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(m => m.Report)
            .ToList();
}
