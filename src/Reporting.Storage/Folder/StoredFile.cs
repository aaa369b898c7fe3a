using System.Globalization;

namespace Reporting.Storage.Folder;

/// <summary>
/// A file of the folder store on disk: written atomically (a temporary file renamed into place) and
/// read with its ETag, the file's modification time and length, which every write changes as Blob
/// Storage gives a new ETag per write.
/// </summary>
internal static class StoredFile
{
    /// <summary>Writes a temporary file and renames it into place; returns its ETag (a rename keeps the modification time and length).</summary>
    public static string WriteAtomically(string temporaryFolder, string path, ReadOnlySpan<byte> content)
    {
        var temporary = Path.Combine(temporaryFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temporaryFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        var etag = CurrentETag(temporary);
        File.Move(temporary, path, overwrite: true);
        return etag;
    }

    public static (byte[] Content, string ETag) ReadWithETag(string path)
    {
        using var handle = File.OpenHandle(path);
        var content = new byte[RandomAccess.GetLength(handle)];
        var read = 0;
        while (read < content.Length)
        {
            read += RandomAccess.Read(handle, content.AsSpan(read), read);
        }

        return (content, ETagOf(File.GetLastWriteTimeUtc(handle), content.LongLength));
    }

    public static string CurrentETag(string path) => ETagOf(new FileInfo(path));

    public static string ETagOf(FileInfo file) => ETagOf(file.LastWriteTimeUtc, file.Length);

    private static string ETagOf(DateTime modified, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"\"0x{modified.Ticks:X}{length:X}\"");
}
