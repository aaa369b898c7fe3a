using System.Globalization;
using System.Xml;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// One record element of a census XML (a CIN <c>Child</c>, a CSWW <c>CSWWWorker</c>) as
/// <see cref="RecordXml"/> streams it: its elements flattened in document order with their local
/// names and text, in arrays reused from one record to the next, so reading a census allocates
/// little more than the field values it looks at. Element paths, e.g.
/// "/Message/Children/Child[3]/CINdetails[1]", are built only when a finding asks for one.
/// Valid only during the <see cref="RecordXml.Read"/> callback that hands it out.
/// </summary>
public sealed class XmlRecord
{
    private const int CachedValueLength = 24;
    private const int CachedValues = 4096;

    private readonly List<Element> _elements = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _valueLookup;
    private string[] _names = new string[64];
    private int[] _parents = new int[64];
    private int[] _ends = new int[64];
    private int[] _textStarts = new int[64];
    private int[] _textEnds = new int[64];
    private char[] _text = new char[4096];
    private int _count;
    private int _textLength;
    private string _key = string.Empty;
    private int _ordinal;
    private string? _path;
    private (int Parent, string Name) _tooDeep;

    internal XmlRecord() => _valueLookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    internal enum Refusal
    {
        TooDeep,
        TooManyElements,
    }

    /// <summary>The record element itself.</summary>
    public Element Root => ElementAt(0);

    /// <summary>The record's path, e.g. "/Message/Children/Child[3]".</summary>
    public string Path => _path ??= string.Create(CultureInfo.InvariantCulture, $"{_key}[{_ordinal}]");

    /// <summary>
    /// Reads the element the reader is on, and everything inside it, leaving the reader on the node
    /// after its end. <paramref name="key"/> is its path without an index, <paramref name="ordinal"/>
    /// its number among the elements with that path. Null when read, otherwise why it was refused.
    /// </summary>
    internal Refusal? Load(XmlReader reader, string key, int ordinal)
    {
        (_key, _ordinal, _path, _count, _textLength) = (key, ordinal, null, 0, 0);
        Add(reader.LocalName, -1);
        if (reader.IsEmptyElement)
        {
            Close(0);
            reader.Read();
            return null;
        }

        var current = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth >= RecordXml.MaxDepth)
                    {
                        _tooDeep = (current, reader.LocalName);
                        return Refusal.TooDeep;
                    }

                    if (_count >= RecordXml.MaxElementsPerRecord)
                    {
                        return Refusal.TooManyElements;
                    }

                    var added = Add(reader.LocalName, current);
                    if (reader.IsEmptyElement)
                    {
                        Close(added);
                    }
                    else
                    {
                        current = added;
                    }

                    break;
                case XmlNodeType.EndElement:
                    Close(current);
                    if (current == 0)
                    {
                        reader.Read();
                        return null;
                    }

                    current = _parents[current];
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    AppendValue(reader);
                    break;
            }
        }

        return null;
    }

    /// <summary>The path down to the element that was nested too deep (names only).</summary>
    internal string DeepestPath()
    {
        var names = new List<string> { _tooDeep.Name };
        for (var at = _tooDeep.Parent; at > 0; at = _parents[at])
        {
            names.Add(_names[at]);
        }

        names.Reverse();
        return _key + "/" + string.Join('/', names);
    }

    private int Add(string name, int parent)
    {
        if (_count == _names.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _names, size);
            Array.Resize(ref _parents, size);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _textStarts, size);
            Array.Resize(ref _textEnds, size);
        }

        (_names[_count], _parents[_count], _textStarts[_count]) = (name, parent, _textLength);
        return _count++;
    }

    private void Close(int index) => (_ends[index], _textEnds[index]) = (_count, _textLength);

    private void AppendValue(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            Append(reader.Value);
            return;
        }

        while (true)
        {
            if (_text.Length - _textLength < 256)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }

            var read = reader.ReadValueChunk(_text, _textLength, _text.Length - _textLength);
            if (read == 0)
            {
                return;
            }

            _textLength += read;
        }
    }

    private void Append(string value)
    {
        if (_text.Length - _textLength < value.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + value.Length));
        }

        value.CopyTo(_text.AsSpan(_textLength));
        _textLength += value.Length;
    }

    private Element ElementAt(int index)
    {
        while (_elements.Count <= index)
        {
            _elements.Add(new Element(this, _elements.Count));
        }

        return _elements[index];
    }

    private int FirstChild(int parent, string name)
    {
        for (var at = parent + 1; at < _ends[parent]; at = _ends[at])
        {
            if (string.Equals(_names[at], name, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The text inside an element (all of it, as XML's string value), shared for short repeated values such as dates and codes.</summary>
    private string TextOf(int index)
    {
        var text = _text.AsSpan(_textStarts[index], _textEnds[index] - _textStarts[index]);
        if (text.Length > CachedValueLength)
        {
            return text.ToString();
        }

        if (_valueLookup.TryGetValue(text, out var known))
        {
            return known;
        }

        if (_values.Count >= CachedValues)
        {
            _values.Clear();
        }

        var value = text.ToString();
        _values[value] = value;
        return value;
    }

    private string PathOf(int index)
    {
        if (index == 0)
        {
            return Path;
        }

        var parent = _parents[index];
        var ordinal = 1;
        for (var at = parent + 1; at < index; at = _ends[at])
        {
            if (string.Equals(_names[at], _names[index], StringComparison.Ordinal))
            {
                ordinal++;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{PathOf(parent)}/{_names[index]}[{ordinal}]");
    }

    /// <summary>An element of the record: its child elements' text by local name, its children, its path.</summary>
    public sealed class Element : IRecordElement
    {
        private readonly XmlRecord _record;
        private readonly int _index;

        internal Element(XmlRecord record, int index) => (_record, _index) = (record, index);

        /// <summary>The local name, e.g. "CINdetails".</summary>
        public string Name => _record._names[_index];

        /// <summary>Where the element is, e.g. "/Message/Children/Child[3]/CINdetails[1]" (built on each call).</summary>
        public string Path => _record.PathOf(_index);

        /// <summary>The text of the first child element with this local name; null when there is none.</summary>
        public string? Field(string name) => _record.FirstChild(_index, name) is var at and >= 0 ? _record.TextOf(at) : null;

        /// <summary>True when a child element has this local name.</summary>
        public bool Has(string name) => _record.FirstChild(_index, name) >= 0;

        /// <summary>The child elements with this local name, in document order.</summary>
        public Children Children(string name) => new(_record, _index, name);
    }

    /// <summary>The child elements of one element with one local name (a struct, so a foreach over it allocates nothing).</summary>
    public readonly struct Children(XmlRecord record, int parent, string name)
    {
        public Enumerator GetEnumerator() => new(record, parent, name);

        /// <summary>The first of them, or null.</summary>
        public Element? FirstOrDefault()
        {
            foreach (var element in this)
            {
                return element;
            }

            return null;
        }

        public struct Enumerator(XmlRecord record, int parent, string name)
        {
            private int _at = -1;

            public readonly Element Current => record.ElementAt(_at);

            public bool MoveNext()
            {
                _at = _at < 0 ? parent + 1 : record._ends[_at];
                while (_at < record._ends[parent])
                {
                    if (string.Equals(record._names[_at], name, StringComparison.Ordinal))
                    {
                        return true;
                    }

                    _at = record._ends[_at];
                }

                return false;
            }
        }
    }
}
