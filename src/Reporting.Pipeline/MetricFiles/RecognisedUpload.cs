namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// An upload as the contract names it: <see cref="Name"/> within the quarter folder
/// ("ssda903/episodes.csv"), or within <c>config/</c> when <see cref="IsConfig"/>;
/// <see cref="ByContent"/> when its own name was not the contract's and its content told.
/// </summary>
public sealed record RecognisedUpload(string Name, bool IsConfig, bool ByContent);
