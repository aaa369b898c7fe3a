using System.Runtime.InteropServices;
using CsvHelper;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// Finds exact copies among the records kept so far without holding them: a hash of each record's
/// cells points at the first kept record with that hash, which is remembered by its row and where
/// it starts in the file's bytes (8 bytes a record, plus the hash's entry). A match is confirmed
/// cell by cell against that record read again from the file.
/// </summary>
internal sealed class ExactCopies(byte[] content, int start)
{
    private readonly List<(int Byte, int Row)> _kept = [];
    private readonly Dictionary<int, int> _firstByHash = [];
    private Dictionary<int, List<int>>? _collisions;
    private long _char;
    private int _byte = start;

    /// <summary>
    /// The row number of an earlier identical record, or null when there is none (the record, read
    /// from character <paramref name="at"/> of the file, is then remembered as row <paramref name="rowNumber"/>).
    /// </summary>
    public int? FirstRowLike(string[] record, int rowNumber, long at)
    {
        var hash = new HashCode();
        foreach (var field in record)
        {
            hash.Add(field.Length);
            hash.AddBytes(MemoryMarshal.AsBytes(field.AsSpan()));
        }

        var key = hash.ToHashCode();
        if (!_firstByHash.TryGetValue(key, out var first))
        {
            _firstByHash[key] = Keep(rowNumber, at);
            return null;
        }

        if (Same(first, record))
        {
            return _kept[first].Row;
        }

        // Different records with the same hash: rare, so they are listed apart.
        _collisions ??= [];
        var others = _collisions.TryGetValue(key, out var list) ? list : _collisions[key] = [];
        foreach (var other in others)
        {
            if (Same(other, record))
            {
                return _kept[other].Row;
            }
        }

        others.Add(Keep(rowNumber, at));
        return null;
    }

    private int Keep(int rowNumber, long at)
    {
        _kept.Add((ByteAt(at), rowNumber));
        return _kept.Count - 1;
    }

    /// <summary>
    /// The byte where character <paramref name="at"/> of the (valid UTF-8) file starts. Records come
    /// in file order, so one cursor walks the file once: runs of ASCII at once, other characters by
    /// their lead byte (four bytes make two UTF-16 characters).
    /// </summary>
    private int ByteAt(long at)
    {
        var ascii = content.AsSpan(_byte, (int)Math.Min(at - _char, content.Length - _byte)).IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        var run = ascii < 0 ? (int)(at - _char) : ascii;
        (_byte, _char) = (_byte + run, _char + run);
        while (_char < at)
        {
            var lead = content[_byte];
            var length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            (_byte, _char) = (_byte + length, _char + (length == 4 ? 2 : 1));
        }

        return _byte;
    }

    private bool Same(int index, string[] record)
    {
        try
        {
            using var parser = CsvDialect.RecordParser(content, _kept[index].Byte);
            return parser.Read() && parser.Record is { } earlier && earlier.AsSpan().SequenceEqual(record);
        }
        catch (CsvHelperException)
        {
            return false;
        }
    }
}
