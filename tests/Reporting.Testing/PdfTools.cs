namespace Reporting.Testing;

/// <summary>
/// Runs poppler and qpdf on a rendered document, as a reader's tools would see it. A missing tool
/// fails the test with the package to install (CI's script installs poppler-utils and qpdf).
/// </summary>
public sealed class PdfTools : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-render-").FullName;

    public string Save(byte[] pdf, string name = "document.pdf")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public string Text(string path, int? page = null) =>
        page is { } p ? Run("pdftotext", "poppler-utils", "-layout", "-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture), path, "-").Output
                      : Run("pdftotext", "poppler-utils", "-layout", path, "-").Output;

    /// <summary>Text in content order without layout reconstruction.</summary>
    public string RawText(string path) => Run("pdftotext", "poppler-utils", "-raw", path, "-").Output;

    /// <summary>Every word with its bounding box (pdftotext -bbox), to check sizes and positions.</summary>
    public string Boxes(string path) => Run("pdftotext", "poppler-utils", "-bbox", path, "-").Output;

    public string Info(string path) => Run("pdfinfo", "poppler-utils", path).Output;

    public string Structure(string path) => Run("pdfinfo", "poppler-utils", "-struct-text", path).Output;

    public string Fonts(string path) => Run("pdffonts", "poppler-utils", path).Output;

    /// <summary>
    /// The PDF/UA checker (tests/tools/pdfua_check.py, a structure-tree and content-stream walk with
    /// pikepdf): exit code 0 means no problems; each problem is a line of the output. It runs with
    /// Debian's /usr/bin/python3, which has python3-pikepdf (test.sh installs it).
    /// </summary>
    public (int ExitCode, string Output) CheckAccessibility(params string[] paths) =>
        Run("/usr/bin/python3", "python3-pikepdf", [Path.Combine(RepositoryLayout.Root, "tests", "tools", "pdfua_check.py"), .. paths]);

    /// <summary>qpdf --check: exit code 0 means no errors and no warnings.</summary>
    public (int ExitCode, string Output) Check(string path) => Run("qpdf", "qpdf", "--check", path);

    private static (int ExitCode, string Output) Run(string tool, string package, params string[] arguments)
    {
        var outcome = ExternalProcess.RunAsync(tool, arguments, installHint: $"These document checks need it: apt-get install {package}").GetAwaiter().GetResult();
        return (outcome.ExitCode, outcome.Output + outcome.Error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
