using PdfSharp.Fonts;

namespace Reporting.Rendering.Fonts;

/// <summary>
/// Process-wide PDFsharp settings, applied once before the first document: the embedded font
/// resolver (PDFsharp has no fonts of its own on Linux).
/// Thread-safe and idempotent.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureApplied() => _ = Applied.Value;

    private static bool Apply()
    {
        if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }

        return true;
    }
}
