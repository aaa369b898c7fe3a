using Reporting.Domain.Findings;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>The quarter's validation findings, errors first, and the indicators without a figure.</summary>
internal sealed class ReviewDataQuality(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.DataQuality));
        var errors = Report.FindingErrors;
        var warnings = Report.Findings.Count - errors;
        if (Report.Findings.Count == 0)
        {
            blocks.Paragraph(ReviewWording.NoFindings);
        }
        else
        {
            blocks.Paragraph(ReviewWording.FindingsSentence(errors, warnings));
            blocks.Add(new TableBlock(
                [
                    new TableColumn("Severity", 0.9),
                    new TableColumn("File", 1.8),
                    new TableColumn("Where", 1.2),
                    new TableColumn("Value", 1.1),
                    new TableColumn("What to check", 3.3),
                ],
                [.. Report.FindingsInOrder
                    .Select(f => (IReadOnlyList<TableCell>)
                    [
                        new TableCell(f.Severity == Severity.Error ? "Error" : "Warning", TextStyle.TableBodyBold),
                        ReviewWording.FileInQuarter(Report, f.File),
                        f.Location,
                        f.Value ?? string.Empty,
                        f.Rule,
                    ])],
                rowHeaders: true));
        }

        new MissingIndicators(Report, ReviewWording.MissingUnderDataQuality).Compose(blocks);
    }
}
