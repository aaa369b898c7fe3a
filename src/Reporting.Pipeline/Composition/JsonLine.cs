using System.Text.Json;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// The line (from 1) of a top-level property's value in a JSON file, for findings that point at it.
/// System.Text.Json tells the line only of an error it met while reading, so a finding about a value
/// it read finds the line here by reading the file again.
/// </summary>
internal static class JsonLine
{
    /// <summary>The line of top-level <paramref name="property"/>'s value (matched case-insensitively, the last when it is repeated); null when the file has none.</summary>
    public static int? Of(byte[] json, string property)
    {
        var text = json.AsSpan(json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        int? found = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1
                    && string.Equals(reader.GetString(), property, StringComparison.OrdinalIgnoreCase))
                {
                    reader.Read();
                    found = text[..(int)reader.TokenStartIndex].Count((byte)'\n') + 1;
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // A file that breaks later still gives the line found before the break.
        }

        return found;
    }
}
