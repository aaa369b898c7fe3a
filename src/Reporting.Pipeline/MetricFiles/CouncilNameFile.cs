using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/council.txt</c>: the council's name as the documents print it, on the first line of a
/// UTF-8 text file, at most <see cref="MaxLength"/> characters. Without a usable name the documents
/// say "Council 933" (the council code) instead.
/// </summary>
public static class CouncilNameFile
{
    public const string FileName = "council.txt";

    public const int MaxLength = 120;

    /// <summary>The name on the first line, or null (with an error finding saying why) when it cannot be used (also when it seems to hold a child's details).</summary>
    public static string? Read(InputFile file, FindingList findings)
    {
        if (file.Utf8Text() is not { } text)
        {
            findings.Add(Finding.Error(file.Name, "The file is not UTF-8 text: save it as UTF-8 (in Notepad, Save As > Encoding UTF-8). Until then the documents show the council code instead of its name."));
            return null;
        }

        var name = FreeText.WithoutControlCharacters(file.Name, text.Split('\n', 2)[0].TrimEnd('\r'), findings).Trim();
        if (name.Length == 0)
        {
            findings.Add(Finding.Error(file.Name, "The first line is empty: write the council's name on it. Until then the documents show the council code instead of its name.", 1));
            return null;
        }

        if (name.Length > MaxLength)
        {
            findings.Add(Finding.Error(file.Name, $"The name on the first line is {name.Length} characters long; it can be at most {MaxLength}. Until it is shortened the documents show the council code instead of its name.", 1));
            return null;
        }

        return FreeText.Check(file.Name, name, 1, findings) ? null : name;
    }
}
