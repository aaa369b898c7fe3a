using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
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
    /// <summary>How a missing figure is printed; renderers give screen readers "not available" for it.</summary>
    public const string NotAvailableText = "n/a";
    private const string NoTargetText = "none";

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
        var baseline = BaselineOf(quarter, indicators);
        var reports = definitions.Select(d => Report(d, audience, quarter, indicators, baseline)).ToList();
        var dates = quarter.ReviewDates.For(indicators.Period);
        return new ReportModel
        {
            Audience = audience,
            Council = council,
            CouncilName = councilName,
            Period = indicators.Period,
            DocumentId = documentId,
            IssueDate = dates?.Issued,
            MeetingDate = dates?.Meeting,
            Baseline = baseline,
            Indicators = reports,
            Summary = Summarise(reports),
            Commentary = audience.Commentary ? quarter.Commentary : CommentarySections.Empty,
            Context = audience.Sections.Contains(ReportSection.Context) ? quarter.Context?.Context : null,
            Contact = quarter.Context?.Contact,
            Teams = audience.Public ? [] : quarter.Teams,
            Findings = audience.Public ? [] : quarter.Findings,
        };
    }

    /// <summary>Every catalogue indicator, unsuppressed: what indicators.csv and indicators.json publish.</summary>
    public static IReadOnlyList<IndicatorReport> ReportAll(ValidatedQuarter quarter, QuarterIndicators indicators)
    {
        var baseline = BaselineOf(quarter, indicators);
        return IndicatorCatalogue.All.Select(d => Report(d, Internal, quarter, indicators, baseline)).ToList();
    }

    /// <summary>The configured baseline when it is within the history's reach, else the earliest quarter with figures.</summary>
    private static FinancialQuarter BaselineOf(ValidatedQuarter quarter, QuarterIndicators indicators) =>
        quarter.Baseline is { } configured && QuarterIndicators.WithinReach(indicators.Period, configured)
            ? configured
            : indicators.Earliest;

    private static readonly AudienceDefinition Internal = new()
    {
        Id = "internal",
        Title = "Indicators",
        Readers = "Pipeline",
        Marking = "OFFICIAL-SENSITIVE",
        Sections = [],
    };

    private static IndicatorReport Report(IndicatorDefinition definition, AudienceDefinition audience, ValidatedQuarter quarter, QuarterIndicators indicators, FinancialQuarter baseline)
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
        var length = Math.Max(QuarterIndicators.TrendLength, period.QuartersSince(baseline) + 1);
        var history = Enumerable.Range(0, length)
            .Select(back => period.Plus(back - length + 1))
            .Select(p => Point(definition, audience, p, indicators.ValueIn(definition.Id, p), quarter.Targets.For(definition.Id, p), quarter.Benchmarks.For(definition.Id, p)))
            .ToList();
        string Earlier(FinancialQuarter p) => Shown(definition, audience, indicators.ValueIn(definition.Id, p));

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
            CountText = suppressed || (audience.Public && (definition.Unit != IndicatorUnit.Percent || !WholeCounts(current))) ? null : CountsOf(definition, current),
            PreviousText = previousSuppressed ? Disclosure.SuppressedMark : Text(definition, previous?.Value, NotAvailableText),
            BaselineText = Earlier(baseline),
            YearAgoText = Earlier(period.Plus(-4)),
            TargetText = Text(definition, target?.Value, NoTargetText),
            TolerancePercentText = target is { Tolerance: { } t } && t != Target.DefaultTolerance ? string.Create(CultureInfo.InvariantCulture, $"{t * 100:0.#}%") : null,
            ToleranceBandText = target is { Tolerance: { } band } && band != Target.DefaultTolerance ? BandOf(definition, Assessment.Tolerance(definition, target)) : null,
            NotKnownText = suppressed ? null : NotKnownOf(definition, audience, current),
            ChangeText = suppressed ? null : ChangeOf(definition, current.Value, comparedPrevious),
            EnglandText = WithYear(definition, benchmark?.England, benchmark),
            StatisticalNeighboursText = WithYear(definition, benchmark?.StatisticalNeighbours, benchmark),
            Suppressed = suppressed,
            Actions = quarter.Actions.Where(a => a.IndicatorId == definition.Id).OrderBy(a => a.Due).ToList(),
            QualityWarnings = current.IsAvailable ? WarningsAbout(current.Source, quarter).Count : 0,
            QualityFindings = current.IsAvailable && !audience.Public ? WarningsAbout(current.Source, quarter) : [],
        };
    }

    /// <summary>"±0.75 points": how far from its target a figure may be and still be amber, in the figure's own unit.</summary>
    private static string BandOf(IndicatorDefinition definition, decimal band)
    {
        var text = band.ToString("0.##", CultureInfo.InvariantCulture);
        return definition.Unit == IndicatorUnit.Percent ? $"±{text} {(band == 1m ? "point" : "points")}" : $"±{text}";
    }

    /// <summary>"3 of 480 not known", the cohort members whose category is not known (hidden as "c" for the public when from 1 to 5).</summary>
    private static string? NotKnownOf(IndicatorDefinition definition, AudienceDefinition audience, IndicatorValue current)
    {
        if (current.NotKnown is not { } unknown || current.Denominator is not { } cohort)
        {
            return null;
        }

        var count = audience.Public && Disclosure.IsSmall(unknown) ? Disclosure.SuppressedMark : unknown.ToString("N0", CultureInfo.InvariantCulture);
        return $"{count} of {cohort.ToString("N0", CultureInfo.InvariantCulture)} not known";
    }

    private static HistoryPoint Point(IndicatorDefinition definition, AudienceDefinition audience, FinancialQuarter period, IndicatorValue? value, Target? target, Benchmark? benchmark)
    {
        var hidden = value is null || (audience.Public && Disclosure.MustSuppress(definition, value));
        return new HistoryPoint(period, hidden ? null : value!.Value, target?.Value, benchmark?.England);
    }

    /// <summary>Warnings about the files a figure came from ("missing.csv", "measures.csv row 4"): used, but to be checked.</summary>
    private static IReadOnlyList<Finding> WarningsAbout(string source, ValidatedQuarter quarter)
    {
        var files = source.Split([' ', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || t.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return files.Length == 0 ? []
            : [.. quarter.Findings.Where(f => f.Severity == Severity.Warning && files.Any(name => f.File.EndsWith(name, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>An earlier quarter's figure as printed: suppressed for public audiences like the current one.</summary>
    private static string Shown(IndicatorDefinition definition, AudienceDefinition audience, IndicatorValue? value) =>
        value is not null && audience.Public && Disclosure.MustSuppress(definition, value) ? Disclosure.SuppressedMark
        : Text(definition, value?.Value, NotAvailableText);

    private static string Text(IndicatorDefinition definition, decimal? value, string whenMissing) =>
        value is { } v ? definition.Format(v) : whenMissing;

    /// <summary>A comparator with the year it describes, "15.1% (2016)", so nobody reads a 2016 figure as this year's.</summary>
    private static string WithYear(IndicatorDefinition definition, decimal? value, Benchmark? benchmark) =>
        value is { } v ? $"{definition.Format(v)} ({benchmark!.Year})"
        : definition.EnglandPublication is null ? NotAvailableText
        : ReviewWording.NotHeldText;

    /// <summary>
    /// The numerator and denominator behind a percentage: whole counts as "1,056 of 1,200", full-time
    /// equivalents with one decimal; behind a ratio of full-time equivalents, "1,676 cases ÷ 118.0 FTE".
    /// </summary>
    internal static string? CountsOf(IndicatorDefinition definition, IndicatorValue value)
    {
        if (value.Numerator is not { } top || value.Denominator is not { } bottom || !value.IsAvailable)
        {
            return null;
        }

        if (definition.Unit == IndicatorUnit.Ratio)
        {
            return definition.Id == IndicatorCatalogue.CaseloadAverage
                ? string.Create(CultureInfo.InvariantCulture, $"{top:N0} cases ÷ {bottom:N1} FTE")
                : string.Create(CultureInfo.InvariantCulture, $"{top:N1} ÷ {bottom:N1} FTE");
        }

        if (definition.Unit != IndicatorUnit.Percent)
        {
            return null;
        }

        var whole = top == decimal.Truncate(top) && bottom == decimal.Truncate(bottom);
        return whole
            ? string.Create(CultureInfo.InvariantCulture, $"{top:N0} of {bottom:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{top:0.0} of {bottom:0.0} FTE");
    }

    /// <summary>Whether a figure's counts are whole (children, not full-time equivalents): the public is shown only those, and only behind percentages.</summary>
    private static bool WholeCounts(IndicatorValue value) =>
        value.Numerator is not { } top || value.Denominator is not { } bottom || (top == decimal.Truncate(top) && bottom == decimal.Truncate(bottom));

    /// <summary>"up 4.0 points" for percentages, "down 0.3" otherwise, on the figures as printed.</summary>
    private static string? ChangeOf(IndicatorDefinition definition, decimal? current, decimal? previous)
    {
        if (current is not { } now || previous is not { } before)
        {
            return null;
        }

        var change = definition.Round(now) - definition.Round(before);
        if (change == 0m)
        {
            return "no change";
        }

        var size = Math.Abs(change).ToString("N" + definition.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var points = definition.Unit == IndicatorUnit.Percent ? (Math.Abs(change) == 1m ? " point" : " points") : string.Empty;
        return $"{(change > 0 ? "up" : "down")} {size}{points}";
    }

    private static ExecutiveSummary Summarise(IReadOnlyList<IndicatorReport> reports)
    {
        var visible = reports.Where(r => !r.Suppressed).ToList();
        var moves = visible
            .Where(r => r.Current.Value is not null && r.Previous is not null && r.Target is { Value: not 0m } && !FarPastTarget(r))
            .Select(r => (Report: r, Change: SizeOfMove(r)))
            .ToList();
        return new ExecutiveSummary(
            OnTarget: visible.Count(r => r.Assessment.Status == RagStatus.Green),
            Amber: visible.Count(r => r.Assessment.Status == RagStatus.Amber),
            Red: visible.Count(r => r.Assessment.Status == RagStatus.Red),
            WithTarget: visible.Count(r => r.Assessment.Status != RagStatus.Grey),
            Improved: visible.Count(r => r.Assessment.Judgement == Judgement.Improved),
            Worsened: visible.Count(r => r.Assessment.Judgement == Judgement.Worsened),
            NotAvailable: reports.Count(r => !r.Current.IsAvailable),
            BiggestImprovements: Biggest(moves, Judgement.Improved),
            BiggestDeteriorations: Biggest(moves, Judgement.Worsened));
    }

    /// <summary>
    /// Beyond its target on the good side by more than its tolerance: a move there does not change
    /// the picture, so it is not ranked among the biggest improvements or deteriorations.
    /// </summary>
    private static bool FarPastTarget(IndicatorReport report)
    {
        var target = report.Target!;
        return -Assessment.Shortfall(report.Definition, report.Current.Value!.Value, target.Value) > Assessment.Tolerance(report.Definition, target);
    }

    /// <summary>
    /// How big a move is, so unlike measures can be ranked together (<see cref="ReviewWording.MoversRule"/>
    /// says it in the documents): a percentage by the points it moved, any other figure by its move as
    /// a percentage of its target (a caseload down 1.5 against a target of 15 counts as 10).
    /// </summary>
    private static decimal SizeOfMove(IndicatorReport report)
    {
        var change = Math.Abs(report.Definition.Round(report.Current.Value!.Value) - report.Definition.Round(report.Previous!.Value));
        return report.Definition.Unit == IndicatorUnit.Percent ? change : 100m * change / Math.Abs(report.Target!.Value);
    }

    private static List<IndicatorReport> Biggest(List<(IndicatorReport Report, decimal Change)> moves, Judgement judgement) =>
        moves.Where(m => m.Report.Assessment.Judgement == judgement)
            .OrderByDescending(m => m.Change)
            .ThenBy(m => m.Report.Assessment.Status switch { RagStatus.Red => 0, RagStatus.Amber => 1, _ => 2 })
            .ThenBy(m => m.Report.Definition.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(m => m.Report)
            .ToList();
}
