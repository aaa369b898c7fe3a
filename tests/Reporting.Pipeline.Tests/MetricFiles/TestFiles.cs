using System.Text;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>Builds uploads from text, as a council's system would save them.</summary>
internal static class TestFiles
{
    public static InputFile Text(string name, string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return new InputFile(name, byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes, "\"test\"");
    }
}
