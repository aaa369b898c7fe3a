using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Functions.Functions;
using Reporting.Pipeline;
using static Reporting.Functions.Tests.AzuriteFunctionApp;

namespace Reporting.Functions.Tests.Functions;

/// <summary>
/// What an operator sees of a run in the logs (Application Insights traces): every stage and the
/// outcome, each with the council and period as properties they can filter on.
/// </summary>
[Collection(AzuriteFunctionAppCollection.Name)]
[Trait("Lane", "Azurite")]
public sealed class RunQuarterLoggingTests(AzuriteFunctionApp app)
{
    [Fact]
    public async Task RunAsync_ForcedRun_LogsEveryStageAndTheOutcomeWithCouncilAndPeriod()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services();
        var start = Request(services, "POST", "/api/runs/933/2016-17-Q1?audience=dfe&force=true");
        var (status, _, _) = await AnswerAsync(start, Admit(nameof(StartRun), start, "933", "2016-17-Q1") ?? await Function<StartRun>(services).RunAsync(start, "933", "2016-17-Q1"));
        var log = new RecordingLogger();

        await ActivatorUtilities.CreateInstance<RunQuarter>(services, log).RunAsync(Assert.Single(await app.ReceiveAllAsync()), CancellationToken.None);

        Assert.Equal(202, status);
        var stages = log.Entries.Where(e => e.Properties.ContainsKey("Stage")).ToList();
        Assert.Equal(Enum.GetValues<RunStage>(), stages.Select(e => (RunStage)e.Properties["Stage"]!).Distinct());
        var outcome = Assert.Single(log.Entries, e => e.Properties.ContainsKey("Outcome"));
        Assert.Equal("Published", outcome.Properties["Outcome"]!.ToString());
        Assert.All(stages.Append(outcome), e =>
        {
            Assert.Equal("933", e.Properties["Council"]!.ToString());
            Assert.Equal("2016-17-Q1", e.Properties["Period"]!.ToString());
            Assert.Equal("933", e.Scope["Council"]!.ToString());
            Assert.Equal("2016-17-Q1", e.Scope["Period"]!.ToString());
        });
    }

    /// <summary>One log call: its level, its template's properties, and the properties of the scopes around it.</summary>
    private sealed record Entry(LogLevel Level, IReadOnlyDictionary<string, object?> Properties, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Records structured log calls as a logging provider (Application Insights) receives them.</summary>
    private sealed class RecordingLogger : ILogger<RunQuarter>
    {
        private readonly List<IReadOnlyDictionary<string, object?>> _scopes = [];

        public List<Entry> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var properties = Properties(state);
            lock (_scopes)
            {
                _scopes.Add(properties);
            }

            return new Popped(() =>
            {
                lock (_scopes)
                {
                    _scopes.Remove(properties);
                }
            });
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_scopes)
            {
                Entries.Add(new Entry(logLevel, Properties(state), _scopes.SelectMany(s => s).ToDictionary(p => p.Key, p => p.Value)));
            }
        }

        private static Dictionary<string, object?> Properties<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value)
            : state is IEnumerable<KeyValuePair<string, object>> objects ? objects.ToDictionary(p => p.Key, p => (object?)p.Value)
            : [];

        private sealed class Popped(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }
}
