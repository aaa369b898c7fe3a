using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/context.md</c>: what a reader new to the council needs before the figures, in plain
/// English Markdown — the inspection judgement, the improvement plan and its priorities, the
/// partners — and, under an optional <c>## Contact</c> heading, who to ask about the document.
/// Printed by audiences that list the Context section (the public Cabinet summary). Like the
/// commentary it is rendered escaped, never executed.
/// </summary>
public static class ContextFile
{
    public const string FileName = "context.md";

    /// <summary>At most this many characters: a page of context, not a report of its own.</summary>
    public const int MaxLength = 6000;

    private const string ContactHeading = "## Contact";

    public static CouncilContext? Read(InputFile file, FindingList findings)
    {
        if (file.Utf8Text()?.Replace("\r\n", "\n", StringComparison.Ordinal) is not { } text)
        {
            findings.Add(Finding.Error(file.Name, "The context is not UTF-8 text; save it as UTF-8. Until then the public summary prints no context."));
            return null;
        }

        if (text.Length > MaxLength)
        {
            findings.Add(Finding.Error(file.Name, $"The context is {text.Length} characters long; keep it to {MaxLength} (about a page). Until then the public summary prints no context."));
            return null;
        }

        text = FreeText.WithoutControlCharacters(file.Name, text, findings);
        var at = text.IndexOf(ContactHeading, StringComparison.OrdinalIgnoreCase);

        // The context, not the contact: an office's address there has a postcode, and is no child's.
        FreeText.CheckLines(file.Name, at < 0 ? text : text[..at], findings);
        var context = (at < 0 ? text : text[..at]).Trim();
        var contact = at < 0 ? null : text[(at + ContactHeading.Length)..].Trim();
        if (context.Length == 0)
        {
            findings.Add(Finding.Warning(file.Name, "The context is empty: write a few paragraphs on the inspection judgement, the improvement plan and the partners.", 1));
        }

        return new CouncilContext(context.Length == 0 ? null : context, string.IsNullOrEmpty(contact) ? null : contact);
    }
}
