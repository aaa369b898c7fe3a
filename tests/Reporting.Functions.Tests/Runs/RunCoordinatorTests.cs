using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Tests.Runs;

public sealed class RunCoordinatorTests
{
    private static readonly CouncilCode Essex = CouncilCode.From(881);

    private static readonly FinancialQuarter Quarter = FinancialQuarter.From("2016-17-Q2");

    [Fact]
    public async Task Start_RunFailsWithNobodyWaiting_FailureIsLoggedWithItsReference()
    {
        var log = new RecordingLog();
        var reports = new FakeQuarterReports { Run = (_, _) => Task.FromException<RunSummary>(new IOException("disk full")) };
        var runs = new RunCoordinator(reports, TimeProvider.System, log);

        var (run, _) = runs.Start(Essex, Quarter, [], force: false);

        var entry = await log.NextAsync();
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(run.Reference, entry.Message);
        Assert.Equal("disk full", entry.Exception?.Message);
    }

    [Fact]
    public async Task Start_RunSucceedsWithNobodyWaiting_OutcomeIsLogged()
    {
        var log = new RecordingLog();
        var runs = new RunCoordinator(new FakeQuarterReports(), TimeProvider.System, log);

        runs.Start(Essex, Quarter, ["essex"], force: true);

        var entry = await log.NextAsync();
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("published", entry.Message);
    }

    private sealed class RecordingLog : ILogger
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> _entries = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _entries.Enqueue((logLevel, formatter(state, exception), exception));

        public async Task<(LogLevel Level, string Message, Exception? Exception)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            (LogLevel Level, string Message, Exception? Exception) entry;
            while (!_entries.TryDequeue(out entry))
            {
                await Task.Delay(10, timeout.Token);
            }

            return entry;
        }
    }
}
