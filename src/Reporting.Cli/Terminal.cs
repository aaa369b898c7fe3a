using System.Globalization;
using Reporting.Domain;
using Reporting.Domain.Findings;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>How the command line talks to people: plain lines for progress, tables for results, errors on stderr.</summary>
internal static class Terminal
{
    private static readonly IAnsiConsole Error = Create(Console.Error, Console.IsErrorRedirected);

    static Terminal()
    {
        AnsiConsole.Console = Create(Console.Out, Console.IsOutputRedirected);
    }

    /// <summary>Colour and a fitted width on a terminal; plain text, no escape codes and wide lines when redirected to a file or a pipe.</summary>
    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    public static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(Excerpt.Visible(text)));

    public static void Progress(string stage, string detail) =>
        AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(stage.PadRight(9))}[/] {Markup.Escape(detail)}");

    public static void Fail(string message) => Error.MarkupLine($"[red]error:[/] {Markup.Escape(Excerpt.Visible(message))}");

    public static void Table(string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => new Markup(Markup.Escape(Excerpt.Visible(cell)))).ToArray());
        }

        AnsiConsole.Write(table);
    }

    public static void Findings(string title, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        Table(
            title,
            ["Severity", "File", "Where", "Value", "Problem"],
            findings.Select(f => (IReadOnlyList<string>)[f.Severity == Severity.Error ? "error" : "warning", f.File, f.Location, f.Value ?? string.Empty, f.Rule]));
    }

    /// <summary>"512 bytes", "5 KB", "1.2 MB": a small file never shows as "0 KB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.0 MB", CultureInfo.InvariantCulture),
        >= 1024 => (bytes / 1024d).ToString("0 KB", CultureInfo.InvariantCulture),
        1 => "1 byte",
        _ => bytes.ToString("0 bytes", CultureInfo.InvariantCulture),
    };
}
