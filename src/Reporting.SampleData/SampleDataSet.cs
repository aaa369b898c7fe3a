using System.Globalization;
using System.Text;
using Reporting.Domain.Councils;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Storage;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData;

/// <summary>
/// The deterministic sample data set for council 933 (synthetic figures that tell the arc in
/// mission.md): config (council name, targets, England and statistical-neighbour benchmarks with
/// their publication dates, the plan's baseline quarter, each quarter's issue and meeting dates)
/// and, for each quarter from 2015/16 Q1 to 2017/18 Q2, measures.csv (the quarter's figures plus
/// every earlier quarter back to the baseline as backfill rows), commentary.md and actions.csv
/// (actions for the measures off target). The same call always gives the same bytes.
/// </summary>
public static class SampleDataSet
{
    public static readonly CouncilCode Council = CouncilCode.From(933);

    public const string CouncilName = "Sample County Council (synthetic data, LA 933)";

    public static IReadOnlyList<SampleFile> Files()
    {
        var files = new List<SampleFile>
        {
            Metrics(StoreLayout.CouncilConfig(Council) + CouncilNameFile.FileName, CouncilName + "\n"),
            Metrics(StoreLayout.CouncilConfig(Council) + TargetsFile.FileName, Targets()),
            Metrics(StoreLayout.CouncilConfig(Council) + BenchmarksFile.FileName, Benchmarks()),
            Metrics(StoreLayout.CouncilConfig(Council) + BaselineFile.FileName, SampleArc.First + "\n"),
            Metrics(StoreLayout.CouncilConfig(Council) + ReviewDatesFile.FileName, ReviewDates()),
            Metrics(StoreLayout.CouncilConfig(Council) + ContextFile.FileName, Context),
        };

        for (var index = 0; index < SampleArc.Quarters.Count; index++)
        {
            var period = SampleArc.Quarters[index];
            files.Add(Metrics(StoreLayout.QuarterInputs(Council, period) + MeasuresFile.FileName, Measures(index)));
            files.Add(Metrics(StoreLayout.QuarterInputs(Council, period) + CommentaryFile.FileName, SampleCommentary.For(index)));
            if (SampleActions.For(index) is { } actions)
            {
                files.Add(Metrics(StoreLayout.QuarterInputs(Council, period) + ActionsFile.FileName, actions));
            }

            files.AddRange(RecordLevel.RecordLevelFiles.For(Council, index));
        }

        return files;
    }

    /// <summary>Writes the set into a store (creating the metrics container); returns how many files were written.</summary>
    public static Task<int> WriteAsync(IObjectStore store, CancellationToken cancellationToken = default) =>
        WriteAsync(store, Council, cancellationToken);

    /// <summary>
    /// Writes the set as if another council had uploaded it (the same files under <c>metrics/{council}/</c>):
    /// stands in for many councils in multi-council runs and the national benchmark.
    /// </summary>
    public static async Task<int> WriteAsync(IObjectStore store, CouncilCode council, CancellationToken cancellationToken = default)
    {
        await store.CreateContainerIfNotExistsAsync(StoreLayout.MetricsContainer, cancellationToken);
        var files = Files();
        var prefix = Council + "/";
        foreach (var file in files)
        {
            var name = council == Council ? file.Name : council + "/" + file.Name[prefix.Length..];
            await store.PutAsync(file.Container, name, file.Content, WriteCondition.None, ContentType(file.Name), cancellationToken);
        }

        return files.Count;
    }

    private static string ContentType(string name) => name.EndsWith(".md", StringComparison.Ordinal) ? "text/markdown" : name.EndsWith(".xml", StringComparison.Ordinal) ? "application/xml" : "text/csv";

