using System.Text.Json;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.Queueing;

/// <summary>
/// One queued run: a council-quarter, the audiences (empty for all), whether to re-render unchanged
/// inputs, the publication gate's confirmations (implausible changes, an incomplete quarter; never
/// honoured on a ticket from the timer), who asked (<see cref="Origin"/>: "timer" or "http") and when, and a reference that the
/// run's logs and status carry. It travels as the queue message's JSON; <see cref="Parse"/> checks it
/// as it would any input, since a queue can hold anything.
/// </summary>
public sealed record RunTicket(string Council, string Period, IReadOnlyList<string> Audiences, bool Force, string Origin, DateTimeOffset RequestedAt, string Reference, bool PublishWithErrors = false, bool PublishIncomplete = false)
{
    public const string TimerOrigin = "timer";

    public const string HttpOrigin = "http";

    /// <summary>A ticket for <paramref name="request"/> with a new reference.</summary>
    public static RunTicket For(RunRequest request, string origin, DateTimeOffset requestedAt) =>
        new(request.Council.Value, request.Period.ToString(), request.Audiences, request.Force, origin, requestedAt, Guid.NewGuid().ToString("N")[..12], request.PublishWithErrors, request.PublishIncomplete);

    public string ToJson() => JsonSerializer.Serialize(this, QueueingJsonContext.Default.RunTicket);

    /// <summary>The ticket and its request, or a sentence saying why the message is not one.</summary>
    public static (RunTicket? Ticket, RunRequest? Request, string? Problem) Parse(string? message)
    {
        RunTicket? ticket;
        try
        {
            ticket = string.IsNullOrWhiteSpace(message) ? null : JsonSerializer.Deserialize(message, QueueingJsonContext.Default.RunTicket);
        }
        catch (JsonException)
        {
            ticket = null;
        }

        if (ticket is null)
        {
            return (null, null, "The queue message is not a run ticket (JSON with council, period, audiences, force); it was not queued by this app.");
        }

        var (request, problem) = ticket.ToRequest();
        return (ticket, request, problem);
    }

    /// <summary>
    /// The run this ticket asks for, or a sentence saying why it names no valid quarter. A ticket from
    /// the timer confirms nothing at the publication gate, whatever it carries: nobody is there to confirm.
    /// </summary>
    public (RunRequest? Request, string? Problem) ToRequest()
    {
        var council = CouncilCode.Parse(Council);
        var period = FinancialQuarter.Parse(Period);
        var confirms = Origin != TimerOrigin;
        return council.Success && period.Success
            ? (new RunRequest(council.Value, period.Value, Audiences ?? [], Force, confirms && PublishWithErrors, confirms && PublishIncomplete), null)
            : (null, $"The queue message names no valid quarter: {council.Error ?? period.Error}");
    }
}
