using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// Streams the record elements of a DfE census XML (CIN <c>Child</c>, CSWW <c>CSWWWorker</c>) one
/// at a time, so a council-sized file never sits in memory whole. Namespaces are ignored (names
/// match on their local part); DTDs are refused. Malformed XML is an error finding, never an exception.
/// </summary>
public static class RecordXml
{
    /// <summary>
    /// Calls <paramref name="onRecord"/> for each element named one of <paramref name="recordNames"/>
    /// with its path, e.g. "/Message/Children/Child[3]". Returns false (after an error finding) when the
    /// file is not well-formed XML or its root is not <paramref name="rootName"/>.
    /// </summary>
    public static bool Read(InputFile input, string rootName, IReadOnlyCollection<string> recordNames, Action<XElement, string> onRecord, FindingList findings)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
        };
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
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
                if (reader.NodeType == XmlNodeType.Element && recordNames.Contains(reader.LocalName))
                {
                    var name = reader.LocalName;
                    var parentPath = "/" + string.Join('/', path);
                    var key = parentPath + "/" + name;
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    var element = (XElement)XNode.ReadFrom(reader);
                    onRecord(element, string.Create(CultureInfo.InvariantCulture, $"{key}[{counts[key]}]"));
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                {
                    path.Add(reader.LocalName);
                }
                else if (reader.NodeType == XmlNodeType.EndElement && path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                reader.Read();
            }
        }
        catch (XmlException e)
        {
            findings.Add(new Finding(Severity.Error, input.Name,
                string.Create(CultureInfo.InvariantCulture, $"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): export it again from the case management system. None of it is used."),
                ElementPath: path.Count > 0 ? "/" + string.Join('/', path) : null));
            return false;
        }

        return true;
    }

    /// <summary>A field reader over an element's child elements, looked up by local name.</summary>
    public static FieldReader Fields(XElement element, string file, string elementPath, FindingList findings) =>
        FieldReader.ForElement(file, elementPath, name => element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value, findings);

    /// <summary>The child elements with a local name, each with its path.</summary>
    public static IEnumerable<(XElement Element, string Path)> Children(XElement element, string elementPath, string name)
    {
        var index = 0;
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == name)
            {
                index++;
                yield return (child, string.Create(CultureInfo.InvariantCulture, $"{elementPath}/{name}[{index}]"));
            }
        }
    }
}
