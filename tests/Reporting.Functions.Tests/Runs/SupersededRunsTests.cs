using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Tests.Runs;

/// <summary>
/// The publisher and the storage account's lifecycle rule (infra/main.bicep): once a newer manifest
/// is in force, the earlier run's files carry the tag the rule deletes by; the files in force never do.
/// </summary>
[Collection(AzuriteFunctionAppCollection.Name)]
[Trait("Lane", "Azurite")]
public sealed class SupersededRunsTests(AzuriteFunctionApp app)
{
    private static readonly CouncilCode Council = CouncilCode.From(AzuriteFunctionApp.SecondCouncil);
    private static readonly FinancialQuarter Period = FinancialQuarter.From("2015-16-Q4");

    private async Task<IDictionary<string, string>> TagsAsync(string path) =>
        (await app.Azurite.BlobService().GetBlobContainerClient(StoreLayout.ReportsContainer).GetBlobClient(path).GetTagsAsync()).Value.Tags;

    [Fact]
    public async Task RunAsync_InputsChangedSinceTheLastPublication_EarlierRunsFilesAreTaggedSupersededAndTheNewOnesAreNot()
    {
        await using var services = app.Services();
        var run = services.GetRequiredService<ReportRun>();
        var first = (await run.RunAsync(new RunRequest(Council, Period, ["dfe"], Force: true))).Manifest!;
        var commentary = app.Azurite.BlobService().GetBlobContainerClient(StoreLayout.MetricsContainer).GetBlobClient($"{Council}/{Period}/commentary.md");
        await commentary.UploadAsync(BinaryData.FromString("## Priority 1: Strengthening strategic leadership\n\nA corrected commentary.\n"), overwrite: true);

        var second = (await run.RunAsync(new RunRequest(Council, Period, ["dfe"]))).Manifest!;

        Assert.NotEqual(first.RunId, second.RunId);
        var (key, value) = StoreLayout.SupersededTag;
        foreach (var old in first.Outputs)
        {
            Assert.Equal(value, (await TagsAsync(old.Path)).TryGetValue(key, out var tag) ? tag : null);
        }

        foreach (var current in second.Outputs)
        {
            Assert.False((await TagsAsync(current.Path)).ContainsKey(key), $"{current.Path} is in force and must not be tagged");
        }

        Assert.False((await TagsAsync(StoreLayout.Output(Council, Period, StoreLayout.ManifestFile))).ContainsKey(key));
    }
}
