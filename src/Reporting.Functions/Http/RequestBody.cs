namespace Reporting.Functions.Http;

/// <summary>Reads request bodies within a limit, so a large upload is refused without being held whole.</summary>
internal static class RequestBody
{
    /// <summary>
    /// The whole body, or null as soon as it passes <paramref name="limit"/> bytes (works for chunked bodies too).
    /// A body of declared <paramref name="length"/> within the limit is read into one array of that size,
    /// not grown by doubling: sixteen 10 MB uploads at once then take 160 MB, not 700 MB of arrays to collect.
    /// </summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken, long? length = null)
    {
        if (length is { } declared && declared <= limit)
        {
            // The server ends the body at its declared length (a shorter one is its own 400).
            var content = new byte[declared];
            await body.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            return content;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
