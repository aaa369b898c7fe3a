namespace Reporting.Pipeline.MetricFiles.Missing;

/// <summary>A parsed missing.csv; the flags say whether the optional RHI columns were supplied at all.</summary>
public sealed record MissingEpisodeTable(string File, IReadOnlyList<MissingEpisode> Episodes, bool HasOffered, bool HasInterviewDate);
