using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Publishing;

namespace Reporting.Pipeline.Quarters;

/// <summary>A quarter as its page shows it, as the application reads it: each part read once.</summary>
public sealed record QuarterSnapshot(QuarterStatus Status, Manifest? Manifest, IReadOnlyList<QuarterUpload> Uploads, IReadOnlyList<PublishedIndicator> Indicators, IReadOnlyList<QuarterRun> Runs, AudienceCatalogue Audiences);