    private static string Measures(int index)
    {
        var csv = new StringBuilder("indicator,period,value,numerator,denominator,note\n");
        for (var back = index; back >= 0; back--)
        {
            var at = index - back;
            var period = SampleArc.Quarters[at];
            foreach (var series in SampleArc.All)
            {
                var (value, numerator, denominator) = SampleArc.Figure(series, at);
                csv.Append(series.IndicatorId).Append(',')
                    .Append(back == 0 ? string.Empty : period.ToString()).Append(',')
                    .Append(value.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(numerator?.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(denominator?.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(back == 0 ? string.Empty : "backfill")
                    .Append('\n');
            }
        }

        return csv.ToString();
    }

    private static string Targets()
    {
        var csv = new StringBuilder("indicator,period,target,trajectory_note,tolerance\n");
        void Row(string id, string? period, decimal target, string note = "", string tolerance = "") =>
            csv.Append(CultureInfo.InvariantCulture, $"{id},{period},{target},\"{note}\",{tolerance}\n");

        Row(CaseloadAverage, null, 15, "Trajectory: 18 by December 2015, 15 from March 2016");
        Row(CaseloadAverage, "2015-16-Q1", 20, "Trajectory: 20 at the start of the plan");
        Row(CaseloadAverage, "2015-16-Q2", 19, "Trajectory: 19");
        Row(CaseloadAverage, "2015-16-Q3", 18, "Trajectory: 18 by December 2015");
        foreach (var (period, target) in new[] { ("2015-16", 60), ("2016-17", 70), ("2017-18", 90) })
        {
            for (var q = 1; q <= 4; q++)
            {
                Row(PermanentPercent, $"{period}-Q{q}", target, "Trajectory to 90% permanent by 2017/18");
            }
        }

        Row(AgencyRate, null, 10, "Mirror of the permanent trajectory");
        Row(TurnoverRate, null, 15, "Below the England average", "0.05");
        Row(VacancyRate, null, 15);
        Row(RecruitedPermanent, null, 12, "44 permanent recruits in the first year of the plan");
        Row(RecruitedGraduate, null, 6);
        Row(ManagerSpan, null, 6, "No more than six case-holders per team manager");
        Row("leadership-permanent-pct", null, 100);
        Row(ManagersPermanent, null, 85);
        Row("audit-good-pct", null, 50);
        Row(AssessmentsIn45Days, null, 85);
        Row(ConferencesIn15Days, null, 80);
        Row(ReReferrals, null, 20);
        Row(RepeatProtectionPlans, null, 18);
        Row("cse-tool-pct", null, 90);
        Row(ReturnInterviewOffered, null, 95);
        Row(ReturnInterviewHeld, null, 60, "Trajectory: 30% by March 2016, 60% by March 2018");
        foreach (var (period, target) in new[]
        {
            ("2015-16-Q1", 15), ("2015-16-Q2", 20), ("2015-16-Q3", 25), ("2015-16-Q4", 30),
            ("2016-17-Q1", 34), ("2016-17-Q2", 38), ("2016-17-Q3", 41), ("2016-17-Q4", 45),
            ("2017-18-Q1", 49), ("2017-18-Q2", 53), ("2017-18-Q3", 56), ("2017-18-Q4", 60),
        })
        {
            Row(ReturnInterviewHeld, period, target, "Trajectory: 30% by March 2016, 60% by March 2018");
        }
        Row(ReturnInterviewWithin72Hours, null, 50);
        Row("advocacy-offered-pct", null, 80);
        Row("early-help-assessments", null, 500);
        Row(PlacedOver20Miles, null, 25, "Trajectory: under 30% by March 2017, 25% by March 2018");
        Row(PlacementMoves3Plus, null, 10);
        Row(HealthAssessments, null, 90, "England average 90% (2015)");
        Row("pep-good-pct", null, 75);
        Row(CareLeaversEet, null, 60);
        Row("adoption-days-avg", null, 426, "DfE adoption scorecard threshold for A1, 2013-16: 14 months (426 days)");
        return csv.ToString();
    }

    /// <summary>The context a member of the public needs before the figures (mission.md), in plain English, and a contact.</summary>
    private const string Context = """
        In March 2015 Ofsted, the inspectorate for children's services, judged the council's services for children who need help and protection, children in care and care leavers **inadequate**, for the second inspection running.

        The Department for Education (DfE) put the service under intervention and paired the council with **Essex County Council**, whose services are judged good, as its *improvement partner*. Since November 2015 the council, the DfE and Essex have met every quarter to review progress; the outcome of each meeting goes to the Minister for children and families. This summary is the public version of the figures that meeting looks at.

        The council committed extra money over three years to a time-limited improvement plan of nine priorities, listed below. Police, health services and schools are partners in the priorities that need every agency.

        The figures in this sample are synthetic: they follow the path described for the council, not real children.

        ## Contact

        Alex Morgan, Head of Performance and Quality, Children's Services, Sample County Council: performance@sample-county.example (a sample name and address). Ask for this document in another format, such as large print.

        """;

    private static string Benchmarks()
    {
        // England averages published by DfE (mission.md): workforce at 30 September (published the
        // following February), children looked after at 31 March (published that autumn). The
        // statistical-neighbour averages are synthetic, like the council.
        const string Workforce = "DfE Children's social work workforce";
        const string Looked = "DfE Children looked after in England";
        return $"""
            indicator,year,england,statistical_neighbours,source,published
            {TurnoverRate},2015,16.0,18.2,{Workforce} 2015,2016-02-25
            {TurnoverRate},2016,15.1,17.0,{Workforce} 2016,2017-02-23
            {TurnoverRate},2017,15.0,16.4,{Workforce} 2017,2018-02-22
            {AgencyRate},2015,16.0,20.5,{Workforce} 2015,2016-02-25
            {AgencyRate},2016,16.1,19.0,{Workforce} 2016,2017-02-23
            {AgencyRate},2017,15.8,18.1,{Workforce} 2017,2018-02-22
            {PermanentPercent},2015,84.0,79.5,{Workforce} 2015 (100 minus the agency rate),2016-02-25
            {PermanentPercent},2016,83.9,81.0,{Workforce} 2016 (100 minus the agency rate),2017-02-23
            {PermanentPercent},2017,84.2,81.9,{Workforce} 2017 (100 minus the agency rate),2018-02-22
            {VacancyRate},2015,17.0,19.0,{Workforce} 2015,2016-02-25
            {VacancyRate},2016,16.7,18.2,{Workforce} 2016,2017-02-23
            {VacancyRate},2017,17.0,17.5,{Workforce} 2017,2018-02-22
            {CaseloadAverage},2016,16.1,17.0,{Workforce} 2016,2017-02-23
            {CaseloadAverage},2017,17.8,17.4,{Workforce} 2017,2018-02-22
            {PlacedOver20Miles},2015,18.5,16.9,{Looked} 2015,2015-10-01
            {HealthAssessments},2015,90,88,{Looked} 2015,2015-10-01

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Each quarter's documents are issued about five weeks after it ends, for the review meeting a week later (both on weekdays).</summary>
    private static string ReviewDates()
    {
        static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };

        var csv = new StringBuilder("period,issue_date,meeting_date\n");
        foreach (var period in SampleArc.Quarters)
        {
            var issued = Weekday(period.End.AddDays(36));
            csv.Append(CultureInfo.InvariantCulture, $"{period},{issued:yyyy-MM-dd},{Weekday(issued.AddDays(7)):yyyy-MM-dd}\n");
        }

        return csv.ToString();
    }

    private static SampleFile Metrics(string name, string text) => new(StoreLayout.MetricsContainer, name, Encoding.UTF8.GetBytes(text));
}
