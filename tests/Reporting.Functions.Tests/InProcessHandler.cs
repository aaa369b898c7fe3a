using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Tests;

/// <summary>The handler app on a free loopback port in the test process, over a given <see cref="IQuarterReports"/>.</summary>
internal sealed class InProcessHandler : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessHandler(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<InProcessHandler> StartAsync(IQuarterReports reports, HandlerOptions options)
    {
        var app = HandlerApp.Build(reports, options, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessHandler(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
