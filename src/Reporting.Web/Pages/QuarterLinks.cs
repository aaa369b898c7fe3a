namespace Reporting.Web.Pages;

/// <summary>
/// Where a quarter's page links and posts, made by the host from its one set of routes: the page
/// itself, its upload and Run now forms, and an audience's review as a PDF (<see cref="Document"/>)
/// or a web page (<see cref="Review"/>), given the audience and the run (null for the publication in force).
/// </summary>
public sealed record QuarterLinks(string Quarter, string Files, string Runs, Func<string, string?, string> Document, Func<string, string?, string> Review);
