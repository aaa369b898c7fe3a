using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Functions.Hosting;
using Reporting.Serve;
using Reporting.SampleData;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Web.Tests;

/// <summary>
/// <c>serve --sample</c> as a newcomer starts it (the folder store seeded with the sample data, the
/// same function classes as the function app, on a free loopback port) and Debian's chromium driven
/// by Playwright, shared by the tests of a class.
/// </summary>
public sealed class ServedSample : IAsyncLifetime
{
    /// <summary>Debian's chromium (apt package chromium); test.sh installs it when missing.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _root = Directory.CreateTempSubdirectory("reporting-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The folder store's root (the sample data set, and what the tests publish or break in it).</summary>
    public string Root => _root;

    /// <summary>The store the served app reads.</summary>
    public FolderStore Store => new(_root);

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: artifacts/screenshots/ under the repository root (ignored by git).</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(RepositoryLayout.Root, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium (apt-get install chromium), as ./test.sh does, then run the tests again.");
        }

        var store = new FolderStore(_root);
        await SampleDataSet.WriteAsync(store);
        _app = LocalFunctionsApp.Build(store, new FunctionOptions(), ["http://127.0.0.1:0"], logging: _ => { });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    /// <summary>Publishes every audience's review of council 933 for <paramref name="period"/> (once: later calls find it unchanged), as a run from the pages would.</summary>
    public async Task PublishAsync(string period)
    {
        await _publishing.WaitAsync();
        try
        {
            var quarter = Reporting.Domain.Periods.FinancialQuarter.Parse(period).Value;
            var result = await PipelineComposition.CreateRun(Store, new ServiceLinks()).RunAsync(new Reporting.Pipeline.RunRequest(SampleDataSet.Council, quarter, []));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Message);
            }
        }
        finally
        {
            _publishing.Release();
        }
    }

    private readonly SemaphoreSlim _publishing = new(1, 1);

    /// <summary>A new page <paramref name="width"/> CSS pixels wide, with JavaScript as the user's browser has it.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }
}
