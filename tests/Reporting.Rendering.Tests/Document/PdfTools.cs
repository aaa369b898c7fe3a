using System.Diagnostics;

namespace Reporting.Rendering.Tests.Document;

/// <summary>
/// Runs poppler and qpdf on a rendered document, as a reader's tools would see it. A missing tool
/// fails the test with the package to install (CI's script installs poppler-utils and qpdf).
/// </summary>
internal sealed class PdfTools : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-render-").FullName;

    public string Save(byte[] pdf, string name = "document.pdf")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public string Text(string path, int? page = null) =>
        page is { } p ? Run("pdftotext", "poppler-utils", "-layout", "-f", p.ToString(), "-l", p.ToString(), path, "-").Output
                      : Run("pdftotext", "poppler-utils", "-layout", path, "-").Output;

    /// <summary>Text in content order without layout reconstruction.</summary>
    public string RawText(string path) => Run("pdftotext", "poppler-utils", "-raw", path, "-").Output;

    public string Info(string path) => Run("pdfinfo", "poppler-utils", path).Output;

    public string Structure(string path) => Run("pdfinfo", "poppler-utils", "-struct-text", path).Output;

    public string Fonts(string path) => Run("pdffonts", "poppler-utils", path).Output;

    /// <summary>qpdf --check: exit code 0 means no errors and no warnings.</summary>
    public (int ExitCode, string Output) Check(string path) => Run("qpdf", "qpdf", "--check", path);

    private static (int ExitCode, string Output) Run(string tool, string package, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is not installed: these document checks need it. Install it with 'apt-get install {package}' (CI's test script does this).");
        }

        using (process)
        {
            var errorTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + errorTask.Result);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
