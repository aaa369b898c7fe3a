using System.CommandLine;
using Reporting.Domain;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Cli.Commands;

/// <summary>Options several commands share, and the parsing of council codes and periods into domain values.</summary>
internal static class CommonOptions
{
    public const string DefaultStore = "store";

    public static Option<string> Store() => new("--store")
    {
        Description = "The folder that stands in for Blob Storage (containers metrics/ and reports/ inside). Default: ./store",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultStore,
    };

    public static Option<string?> Council(string description = "The council's DfE three-digit local authority code, e.g. 933.") => new("--council")
    {
        Description = description,
        HelpName = "LA",
    };

    public static Option<string?> Period(string description) => new("--period")
    {
        Description = description,
        HelpName = "yyyy-yy-Qn",
    };

    public static bool TryPeriod(string? text, out FinancialQuarter period) => TryParse(FinancialQuarter.Parse(text), "--period", out period);

    private static bool TryParse<T>(ParseResult<T> result, string option, out T value)
    {
        if (result.TryGetValue(out value))
        {
            return true;
        }

        Terminal.Fail($"{option}: {result.Error}");
        return false;
    }
}
