using System.Text.RegularExpressions;
using Reporting.Functions.Functions;
using Reporting.Functions.Hosting;
using Reporting.Storage.Blob;
using Reporting.Testing;

namespace Reporting.Infra.Tests;

/// <summary>
/// One list of app settings: the table in infra/README.md is checked against the settings
/// main.bicep sets and the settings the function app's code asks for (recorded by calling the
/// code that reads them), so none of the three can drift from the others.
/// </summary>
[Trait("Lane", "Bicep")]
public sealed partial class AppSettingsTableTests
{
    private static readonly IReadOnlyList<(IReadOnlyList<string> Names, bool SetByBicep)> Table = ReadTable();

    private static IEnumerable<string> Documented => Table.SelectMany(row => row.Names);

    /// <summary>Every setting name the function app's code reads, asked for by the code itself.</summary>
    private static SortedSet<string> ReadByCode()
    {
        var asked = new SortedSet<string>(StringComparer.Ordinal);
        FunctionOptions.FromSettings(name => Record(name, null));
        foreach (var connection in new[] { ReportingServices.HostStorageSetting, ReportingServices.StorageSetting })
        {
            // Unset, then identity-based (only then is the user-assigned identity's client id read).
            StorageConnection.FromSettings(connection, name => Record(name, null));
            StorageConnection.FromSettings(connection, name => Record(name, name.EndsWith("__accountName", StringComparison.Ordinal) ? "account" : null));
        }

        asked.Add(QuarterlyRun.Schedule.Trim('%'));
        asked.Add(ReportingTelemetry.ConnectionStringSetting);
        return asked;

        string? Record(string name, string? value)
        {
            asked.Add(name);
            return value;
        }
    }

    [Fact]
    public void ReadmeTable_EverySettingTheCodeReads_IsListed()
    {
        Assert.Empty(ReadByCode().Except(Documented));
    }

    [Fact]
    public void ReadmeTable_SetByMainBicepColumn_MatchesTheTemplate()
    {
        var setByBicep = CompiledTemplate.Main.AppSettings().Keys.Order(StringComparer.Ordinal);

        Assert.Equal(setByBicep, Table.Where(row => row.SetByBicep).SelectMany(row => row.Names).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadmeTable_EveryRow_IsReadByTheCodeOrSetByMainBicep()
    {
        var known = ReadByCode().Union(CompiledTemplate.Main.AppSettings().Keys);

        Assert.Empty(Documented.Except(known));
        Assert.Equal(Documented.Count(), Documented.Distinct().Count());
    }

    /// <summary>The rows of the table under "## App settings": the setting names in the first column, and whether the second says main.bicep sets them.</summary>
    private static List<(IReadOnlyList<string>, bool)> ReadTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryLayout.Root, "infra", "README.md"));
        var rows = lines.SkipWhile(l => l.Trim() != "## App settings").Skip(1)
            .SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => ((IReadOnlyList<string>)Name().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList(), cells[2].StartsWith("yes", StringComparison.Ordinal)))
            .ToList();
        Assert.True(rows.Count > 5, "infra/README.md has no settings table under '## App settings'");
        Assert.All(rows, r => Assert.NotEmpty(r.Item1));
        return rows;
    }

    [GeneratedRegex("`([A-Za-z_]+)`")]
    private static partial Regex Name();
}
