namespace Reporting.Testing;

/// <summary>Where the repository's files are, found from the test assembly's folder upwards.</summary>
public static class RepositoryLayout
{
    /// <summary>The folder that holds Reporting.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/tools: the npm test tools (Azurite).</summary>
    public static string Tools => Path.Combine(Root, "tests", "tools");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reporting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Reporting.sln was not found above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
