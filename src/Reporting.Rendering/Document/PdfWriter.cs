using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document;

/// <summary>
/// Draws laid-out pages into a tagged PDF and makes the bytes reproducible. PDFsharp puts
/// three random values into a file (font subset tags and the XMP document and instance ids,
/// all from <see cref="Guid.NewGuid"/>); they are replaced, same length, by values derived from
/// <see cref="ReportModel.DocumentId"/>, so byte offsets stay valid. Content streams are
/// compressed here with .NET's zlib because PDFsharp's own deflate output draws stream warnings
/// from <c>qpdf --check</c>.
/// </summary>
internal static class PdfWriter
{
    public static byte[] Write(ReportModel report, LaidOutDocument layout, Theme theme, ITextMeasure measure)
    {
        var document = Draw(report, layout, theme, measure);
        CompressContentStreams(document);
        return Save(document, report);
    }

    /// <summary>
    /// The tagged document with every page drawn and its bookmarks, not yet saved: the first of
    /// <see cref="Write"/>'s three steps, apart so the rendering benchmark can time each.
    /// </summary>
    internal static PdfDocument Draw(ReportModel report, LaidOutDocument layout, Theme theme, ITextMeasure measure)
    {
        var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        // Without an issue date the file is dated to the end of the figures: still the inputs, never the clock.
        var issued = (report.IssueDate ?? report.FiguresTo).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.Title = $"{report.Audience.Title}: {report.CouncilName}, {report.Period.ShortLabel}";
        document.Info.Author = report.CouncilName;
        document.Info.Subject = $"{report.Audience.Title} for {report.Audience.Readers}, {report.Period.Label}.{(report.Audience.Marking.Length > 0 ? " " + report.Audience.Marking + "." : string.Empty)}";
        document.Info.Creator = "Reporting";
        document.Info.CreationDate = issued;
        document.Info.ModificationDate = issued;

        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage("en-GB");
        document.ViewerPreferences.DisplayDocTitle = true;
        var structure = accessibility.StructureBuilder;

        PdfOutline? section = null;
        foreach (var laidOutPage in layout.Pages)
        {
            var page = DrawPage(document, structure, report, layout, laidOutPage, theme, measure);
            foreach (var (level, title) in laidOutPage.Headings)
            {
                // Bookmarks: every section (H1) and, under it, its headings (H2).
                if (level == 1 || section is null)
                {
                    section = document.Outlines.Add(title, page, opened: true);
                }
                else
                {
                    section.Outlines.Add(title, page);
                }
            }
        }

        if (document.Outlines.Count > 0)
        {
            document.PageMode = PdfPageMode.UseOutlines;
        }

        return document;
    }

