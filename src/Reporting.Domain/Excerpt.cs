namespace Reporting.Domain;

/// <summary>
/// How a value someone wrote is quoted back in a message or finding: whole when it is at most
/// <see cref="MaxLength"/> characters, else its first <see cref="MaxLength"/> followed by "…",
/// so a pasted paragraph cannot swamp a data-quality report.
/// </summary>
public static class Excerpt
{
    public const int MaxLength = 40;

    public static string Shorten(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
