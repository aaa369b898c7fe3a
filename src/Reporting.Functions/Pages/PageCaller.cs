namespace Reporting.Functions.Pages;

/// <summary>Who is asking: their name when signed in, and whether they may upload and run (role <c>Reports.Generate</c>).</summary>
public sealed record PageCaller(string? Name, bool CanGenerate);
