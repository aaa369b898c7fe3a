using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

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
/// The budget is for the service's own work, so for a request with a body it counts from when the
/// body has arrived: a 10 MB upload over a 1 Mbit/s line takes 80 s to arrive, and a budget that ran
/// while it arrived stopped it part way (the client, still sending, saw a broken connection, not the
/// 503). A body still arriving after <see cref="BodyArrivalAllowance"/> starts the budget anyway.
/// </remarks>
internal static class RequestTimeBudget
{
    /// <summary>How long a request's body may take to arrive before its budget counts regardless (Azure's front end gives a request 230 s).</summary>
    public static readonly TimeSpan BodyArrivalAllowance = TimeSpan.FromMinutes(3);

    public static async Task RunWithinAsync(HttpContext context, TimeSpan budget, Func<Task> next)
    {
        var clientToken = context.RequestAborted;
        var request = context.Request;
        var body = request.Body;
        using var timer = new CancellationTokenSource();
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? request.ContentLength > 0)
        {
            timer.CancelAfter(budget + BodyArrivalAllowance);
            request.Body = new ArrivalWatch(body, request.ContentLength, () => timer.CancelAfter(budget));
        }
        else
        {
            timer.CancelAfter(budget);
        }

        using var either = CancellationTokenSource.CreateLinkedTokenSource(clientToken, timer.Token);
        context.RequestAborted = either.Token;
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timer.IsCancellationRequested && !clientToken.IsCancellationRequested)
        {
            throw new RequestTimeBudgetExceededException(budget, e);
        }
        finally
        {
            // The failure answer is written against the client's own token, not the spent budget.
            context.RequestAborted = clientToken;
            request.Body = body;
        }
    }

    /// <summary>
    /// A request body that says when it has all arrived: a read that finds its end, or as many bytes
    /// read as its Content-Length gives (a form reader stops at the closing boundary, and may never
    /// ask for more).
    /// </summary>
    private sealed class ArrivalWatch(Stream body, long? length, Action arrived) : Stream
    {
        private long _read;
        private bool _arrived;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(body.Read(buffer, offset, count), count);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Counted(int read, int asked)
        {
            _read += read;
            if (!_arrived && ((read == 0 && asked > 0) || _read >= length))
            {
                _arrived = true;
                arrived();
            }

            return read;
        }

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
