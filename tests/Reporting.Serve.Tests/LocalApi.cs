using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Functions.Hosting;
using Reporting.Serve;
using Reporting.Pipeline.Storage;

namespace Reporting.Serve.Tests;

/// <summary>The local <c>serve</c> app on a free loopback port in the test process, over a given store.</summary>
internal sealed class LocalApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalApi(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<LocalApi> StartAsync(IObjectStore store, FunctionOptions options)
    {
        var app = LocalFunctionsApp.Build(store, options, ["http://127.0.0.1:0"], logging: _ => { });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalApi(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
