using System.Globalization;
using System.Text;

namespace Reporting.Domain;

/// <summary>
/// How a value someone wrote is quoted back in a message or finding: whole when it is at most
/// <see cref="MaxLength"/> characters, else its first <see cref="MaxLength"/> followed by "…",
/// so a pasted paragraph cannot swamp a data-quality report. Control characters (a newline
/// inside a quoted cell, a NUL byte) are shown as escapes such as <c>\n</c> and <c>\u0000</c>,
/// never written raw to a terminal or a document.
/// </summary>
public static class Excerpt
{
    public const int MaxLength = 40;

    public static string Shorten(string text) => Visible(text.Length <= MaxLength ? text : text[..MaxLength] + "…");

    /// <summary>The text with every control character written as a visible escape.</summary>
    public static string Visible(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return shown.ToString();
    }
}
