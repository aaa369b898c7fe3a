using System.Text;
using System.Xml;
using Reporting.Pipeline.MetricFiles.ChildrenInNeed;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.MetricFiles.Missing;
using Reporting.Pipeline.MetricFiles.Workforce;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// What an upload is, by the data contract's names: a file named as the contract names it (in any
/// folder, any case) is that file; otherwise its content decides: a CSV by its header row (the
/// reader whose required columns it has, the one with most when several fit), XML by its census
/// elements, Markdown as the commentary. <c>SSDA903_Episodes_2017.csv</c> with the episodes header
/// row is <c>ssda903/episodes.csv</c>. Used by <see cref="FileCheck"/> (the CLI's validate) and the
/// upload page, so a name from a client is only ever matched, never used as a path.
/// </summary>
public static class UploadNames
{
    /// <summary>The quarter's uploads the contract names, in the order a quarter page lists them.</summary>
    public static IReadOnlyList<ExpectedUpload> Expected { get; } =
    [
        new(MeasuresFile.FileName, "pre-aggregated values for any indicator, and earlier quarters as backfill"),
        new(WorkforceFile.Name, "social workers in post at the quarter end and leavers in the 12 months before (or csww.xml)"),
        new(CswwFile.Name, "the Children's Social Work Workforce census XML (instead of workforce.csv)"),
        new(VacanciesFile.Name, "vacant social worker posts by team"),
        new(Ssda903Files.Episodes, "SSDA903 episodes of care"),
        new(Ssda903Files.Header, "SSDA903 header table"),
        new(Ssda903Files.HealthOutcomes, "SSDA903 OC2: health of children looked after 12 months or more"),
        new(Ssda903Files.CareLeaverOutcomes, "SSDA903 OC3: care leavers aged 19 to 21"),
        new(MissingFile.Name, "missing episodes with return home interviews"),
        new(CinCensusFile.Name, "the Children in Need census XML"),
        new(CommentaryFile.FileName, "the council's commentary, one section per priority"),
        new(ActionsFile.FileName, "the council's actions for red and amber measures: owner, due date, status"),
    ];

    /// <summary>Config files (under <c>{la}/config/</c>) an upload may also be.</summary>
    public static IReadOnlyList<string> ConfigNames => QuarterValidation.KnownConfigFiles;

    /// <summary>CSV kinds and the header columns that identify them: each reader's own required columns.</summary>
    private static readonly (string Name, IReadOnlyList<string> Columns, bool Config)[] CsvKinds =
    [
        (MeasuresFile.FileName, MeasuresFile.RequiredColumns, false),
        (WorkforceFile.Name, WorkforceFile.RequiredColumns, false),
        (VacanciesFile.Name, VacanciesFile.RequiredColumns, false),
        .. Ssda903Files.RequiredColumns.Select(t => (t.Key, t.Value, false)),
        (MissingFile.Name, MissingFile.RequiredColumns, false),
        (ActionsFile.FileName, ActionsFile.RequiredColumns, false),
        (TargetsFile.FileName, TargetsFile.RequiredColumns, true),
        (BenchmarksFile.FileName, BenchmarksFile.RequiredColumns, true),
        (PostcodeBook.Name, PostcodeBook.RequiredColumns, true),
    ];

    /// <summary>
    /// The contract name an upload stands for, or null when neither its name nor its content says.
    /// <paramref name="clientName"/> is only compared, never used as a path.
    /// </summary>
    public static RecognisedUpload? Recognise(string clientName, ReadOnlySpan<byte> content)
    {
        var baseName = clientName.Replace('\\', '/');
        baseName = baseName[(baseName.LastIndexOf('/') + 1)..];
        if (ConfigNames.FirstOrDefault(c => c.Equals(baseName, StringComparison.OrdinalIgnoreCase)) is { } config)
        {
            return new RecognisedUpload(config, true, false);
        }

        if (Expected.FirstOrDefault(e => e.Name.Equals(baseName, StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith("/" + baseName, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return new RecognisedUpload(named.Name, false, false);
        }

        var extension = Path.GetExtension(baseName).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" => new RecognisedUpload(CommentaryFile.FileName, false, true),
            ".xml" => ByXmlElements(content),
            _ => ByHeaderRow(content),
        };
    }

    /// <summary>How much of an upload is read to recognise it by its content.</summary>
    private const int RecognitionPrefixBytes = 64 * 1024;

    private static RecognisedUpload? ByHeaderRow(ReadOnlySpan<byte> content)
    {
        var text = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 8 * 1024)]).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var header = (end < 0 ? text : text[..end])
            .Split(',')
            .Select(c => c.Trim().Trim('"').Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fits = CsvKinds.Where(k => k.Columns.All(header.Contains)).OrderByDescending(k => k.Columns.Count).ToList();
        return fits.Count == 0 || (fits.Count > 1 && fits[0].Columns.Count == fits[1].Columns.Count)
            ? null
            : new RecognisedUpload(fits[0].Name, fits[0].Config, true);
    }

    private static RecognisedUpload? ByXmlElements(ReadOnlySpan<byte> content)
    {
        try
        {
            // The first 200 elements are all that is looked at: a copy of the file's start, not of the whole upload.
            using var stream = new MemoryStream(content[..Math.Min(content.Length, RecognitionPrefixBytes)].ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            for (var elements = 0; elements < 200 && reader.Read();)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                elements++;
                switch (reader.LocalName)
                {
                    case "CSWWWorker" or "LALevelVacancies":
                        return new RecognisedUpload(CswwFile.Name, false, true);
                    case "CINdetails" or "ChildIdentifiers":
                        return new RecognisedUpload(CinCensusFile.Name, false, true);
                }
            }
        }
        catch (XmlException)
        {
            // Not XML that can be read: the caller says the file was not recognised.
        }

        return null;
    }
}
