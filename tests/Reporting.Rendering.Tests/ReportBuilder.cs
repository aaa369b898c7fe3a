using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;

namespace Reporting.Rendering.Tests;

/// <summary>
/// Builds report models for tests with figures chosen by hand. The renderer makes no judgements,
/// so the builder words each figure the way the composer would ("14.2", "37.0%", "n/a", "c").
/// </summary>
internal sealed class ReportBuilder
{
    public static readonly FinancialQuarter Period = FinancialQuarter.From("2017-18-Q2");

    private readonly List<IndicatorReport> _indicators = [];
    private readonly List<Finding> _findings = [];
    private readonly List<TeamFigures> _teams = [];
    private readonly Dictionary<int, string> _commentary = [];
    private AudienceDefinition _audience;
    private string? _summary;
    private string? _risks;
    private string _documentId = "test-document-0001";
    private DateOnly? _issued = new(2017, 10, 6);

    public ReportBuilder(string audienceId = "essex")
    {
        _audience = AudienceCatalogue.BuiltIn.Find(audienceId) ?? throw new ArgumentException($"No built-in audience '{audienceId}'.");
    }

    /// <summary>The Essex pack with the caseload arc, a few other indicators, teams, commentary and findings.</summary>
    public static ReportBuilder Typical(string audienceId = "essex") =>
        new ReportBuilder(audienceId)
            .With(IndicatorCatalogue.CaseloadAverage, [20.1m, 19.0m, 17.5m, 16.2m, 15.8m, 15.0m, 14.6m, 14.2m], target: 15m, england: 16.1m)
            .With(IndicatorCatalogue.TurnoverRate, [20.0m, 19.1m, 18.0m, 17.2m, 16.0m, 15.1m, 14.5m, 14.0m], target: 15m, england: 15.1m)
            .With(IndicatorCatalogue.PermanentPercent, [58.0m, 60.5m, 63.0m, 66.0m, 70.2m, 74.0m, 78.5m, 80.0m], target: 90m, england: 84.2m)
            .With(IndicatorCatalogue.PlacedOver20Miles, [37.0m, 35.2m, 33.9m, 32.0m, 30.4m, 29.5m, 28.4m, 27.5m], target: 25m, england: 18.5m)
            .With(IndicatorCatalogue.ReturnInterviewHeld, [9.0m, 14.0m, 21.0m, 28.0m, 35.0m, 41.0m, 48.8m, 52.0m], target: 60m)
            .With(IndicatorCatalogue.ChildrenLookedAfter, [505m, 500m, 498m, 495m, 490m, 488m, 485m, 480m])
            .WithTeams(new TeamFigures("North assessment team", 16.2m, 25.0m, 12.0m), new TeamFigures("South family support", 13.1m, 10.5m, 9.5m), new TeamFigures("Children in care", 12.4m, 0m, 8.0m))
            .WithCommentary(2, "Caseloads are **14.2** per social worker, down from *20.1* when the plan began.\n\n- 29 permanent social workers started\n- 9 came through graduate routes")
            .WithSummary("The improvement board met monthly; caseloads and turnover are now below the England average.")
            .WithRisks("Recruitment of **experienced** social workers remains difficult in the north of the county.")
            .WithFinding(Finding.Warning("measures.csv", "numerator and denominator do not agree with the value", 7, "value", "52.3"));

    public ReportBuilder ForAudience(AudienceDefinition audience)
    {
        _audience = audience;
        return this;
    }

    public ReportBuilder WithDocumentId(string id)
    {
        _documentId = id;
        return this;
    }

    public ReportBuilder IssuedOn(DateOnly? date)
    {
        _issued = date;
        return this;
    }

    /// <summary>An indicator whose history ends with the current quarter (oldest first); nulls are missing quarters.</summary>
    public ReportBuilder With(string id, IReadOnlyList<decimal?> history, decimal? target = null, decimal? england = null, bool suppressed = false) =>
        With(IndicatorCatalogue.Get(id), history, target, england, suppressed);

