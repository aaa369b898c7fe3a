using System.Security.Cryptography;
using System.Text;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// Every input of a run in name order (the uploads, the config and the published history read) and
/// the digest of their names and SHA-256s, which names the run: the same inputs, the same run id.
/// </summary>
public sealed record RunInputs(IReadOnlyList<InputFile> Files, string Digest)
{
    /// <summary>The run's id: the first 16 hex digits of <see cref="Digest"/>.</summary>
    public string RunId => Digest[..16];

    /// <summary>
    /// The inputs of <paramref name="quarter"/> and <paramref name="history"/>, digested with the uploads
    /// taken as published (<paramref name="recorded"/>: names and SHA-256s not read again) and the generator.
    /// </summary>
    public static RunInputs Of(QuarterFiles quarter, PublishedHistory history, IReadOnlyList<RecordedInput>? recorded, string generator)
    {
        var all = quarter.All.Concat(history.Files).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        return new RunInputs(all, DigestOf(all.Select(f => new RecordedInput(f.Name, f.Sha256)).Concat(recorded ?? [])
            .OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}\t{f.Sha256}").Append(generator)));
    }

    /// <summary>The SHA-256 of the lines joined by newlines, in lower-case hex.</summary>
    public static string DigestOf(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
}

/// <summary>An input as a manifest recorded it: its name and SHA-256.</summary>
public sealed record RecordedInput(string Name, string Sha256);
