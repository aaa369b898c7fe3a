using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// The CSV the data contract speaks (UTF-8, comma separated, RFC 4180 quoting, blank lines ignored),
/// and parsers of it over a file's bytes that decode them as they go.
/// </summary>
internal static class CsvDialect
{
    private const int FileBuffer = 4096;

    /// <summary>UTF-8 without a byte order mark (the caller skips one).</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How a file is read, and how one earlier record is read again to confirm a copy (a smaller buffer): made once, not per read.</summary>
    private static readonly CsvConfiguration FileReading = Configuration(FileBuffer), RecordReading = Configuration(1024);

    /// <summary>A parser of the file's records from byte <paramref name="start"/> on.</summary>
    public static CsvParser FileParser(byte[] content, int start) => Parser(content, start, FileReading);

    /// <summary>A parser to read again the one record that starts at byte <paramref name="start"/>.</summary>
    public static CsvParser RecordParser(byte[] content, int start) => Parser(content, start, RecordReading);

    private static CsvParser Parser(byte[] content, int start, CsvConfiguration configuration)
    {
        var reader = new StreamReader(new MemoryStream(content, start, content.Length - start, writable: false), Utf8, detectEncodingFromByteOrderMarks: false, configuration.BufferSize);
        return new CsvParser(reader, configuration);
    }

    private static CsvConfiguration Configuration(int bufferSize) => new(CultureInfo.InvariantCulture)
    {
        Mode = CsvMode.RFC4180,
        IgnoreBlankLines = true,
        BadDataFound = null,
        DetectColumnCountChanges = false,
        BufferSize = bufferSize,
    };
}
