using System.Buffers;
using System.Text;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// Finds, before any XML parser sees the file, the first start tag with more than
/// <see cref="RecordXml.MaxAttributesPerElement"/> attributes. The .NET XML reader takes time that
/// grows with the square of an element's attributes (210,000 of them on one element take
/// seconds, 840,000 minutes), and it parses them all before a caller can count them, so the bound
/// is applied to the bytes, in one pass: markup is found with vectorised searches, quoted values,
/// comments, CDATA sections and processing instructions are stepped over, and an attribute is
/// counted at each '=' of a start tag. UTF-16 files are transcoded to UTF-8 first; the other
/// encodings a census can declare keep the ASCII bytes of markup as they are.
/// </summary>
internal static class XmlAttributeBound
{
    private static readonly SearchValues<byte> TagBytes = SearchValues.Create("\"'=>"u8);

    /// <summary>Where the first over-full start tag is: its line (from 1) and its element path without indexes ("/Message/Children/Child"); null when none is.</summary>
    public static (int Line, string Path)? FirstOverFull(byte[] content, int maxAttributes)
    {
        var bytes = Utf8(content);
        var start = Walk(bytes, maxAttributes, null);
        if (start < 0)
        {
            return null;
        }

        // Only for the finding: the walk again, keeping the open elements this time.
        var open = new List<(int Start, int Length)>();
        Walk(bytes, maxAttributes, open);
        return (bytes[..start].Count((byte)'\n') + 1, Path(bytes, open));
    }

    /// <summary>
    /// Where the name of the first start tag with more than <paramref name="maxAttributes"/> attributes
    /// starts, or -1. With <paramref name="open"/>, keeps the names of the elements open there, that tag's last.
    /// </summary>
    private static int Walk(ReadOnlySpan<byte> bytes, int maxAttributes, List<(int Start, int Length)>? open)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var lt = bytes[at..].IndexOf((byte)'<');
            if (lt < 0 || (at += lt + 1) >= bytes.Length)
            {
                return -1;
            }

            var rest = bytes[at..];
            switch (rest[0])
            {
                case (byte)'!' or (byte)'?':
                    var skipped = Skip(rest);
                    at = skipped < 0 ? bytes.Length : at + skipped;
                    continue;
                case (byte)'/':
                    if (open is { Count: > 0 })
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    continue;
            }

            var (end, attributes) = EndOfTag(bytes, at, maxAttributes);
            var selfClosing = bytes[end - 1] == (byte)'>' && bytes[end - 2] == (byte)'/';
            if (open is not null && (!selfClosing || attributes > maxAttributes))
            {
                var name = rest.IndexOfAny(" \t\r\n/>"u8);
                open.Add((at, name < 0 ? rest.Length : name));
            }

            if (attributes > maxAttributes)
            {
                return at;
            }

            at = end;
        }

        return -1;
    }

    /// <summary>
    /// For markup that is not an element (a comment, CDATA, a processing instruction or a
    /// declaration) the offset just past its end in <paramref name="rest"/>; -1 when it never ends.
    /// </summary>
    private static int Skip(ReadOnlySpan<byte> rest) =>
        rest.StartsWith("!--"u8) ? PastEnd(rest, 3, "-->"u8)
        : rest.StartsWith("![CDATA["u8) ? PastEnd(rest, 8, "]]>"u8)
        : rest.StartsWith("?"u8) ? PastEnd(rest, 1, "?>"u8)
        : PastEnd(rest, 1, ">"u8);

    private static int PastEnd(ReadOnlySpan<byte> rest, int opening, ReadOnlySpan<byte> closing)
    {
        var end = rest[opening..].IndexOf(closing);
        return end < 0 ? -1 : opening + end + closing.Length;
    }

    /// <summary>
    /// Where a start tag's text ends (just past its '>') and how many attributes it has, stepping over
    /// quoted values; it stops counting past <paramref name="maxAttributes"/>.
    /// </summary>
    private static (int End, int Attributes) EndOfTag(ReadOnlySpan<byte> bytes, int at, int maxAttributes)
    {
        var attributes = 0;
        while (at < bytes.Length)
        {
            var next = bytes[at..].IndexOfAny(TagBytes);
            if (next < 0)
            {
                break;
            }

            at += next;
            switch (bytes[at])
            {
                case (byte)'=':
                    if (++attributes > maxAttributes)
                    {
                        return (at + 1, attributes);
                    }

                    at++;
                    break;
                case (byte)'>':
                    return (at + 1, attributes);
                default:
                    var closingQuote = bytes[(at + 1)..].IndexOf(bytes[at]);
                    at = closingQuote < 0 ? bytes.Length : at + closingQuote + 2;
                    break;
            }
        }

        return (bytes.Length, attributes);
    }

    private static string Path(ReadOnlySpan<byte> bytes, List<(int Start, int Length)> open)
    {
        var path = new StringBuilder();
        foreach (var (start, length) in open)
        {
            path.Append('/').Append(LocalName(Encoding.UTF8.GetString(bytes.Slice(start, Math.Min(length, 100)))));
        }

        return path.ToString();
    }
    private static string LocalName(string name) => name[(name.IndexOf(':') + 1)..];

    private static ReadOnlySpan<byte> Utf8(byte[] content) =>
        content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.UTF8.GetBytes(Encoding.Unicode.GetString(content, 2, content.Length - 2))
        : content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.UTF8.GetBytes(Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2))
        : content;
}
