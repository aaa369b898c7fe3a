using PdfSharp;
using PdfSharp.Fonts;

namespace Reporting.Rendering.Fonts;

/// <summary>
/// Process-wide PDFsharp settings, applied once before the first document: the AGPL licence
/// acknowledgement (PDFsharp 6.5 refuses to save without it) and the embedded font resolver.
/// Thread-safe and idempotent.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureApplied() => _ = Applied.Value;

    private static bool Apply()
    {
        PdfSharpLicense.SetAgplLicense();
        if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }

        return true;
    }
}
