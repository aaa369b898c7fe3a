using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/review-dates.csv</c>: <c>period,issue_date[,meeting_date]</c>, the date each quarter's
/// review documents are issued and, optionally, the date of the review meeting they are for.
/// A quarter without a row gets documents that say "figures to {quarter end}" and carry no issue
/// date. An issue date on or before the quarter's last day is an error (the quarter's figures did
/// not exist yet).
/// </summary>
public static class ReviewDatesFile
{
    public const string FileName = "review-dates.csv";

    public static ReviewDateBook Read(InputFile file, FindingList findings)
    {
        var dates = new Dictionary<FinancialQuarter, ReviewDates>();
        var table = RecordCsv.Read(file, ["period", "issue_date"], ["meeting_date"], findings, aboutPeople: false);
        foreach (var row in table?.Rows(findings) ?? [])
        {
            var period = IndicatorField.Period(row);
            if (period is null && !row.Rejected)
            {
                row.Error("period", null, false, "is empty: write the quarter the documents are for, e.g. 2017-18-Q2");
            }

            var issued = row.Date("issue_date", required: true);
            var meeting = row.Date("meeting_date", required: false);
            if (period is { } quarter && issued is { } issue && issue <= quarter.End)
            {
                row.Error("issue_date", row.Text("issue_date"), false, $"is on or before the last day of {quarter.ShortLabel} ({quarter.End:dd/MM/yyyy}): documents about a quarter are issued after it ends");
            }

            if (issued is { } i && meeting is { } m && m < i)
            {
                row.Warning("meeting_date", row.Text("meeting_date"), false, "is before the issue date: check both dates");
            }

            if (period is null || issued is null || row.Rejected)
            {
                continue;
            }

            if (!dates.TryAdd(period.Value, new ReviewDates(issued.Value, meeting)))
            {
                row.Warning("period", period.Value.ToString(), false, "already has a row above: this row is ignored");
            }
        }

        return new ReviewDateBook(dates);
    }
}
