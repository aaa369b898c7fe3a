using System.Diagnostics;
using Reporting.Testing;

namespace Reporting.Functions.Tests.Process;

public sealed class PublishScriptTests
{
    [Fact]
    public async Task Publish_NonEmptyFolderItDidNotMake_RefusesAndLeavesTheFilesAlone()
    {
        var folder = Directory.CreateTempSubdirectory("reporting-publish-").FullName;
        try
        {
            var precious = Path.Combine(folder, "thesis.docx");
            await File.WriteAllTextAsync(precious, "years of work");
            var start = new ProcessStartInfo("bash") { ArgumentList = { Path.Combine(RepositoryLayout.Root, "infra", "publish.sh"), folder, "--no-zip" }, RedirectStandardOutput = true, RedirectStandardError = true };
            using var publish = System.Diagnostics.Process.Start(start)!;
            var error = publish.StandardError.ReadToEndAsync();
            await publish.StandardOutput.ReadToEndAsync();
            await publish.WaitForExitAsync();

            Assert.NotEqual(0, publish.ExitCode);
            Assert.Contains("not empty", await error);
            Assert.True(File.Exists(precious));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
