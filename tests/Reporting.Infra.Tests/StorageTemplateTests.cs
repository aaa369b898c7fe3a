using System.Text.Json;
using Reporting.Pipeline.Queueing;

namespace Reporting.Infra.Tests;

/// <summary>The storage account: keyless, private, TLS 1.2; what the app reads and writes exists; old runs go, current ones stay.</summary>
[Trait("Lane", "Bicep")]
public sealed class StorageTemplateTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static IEnumerable<JsonElement> LifecycleRules() =>
        Template.Single("Microsoft.Storage/storageAccounts/managementPolicies").Properties
            .GetProperty("policy").GetProperty("rules").EnumerateArray();

    [Fact]
    public void StorageAccount_Access_NoSharedKeyNoPublicBlobsTls12HttpsOnly()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts").Properties;

        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());
        Assert.True(account.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.True(account.GetProperty("defaultToOAuthAuthentication").GetBoolean());
    }

    [Fact]
    public void Containers_MetricsAndReports_ExistAndArePrivate()
    {
        var containers = Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var names = containers.Template.GetProperty("variables").GetProperty("containerNames").EnumerateArray().Select(n => n.GetString()).ToList();

        Assert.Contains("metrics", names);
        Assert.Contains("reports", names);
        Assert.Equal(3, names.Count); // and the Flex Consumption deployment container
        Assert.Equal("None", containers.Properties.GetProperty("publicAccess").GetString());
    }

    [Fact]
    public void Queues_RunQueueAndPoisonQueue_AreTheOnesTheFunctionsUse()
    {
        var queues = Template.Single("Microsoft.Storage/storageAccounts/queueServices/queues");
        var names = queues.Template.GetProperty("variables").GetProperty("queueNames").EnumerateArray().Select(n => n.GetString());

        Assert.Equal([RunQueueNames.Runs, RunQueueNames.Poison], names);
    }

    [Fact]
    public void BlobService_Uploads_AreVersionedAndSoftDeleted()
    {
        var blobs = Template.Single("Microsoft.Storage/storageAccounts/blobServices").Properties;

        Assert.True(blobs.GetProperty("isVersioningEnabled").GetBoolean());
        Assert.True(blobs.GetProperty("deleteRetentionPolicy").GetProperty("enabled").GetBoolean());
        Assert.True(blobs.GetProperty("containerDeleteRetentionPolicy").GetProperty("enabled").GetBoolean());
        Assert.Contains(LifecycleRules(), r => r.GetProperty("definition").GetProperty("filters").GetProperty("prefixMatch")[0].GetString() == "metrics/");
    }

    [Fact]
    public void Lifecycle_SupersededRuns_DeletedOnlyWhenTaggedUnderReportsAfterConfiguredDays()
    {
        var rule = Assert.Single(LifecycleRules(), r => r.GetProperty("name").GetString() == "reports-superseded-runs").GetProperty("definition");
        var tag = Assert.Single(rule.GetProperty("filters").GetProperty("blobIndexMatch").EnumerateArray());
        var supersededTag = Template.Root.GetProperty("variables").GetProperty("supersededTag");

        Assert.Equal(["reports/"], rule.GetProperty("filters").GetProperty("prefixMatch").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("==", tag.GetProperty("op").GetString());
        Assert.Equal("[parameters('supersededTag').name]", tag.GetProperty("name").GetString());
        Assert.Equal(Reporting.Pipeline.Storage.StoreLayout.SupersededTag, (supersededTag.GetProperty("name").GetString()!, supersededTag.GetProperty("value").GetString()!));
        Assert.Equal("[parameters('supersededRunRetentionDays')]", rule.GetProperty("actions").GetProperty("baseBlob").GetProperty("delete").GetProperty("daysAfterModificationGreaterThan").GetString());
        Assert.True(Template.Root.GetProperty("parameters").TryGetProperty("supersededRunRetentionDays", out _));
    }

    [Fact]
    public void Lifecycle_EveryRuleDeletingCurrentBlobs_NeedsTheSupersededTag()
    {
        // An age-only rule on reports/ would delete the run the manifest lists, and the manifest.
        var deletingCurrent = LifecycleRules()
            .Where(r => r.GetProperty("definition").GetProperty("actions").TryGetProperty("baseBlob", out _))
            .ToList();

        Assert.NotEmpty(deletingCurrent);
        Assert.All(deletingCurrent, r => Assert.True(
            r.GetProperty("definition").GetProperty("filters").TryGetProperty("blobIndexMatch", out var tags) && tags.GetArrayLength() > 0,
            $"lifecycle rule {r.GetProperty("name")} deletes current blobs without a tag filter"));
    }
}
