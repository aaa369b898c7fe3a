using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Serve.Tests;

/// <summary>A folder store holding the sample data set, shared by the tests of one class.</summary>
public sealed class SampleFolder : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateTempSubdirectory("reporting-local-api-").FullName;

    public FolderStore Store => new(Root);

    public async Task InitializeAsync() => await SampleDataSet.WriteAsync(Store);

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
