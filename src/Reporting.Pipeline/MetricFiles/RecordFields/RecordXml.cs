using System.Globalization;
using System.Text;
using System.Xml;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// Streams the record elements of a DfE census XML (CIN <c>Child</c>, CSWW <c>CSWWWorker</c>) one
/// at a time through an <see cref="XmlReader"/>, so a council-sized file never sits in memory whole
/// and no element tree is built: each record is read into one reused <see cref="XmlRecord"/>.
/// Namespaces are ignored (names match on their local part). DTDs are refused, nesting deeper than
/// <see cref="MaxDepth"/> or a record of more than <see cref="MaxElementsPerRecord"/> elements stops
/// the read, and an element with more than <see cref="MaxAttributesPerElement"/> attributes is refused before it; empty, truncated or malformed XML is an error finding saying which, never an exception.
/// </summary>
public static class RecordXml
{
    /// <summary>Census XML nests about 7 deep (Message/Children/Child/CINdetails/Assessments/...); deeper is not a census.</summary>
    public const int MaxDepth = 32;

    /// <summary>A CIN child or CSWW worker has tens of elements; many thousands is not a record but an attack or a broken export.</summary>
    public const int MaxElementsPerRecord = 10_000;

    /// <summary>
    /// Census elements carry a few attributes at most (namespace declarations on the root); more is a
    /// broken export or an attack on the XML reader, whose time grows with the square of one element's
    /// attributes. Checked on the bytes before parsing (<see cref="XmlAttributeBound"/>).
    /// </summary>
    public const int MaxAttributesPerElement = 100;

    private const string ExportAgain = "Export the census again from the case management system and upload that file. None of it is used.";

    /// <summary>
    /// Calls <paramref name="onRecord"/> for each element named one of <paramref name="recordNames"/>
    /// (the record is valid only during the call: it is reused for the next one). Returns false
    /// (after an error finding) when the file is empty, not well-formed XML, declares a DTD, nests
    /// too deep, has an element with too many attributes or its root is not <paramref name="rootName"/>.
    /// </summary>
    public static bool Read(InputFile input, string rootName, IReadOnlyCollection<string> recordNames, Action<XmlRecord> onRecord, FindingList findings)
    {
        if (Problem(input.Content) is { } problem)
        {
            findings.Add(Finding.Error(input.Name, problem));
            return false;
        }

        if (XmlAttributeBound.FirstOverFull(input.Content, MaxAttributesPerElement) is var (line, path))
        {
            findings.Add(new Finding(Severity.Error, input.Name, string.Create(CultureInfo.InvariantCulture,
                $"The element on line {line:N0} has more than {MaxAttributesPerElement} attributes; census elements have a few at most, so the file cannot be a census export and is not read. {ExportAgain}"),
                ElementPath: path));
            return false;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 0,
        };
        var open = new List<OpenElement>();
        var record = new XmlRecord();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(input.Content, writable: false), settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != rootName)
            {
                findings.Add(Finding.Error(input.Name, $"The file is not a {rootName} XML document: its root element is <{reader.LocalName}>. Upload the census XML as exported for DfE."));
                return false;
            }

            while (!reader.EOF)
            {
                input.Cancellation.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
                {
                    findings.Add(TooDeep(input.Name, OpenPath(open, reader.LocalName)));
                    return false;
                }

                if (reader.NodeType == XmlNodeType.Element && open.Count > 0 && recordNames.Contains(reader.LocalName))
                {
                    var parent = open[^1];
                    var key = parent.KeyFor(open, reader.LocalName);
                    var ordinal = counts.GetValueOrDefault(key) + 1;
                    counts[key] = ordinal;
                    if (record.Load(reader, key, ordinal) is { } refusal)
                    {
                        findings.Add(refusal == XmlRecord.Refusal.TooDeep
                            ? TooDeep(input.Name, record.DeepestPath())
                            : new Finding(Severity.Error, input.Name,
                                string.Create(CultureInfo.InvariantCulture, $"The element has more than {MaxElementsPerRecord:N0} elements inside it, far more than any census record: the file cannot be a census export. {ExportAgain}"),
                                ElementPath: record.Path));
                        return false;
                    }

                    onRecord(record);
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                {
                    open.Add(new OpenElement(reader.LocalName));
                }
                else if (reader.NodeType == XmlNodeType.EndElement && open.Count > 0)
                {
                    open.RemoveAt(open.Count - 1);
                }

                reader.Read();
            }
        }
        catch (XmlException e)
        {
            findings.Add(new Finding(Severity.Error, input.Name,
                string.Create(CultureInfo.InvariantCulture, $"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): export it again from the case management system. None of it is used."),
                ElementPath: open.Count > 0 ? OpenPath(open, null) : null));
            return false;
        }

