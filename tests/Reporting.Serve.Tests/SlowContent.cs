using System.Net;

namespace Reporting.Serve.Tests;

/// <summary>
/// A request body sent as a slow line sends it: the first half, a pause, then the rest. With its
/// length known it goes with a Content-Length header, as browsers send a form; without, chunked.
/// </summary>
internal sealed class SlowContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly TimeSpan _pause;
    private readonly bool _lengthKnown;

    private SlowContent(byte[] bytes, TimeSpan pause, bool lengthKnown)
    {
        (_bytes, _pause, _lengthKnown) = (bytes, pause, lengthKnown);
    }

    public static async Task<SlowContent> OfAsync(HttpContent content, TimeSpan pause, bool lengthKnown = true)
    {
        var slow = new SlowContent(await content.ReadAsByteArrayAsync(), pause, lengthKnown);
        foreach (var header in content.Headers.Where(h => h.Key != "Content-Length"))
        {
            slow.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return slow;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var half = _bytes.Length / 2;
        await stream.WriteAsync(_bytes.AsMemory(0, half));
        await stream.FlushAsync();
        await Task.Delay(_pause);
        await stream.WriteAsync(_bytes.AsMemory(half));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes.Length;
        return _lengthKnown;
    }
}
