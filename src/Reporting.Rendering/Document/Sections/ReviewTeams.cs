using Reporting.Pipeline.Composition;
using Reporting.Rendering.Charts;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>Caseload and agency share by team: a bar chart of each, then the team table with the teams over a target flagged.</summary>
internal sealed class ReviewTeams(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.TeamBreakdowns));
        if (Report.Teams.Count == 0)
        {
            blocks.Paragraph(TeamWording.NoTeams);
            return;
        }

        blocks.Paragraph(TeamWording.TeamsIntro);
        var chartHeight = Math.Min(560, 48 + (Report.Teams.Count * 17));
        blocks.Add(new FigureGridBlock(
            [.. TeamChart.Of(Report).Select(chart => new FigureSpec(chart.Title, new TeamBarChart(chart), chart.Description))],
            perRow: 2,
            drawingHeight: chartHeight));
        var table = TeamTable.Of(Report);
        blocks.Add(new TableBlock(
            ColumnHeadings.Of(table.Columns, 2.4, 1.1, 1.4, 1.4, 2.0),
            [.. table.Rows.Select(row => (IReadOnlyList<TableCell>)
            [
                row.Team,
                row.CaseHoldingFte,
                row.Caseload,
                row.AgencyShare,
                row.Over ? new TableCell(row.Flag, TextStyle.TableBodyBold) : row.Flag,
            ])],
            rowHeaders: true));
    }
}