        if (counts.Count == 0)
        {
            // As for a CSV without usable rows: a census without one record is an export gone wrong, not a quarter of zeros.
            findings.Add(Finding.Error(input.Name, $"The census has no records: no <{string.Join(">, <", recordNames)}> element was found, so its indicators are not available (not zero). {ExportAgain}"));
            return false;
        }

        return true;
    }

    /// <summary>A field reader over an element's child elements, looked up by local name; its path is worked out only if a finding needs it.</summary>
    public static FieldReader Fields(XmlRecord.Element element, string file, FindingList findings) =>
        FieldReader.ForElement(file, element, findings);

    /// <summary>What is wrong with the bytes before any parsing: empty, only whitespace, or a DTD in the prolog. Null when none of these.</summary>
    private static string? Problem(byte[] content)
    {
        var text = Prolog(content);
        if (content.Length == 0)
        {
            return $"The file is empty (0 bytes): nothing was uploaded in it. {ExportAgain}";
        }

        if (text.Trim().Length == 0 && content.Length <= PrologBytes)
        {
            return $"The file contains no XML, only blank space. {ExportAgain}";
        }

        var doctype = DoctypeAt(text);
        if (doctype < 0)
        {
            return null;
        }

        var entities = text.IndexOf("<!ENTITY", doctype, StringComparison.Ordinal) >= 0;
        return "The file declares a DTD (<!DOCTYPE ...>), which census XML never has" +
            (entities ? " and defines entities in it, the way XML attacks (external entities, 'billion laughs') fetch files or blow up in memory" : string.Empty) +
            $": for safety a file with a DTD is never read. {ExportAgain}";
    }

    private const int PrologBytes = 64 * 1024;

    /// <summary>The start of the file as text (enough to see the prolog), without a byte order mark.</summary>
    private static string Prolog(byte[] content)
    {
        var length = Math.Min(content.Length, PrologBytes);
        var span = content.AsSpan(0, length);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return Encoding.UTF8.GetString(span);
    }

    /// <summary>Where <c>&lt;!DOCTYPE</c> starts when it comes before the root element (after the declaration, comments and processing instructions); -1 otherwise.</summary>
    private static int DoctypeAt(string text)
    {
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (string.CompareOrdinal(text, at, "<!DOCTYPE", 0, 9) == 0)
            {
                return at;
            }

            var end = string.CompareOrdinal(text, at, "<?", 0, 2) == 0 ? "?>"
                : string.CompareOrdinal(text, at, "<!--", 0, 4) == 0 ? "-->"
                : null;
            var skipTo = end is null ? -1 : text.IndexOf(end, at, StringComparison.Ordinal);
            if (skipTo < 0)
            {
                return -1;
            }

            at = skipTo + end!.Length;
        }
    }

    private static Finding TooDeep(string file, string path) => new(Severity.Error, file,
        string.Create(CultureInfo.InvariantCulture, $"Elements are nested more than {MaxDepth} deep here; census XML is never nested more than about 8 deep, so the file is not read further. {ExportAgain}"),
        ElementPath: path);

    private static string OpenPath(List<OpenElement> open, string? next)
    {
        var path = new StringBuilder();
        foreach (var element in open)
        {
            path.Append('/').Append(element.Name);
        }

        return next is null ? path.ToString() : path.Append('/').Append(next).ToString();
    }

    /// <summary>An element open above the records; keeps the "/parent/path/name" keys of the records inside it, so a key is built once, not per record.</summary>
    private sealed class OpenElement(string name)
    {
        private Dictionary<string, string>? _keys;

        public string Name { get; } = name;

        public string KeyFor(List<OpenElement> open, string recordName)
        {
            _keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
            if (!_keys.TryGetValue(recordName, out var key))
            {
                key = OpenPath(open, recordName);
                _keys[recordName] = key;
            }

            return key;
        }
    }
}
