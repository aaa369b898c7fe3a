using Reporting.Domain;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/baseline.txt</c>: the quarter the improvement plan started from (e.g. <c>2015-16-Q1</c>)
/// on the first line. The documents compare each figure with it and draw trends back to it.
/// Without the file the baseline is the earliest quarter with figures in the data.
/// </summary>
public static class BaselineFile
{
    public const string FileName = "baseline.txt";

    /// <summary>The quarter on the first line, or null (with an error finding) when it is not one.</summary>
    public static FinancialQuarter? Read(InputFile file, FindingList findings)
    {
        if (file.Utf8Text() is not { } content)
        {
            findings.Add(Finding.Error(file.Name, "The file is not UTF-8 text: save it as UTF-8 with the plan's baseline quarter, written like 2015-16-Q1, on the first line. Until then, the baseline is the earliest quarter with figures."));
            return null;
        }

        var text = content.Split('\n', 2)[0].Trim();
        var parsed = FinancialQuarter.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        findings.Add(Finding.Error(file.Name, $"The first line must be the plan's baseline quarter, written like 2015-16-Q1 ({parsed.Error!.TrimEnd('.')}). Until it is, the baseline is the earliest quarter with figures.", 1, "baseline", Excerpt.Shorten(text)));
        return null;
    }
}