    /// <summary>Saves a drawn document (PDFsharp writes the file) and makes its bytes reproducible: the last of <see cref="Write"/>'s steps.</summary>
    internal static byte[] Save(PdfDocument document, ReportModel report)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(report.DocumentId));
        var id = new string(seed.Take(16).Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        using var output = new MemoryStream(256 * 1024);
        document.Save(output, closeStream: false);
        var bytes = output.ToArray();
        ReplaceRandomTokens(bytes, seed);
        DeclarePdfUa(bytes);
        return bytes;
    }

    /// <summary>
    /// Adds a page and draws one laid-out page on it: the running header and footer, then each
    /// fragment in its box. Without a structure builder the page is drawn untagged.
    /// </summary>
    internal static PdfPage DrawPage(PdfDocument document, StructureBuilder? structure, ReportModel report, LaidOutDocument layout, LaidOutPage laidOutPage, Theme theme, ITextMeasure measure)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(theme.PageSize.Width);
        page.Height = XUnit.FromPoint(theme.PageSize.Height);
        using var graphics = XGraphics.FromPdfPage(page);
        var canvas = new PageCanvas(graphics, structure, theme, measure, layout);
        PageFrame.Draw(canvas, report, laidOutPage.Number, layout.Pages.Count);
        foreach (var placed in laidOutPage.Fragments)
        {
            if (placed.Clipped)
            {
                graphics.Save();
                graphics.IntersectClip(placed.Box);
                placed.Fragment.Draw(canvas, placed.Box);
                graphics.Restore();
            }
            else
            {
                placed.Fragment.Draw(canvas, placed.Box);
            }
        }

        canvas.FinishPage();
        return page;
    }

    /// <summary>
    /// Adds the PDF/UA-1 identification (<c>pdfuaid:part</c> 1) to the XMP metadata PDFsharp wrote.
    /// PDFsharp has no option for it, so the packet is rewritten in place at the same length: its
    /// indentation is dropped, the identification added and the rest padded with spaces, which
    /// XMP allows before the packet's end. Byte offsets, and so the cross-reference table, stay valid.
    /// </summary>
    internal static void DeclarePdfUa(byte[] pdf)
    {
        ReadOnlySpan<byte> begin = "<?xpacket begin="u8;
        ReadOnlySpan<byte> end = "<?xpacket end="u8;
        ReadOnlySpan<byte> rdfEnd = "</rdf:RDF>"u8;
        var start = pdf.AsSpan().IndexOf(begin);
        var stop = start < 0 ? -1 : pdf.AsSpan(start).IndexOf(end);
        if (stop < 0)
        {
            throw new InvalidOperationException("PDFsharp wrote no XMP packet to declare PDF/UA in.");
        }

        var packet = pdf.AsSpan(start, stop);
        var compact = new List<byte>(packet.Length);
        var lineStart = true;
        foreach (var b in packet)
        {
            if (lineStart && b is (byte)' ' or (byte)'\t')
            {
                continue;
            }

            lineStart = b == (byte)'\n';
            if (!(lineStart && compact.Count > 0 && compact[^1] == (byte)'\n'))
            {
                compact.Add(b);
            }
        }

        var at = compact.ToArray().AsSpan().IndexOf(rdfEnd);
        var identification = "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"u8.ToArray();
        compact.InsertRange(at, identification);
        if (compact.Count > packet.Length)
        {
            throw new InvalidOperationException("The XMP packet has no room for the PDF/UA identification.");
        }

        var rewritten = compact.ToArray();
        rewritten.CopyTo(pdf, start);
        pdf.AsSpan(start + rewritten.Length, packet.Length - rewritten.Length).Fill((byte)' ');
    }

    /// <summary>
    /// zlib level 3: on the Essex pack's content streams (300 KB) it takes 1.9 ms against 2.7 ms for
    /// level 6 ("optimal"), for 68 KB against 62 KB. Same level, same bytes: output stays reproducible.
    /// </summary>
    private static readonly ZLibCompressionOptions ContentCompression = new() { CompressionLevel = 3 };

    internal static void CompressContentStreams(PdfDocument document)
    {
        foreach (var page in document.Pages)
        {
            foreach (var item in page.Contents.Elements)
            {
                if ((item as PdfReference)?.Value is not PdfContent content || content.Stream is null || content.Elements.ContainsKey("/Filter"))
                {
                    continue;
                }

                using var compressed = new MemoryStream();
                using (var zlib = new ZLibStream(compressed, ContentCompression, leaveOpen: true))
                {
                    zlib.Write(content.Stream.Value);
                }

                content.Stream.Value = compressed.ToArray();
                content.Elements.SetName("/Filter", "/FlateDecode");
            }
        }
    }

    /// <summary>
    /// Rewrites subset tags ("/ABCDEF+Name") and XMP uuids in place with values derived from the
    /// seed. Works on the bytes (no string copy of the file): this runs for every document.
    /// </summary>
    private static void ReplaceRandomTokens(byte[] pdf, byte[] seed)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 8 < pdf.Length; i++)
        {
            if (pdf[i] != (byte)'/' || pdf[i + 7] != (byte)'+' || !IsUpper(pdf.AsSpan(i + 1, 6)))
            {
                continue;
            }

            var nameEnd = i + 8;
            while (nameEnd < pdf.Length && IsNameChar(pdf[nameEnd]))
            {
                nameEnd++;
            }

            var original = Encoding.ASCII.GetString(pdf, i + 1, 6);
            if (!tags.TryGetValue(original, out var replacement))
            {
                var hash = SHA256.HashData([.. seed, .. pdf.AsSpan(i + 8, nameEnd - i - 8), (byte)tags.Count]);
                replacement = new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
                tags[original] = replacement;
            }

            Encoding.ASCII.GetBytes(replacement, 0, 6, pdf, i + 1);
            i = nameEnd - 1;
        }

        ReadOnlySpan<byte> marker = "uuid:"u8;
        var counter = 0;
        var offset = 0;
        while (offset < pdf.Length)
        {
            var found = pdf.AsSpan(offset).IndexOf(marker);
            if (found < 0)
            {
                break;
            }

            var at = offset + found + marker.Length;
            if (at + 36 <= pdf.Length && Guid.TryParseExact(Encoding.ASCII.GetString(pdf, at, 36), "D", out _))
            {
                var hash = SHA256.HashData([.. seed, (byte)counter++]);
                Encoding.ASCII.GetBytes(new Guid(hash.AsSpan(0, 16)).ToString("D"), 0, 36, pdf, at);
            }

            offset = at;
        }
    }

    private static bool IsUpper(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameChar(byte b) => b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'#' or (byte)'-';
}
