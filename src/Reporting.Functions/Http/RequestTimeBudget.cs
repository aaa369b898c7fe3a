using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Reporting.Functions.Http;

/// <summary>
/// Every HTTP request gets a time budget (<c>Reporting__RequestTimeoutSeconds</c>, 60 s by default):
/// the request's cancellation token (<see cref="HttpContext.RequestAborted"/>, which every function
/// passes on to storage and to file checks) is cancelled when the budget is spent, and the request
/// ends with <see cref="RequestTimeBudgetExceededException"/>, which <see cref="FailureAnswers"/>
/// turns into a 503 saying so. A client that hangs up still cancels as before. Used by the worker
/// middleware in Azure and by the local <c>serve</c>.
/// </summary>
/// <remarks>
/// The budget is for the service's own work, so the time a read of the request's body spends waiting
/// for the client's data is not counted: a 10 MB upload over a 1 Mbit/s line takes 80 s to arrive, and
/// a budget that ran while it arrived stopped it part way (the client, still sending, saw a broken
/// connection, not the 503). Whatever the body, a request is stopped <see cref="HardLimit"/> after it
/// began, so the 503 comes before the Azure front end ends the request at 230 s.
/// </remarks>
internal static class RequestTimeBudget
{
    /// <summary>The longest any request runs, waiting for its body included: under the 230 s the Azure front end allows.</summary>
    public static readonly TimeSpan HardLimit = TimeSpan.FromSeconds(220);

    public static async Task RunWithinAsync(HttpContext context, TimeSpan budget, Func<Task> next)
    {
        var clientToken = context.RequestAborted;
        var request = context.Request;
        var body = request.Body;
        using var timer = new CancellationTokenSource();
        var clock = new BudgetClock(timer, budget);
        request.Body = new ReadsPauseTheBudget(body, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(clientToken, timer.Token);
        context.RequestAborted = either.Token;
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timer.IsCancellationRequested && !clientToken.IsCancellationRequested)
        {
            throw new RequestTimeBudgetExceededException(clock.HardLimitReached ? HardLimit : budget, e);
        }
        finally
        {
            clock.Stop();
            // The failure answer is written against the client's own token, not the spent budget.
            context.RequestAborted = clientToken;
            request.Body = body;
        }
    }

    /// <summary>
    /// When the budget runs out: <c>budget</c> after the request began, plus the time its body reads
    /// waited, and never past <see cref="HardLimit"/>. While a read waits, only the hard limit runs.
    /// </summary>
    private sealed class BudgetClock
    {
        private readonly CancellationTokenSource _timer;
        private readonly TimeSpan _budget;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly Lock _gate = new();
        private TimeSpan _waited;
        private bool _stopped;

        public BudgetClock(CancellationTokenSource timer, TimeSpan budget)
        {
            (_timer, _budget) = (timer, budget);
            Schedule(paused: false);
        }

        /// <summary>True when the request ran into <see cref="HardLimit"/> rather than its budget.</summary>
        public bool HardLimitReached
        {
            get
            {
                lock (_gate)
                {
                    return _budget + _waited >= HardLimit;
                }
            }
        }

        public void ReadStarts() => Schedule(paused: true);

        public void ReadEnds(TimeSpan waited)
        {
            lock (_gate)
            {
                _waited += waited;
            }

            Schedule(paused: false);
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
            }
        }

        private void Schedule(bool paused)
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    return;
                }

                var elapsed = Stopwatch.GetElapsedTime(_started);
                var deadline = paused ? HardLimit : Min(_budget + _waited, HardLimit);
                _timer.CancelAfter(Max(deadline - elapsed, TimeSpan.Zero));
            }
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    }

    /// <summary>The request's body, telling the clock when each read starts waiting for the client and when it has its data.</summary>
    private sealed class ReadsPauseTheBudget(Stream body, BudgetClock clock) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var started = Stopwatch.GetTimestamp();
            clock.ReadStarts();
            try
            {
                return body.Read(buffer, offset, count);
            }
            finally
            {
                clock.ReadEnds(Stopwatch.GetElapsedTime(started));
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var started = Stopwatch.GetTimestamp();
            clock.ReadStarts();
            try
            {
                return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                clock.ReadEnds(Stopwatch.GetElapsedTime(started));
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override IAsyncResult BeginRead(byte[] buffer, int offset, int count, AsyncCallback? callback, object? state) =>
            TaskToAsyncResult.Begin(ReadAsync(buffer, offset, count), callback, state);

        public override int EndRead(IAsyncResult asyncResult) => TaskToAsyncResult.End<int>(asyncResult);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A request ran past its time budget and was stopped.</summary>
internal sealed class RequestTimeBudgetExceededException(TimeSpan budget, Exception inner)
    : TimeoutException($"The request ran past its time budget of {budget.TotalSeconds:0.###} s and was stopped.", inner)
{
    public TimeSpan Budget { get; } = budget;
}