    public ReportBuilder With(IndicatorDefinition definition, IReadOnlyList<decimal?> history, decimal? target = null, decimal? england = null, bool suppressed = false)
    {
        var current = history.Count > 0 ? history[^1] : null;
        var previous = history.Count > 1 ? history[^2] : null;
        var goal = target is { } t ? new Target(definition.Id, Period, t) : null;
        var points = history.Select((v, i) => new HistoryPoint(Period.Plus(i - history.Count + 1), v, target, england)).ToArray();
        var assessment = suppressed ? new Assessment(RagStatus.Grey, Movement.NotComparable, Judgement.NotJudged) : Assessment.Of(definition, current, previous, goal);
        _indicators.Add(new IndicatorReport
        {
            Definition = definition,
            Current = current is { } c
                ? IndicatorValue.Available(definition.Id, Period, c, "measures.csv")
                : IndicatorValue.NotAvailable(definition.Id, Period, "measures.csv has no row for this indicator and quarter"),
            Previous = previous,
            Target = goal,
            Benchmark = england is { } e ? new Benchmark(definition.Id, 2016, e, null) : null,
            Assessment = assessment,
            History = suppressed ? points.Select(p => p with { Value = null }).ToArray() : points,
            ValueText = suppressed ? "c" : Text(definition, current),
            PreviousText = suppressed ? "c" : Text(definition, previous),
            BaselineText = suppressed ? "c" : Text(definition, history.Count > 0 ? history[0] : null),
            YearAgoText = suppressed ? "c" : Text(definition, history.Count > 4 ? history[^5] : null),
            TargetText = target is { } tv ? definition.Format(tv) : "none",
            EnglandText = england is { } ev ? $"{definition.Format(ev)} (2016)" : "n/a",
            StatisticalNeighboursText = "n/a",
            Suppressed = suppressed,
        });
        return this;
    }

    /// <summary>Gives an indicator added with <see cref="With(string, IReadOnlyList{decimal?}, decimal?, decimal?, bool)"/> a tolerance that is not the default, as the composer words it ("5%").</summary>
    public ReportBuilder WithTolerance(string id, string percent, string band)
    {
        var at = _indicators.FindIndex(i => i.Definition.Id == id);
        _indicators[at] = _indicators[at] with { TolerancePercentText = percent, ToleranceBandText = band };
        return this;
    }

    public ReportBuilder WithTeams(params TeamFigures[] teams)
    {
        _teams.AddRange(teams);
        return this;
    }

    public ReportBuilder WithCommentary(int priority, string markdown)
    {
        _commentary[priority] = markdown;
        return this;
    }

    public ReportBuilder WithSummary(string markdown)
    {
        _summary = markdown;
        return this;
    }

    public ReportBuilder WithRisks(string markdown)
    {
        _risks = markdown;
        return this;
    }

    public ReportBuilder WithFinding(Finding finding)
    {
        _findings.Add(finding);
        return this;
    }

    /// <summary>Adds synthetic indicators (ids "test-indicator-N") spread over the nine priorities.</summary>
    public ReportBuilder WithManyIndicators(int count)
    {
        for (var n = 1; n <= count; n++)
        {
            var definition = new IndicatorDefinition(
                "test-indicator-" + n.ToString(CultureInfo.InvariantCulture),
                "Synthetic indicator number " + n.ToString(CultureInfo.InvariantCulture) + " with a fairly long title",
                ((n - 1) % 9) + 1,
                IndicatorUnit.Percent,
                1,
                Polarity.HigherIsBetter,
                MeasurementWindow.Quarter,
                "A synthetic indicator used to test long scorecards.",
                recordLevel: false);
            With(definition, [40m + n, 41m + n, 42m + n, 43m + n, 44m + n, 45m + n, 46m + n, 47m + n], target: 50m);
        }

        return this;
    }

    public ReportModel Build()
    {
        var withTarget = _indicators.Where(i => i.Target is not null && i.Current.IsAvailable).ToArray();
        return new ReportModel
        {
            Audience = _audience,
            Council = CouncilCode.From(933),
            CouncilName = "Test County Council",
            Period = Period,
            DocumentId = _documentId,
            IssueDate = _issued,
            Baseline = Period.Plus(-7),
            Indicators = _indicators.ToArray(),
            Summary = new ExecutiveSummary(
                withTarget.Count(i => i.Assessment.Status == RagStatus.Green),
                withTarget.Count(i => i.Assessment.Status == RagStatus.Amber),
                withTarget.Count(i => i.Assessment.Status == RagStatus.Red),
                withTarget.Length,
                _indicators.Count(i => i.Assessment.Judgement == Judgement.Improved),
                _indicators.Count(i => i.Assessment.Judgement == Judgement.Worsened),
                _indicators.Count(i => !i.Current.IsAvailable),
                _indicators.Where(i => i.Assessment.Judgement == Judgement.Improved).Take(3).ToArray(),
                _indicators.Where(i => i.Assessment.Judgement == Judgement.Worsened).Take(3).ToArray()),
            Commentary = new CommentarySections(_summary, _risks, new Dictionary<int, string>(_commentary)),
            Teams = _teams.ToArray(),
            Findings = _findings.ToArray(),
        };
    }

    private static string Text(IndicatorDefinition definition, decimal? value) => value is { } v ? definition.Format(v) : "n/a";
}
