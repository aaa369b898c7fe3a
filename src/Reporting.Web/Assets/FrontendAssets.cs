using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Reporting.Web.Assets;

/// <summary>A static file the pages use: its bytes, media type and a strong ETag (its SHA-256).</summary>
public sealed record StaticAsset(byte[] Content, string ContentType, string ETag);

/// <summary>
/// The pages' static files, read once from the build output: GOV.UK Frontend's CSS, JS and images
/// (copied from npm's <c>govuk-frontend/dist</c> by the build into <c>govuk-frontend/</c>) and this
/// service's own <c>reporting.mjs</c> and <c>reporting.css</c>. A request names an asset by a key of this catalogue; no
/// part of a URL is ever used as a path on disk. The CSS is adapted once, here: its
/// <c>/assets/images/</c> URLs point beside it, and the GDS Transport font, which may only be
/// used on GOV.UK domains, is dropped for the fallback it already names (Arial, sans-serif).
/// </summary>
public sealed class FrontendAssets
{
    /// <summary>The stylesheet's key.</summary>
    public const string Stylesheet = "govuk-frontend.min.css";

    /// <summary>The module that starts GOV.UK Frontend's components.</summary>
    public const string Script = "reporting.mjs";

    /// <summary>This service's few style additions.</summary>
    public const string OwnStylesheet = "reporting.css";

    private const string Folder = "govuk-frontend";

    private readonly FrozenDictionary<string, StaticAsset> _assets;

    private FrontendAssets(FrozenDictionary<string, StaticAsset> assets) => _assets = assets;

    /// <summary>Every key, for tests and diagnostics.</summary>
    public IEnumerable<string> Names => _assets.Keys;

    /// <summary>The asset for a key such as "govuk-frontend.min.css" or "images/favicon.svg"; null for anything else.</summary>
    public StaticAsset? Find(string? name) => name is not null && _assets.TryGetValue(name, out var asset) ? asset : null;

    /// <summary>Reads the catalogue from <paramref name="baseDirectory"/> (the app's output folder); a missing build is an error that says how to make it.</summary>
    public static FrontendAssets Load(string baseDirectory)
    {
        var root = Path.Combine(baseDirectory, Folder);
        var css = Path.Combine(root, Stylesheet);
        if (!File.Exists(css))
        {
            throw new InvalidOperationException($"GOV.UK Frontend's files are not in {root}. Build the app with the .NET SDK and npm on the PATH (the build runs npm ci in src/Reporting.Web), or copy them from node_modules/govuk-frontend/dist/govuk.");
        }

        var assets = new Dictionary<string, StaticAsset>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            var content = File.ReadAllBytes(path);
            if (name == Stylesheet)
            {
                content = Encoding.UTF8.GetBytes(AdaptStylesheet(Encoding.UTF8.GetString(content)));
            }

            assets[name] = Asset(content, ContentType(name));
        }

        foreach (var own in new[] { Script, OwnStylesheet })
        {
            using var resource = typeof(FrontendAssets).Assembly.GetManifestResourceStream("Assets." + own)
                ?? throw new InvalidOperationException($"{own} is not embedded in {typeof(FrontendAssets).Assembly.GetName().Name}.");
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            assets[own] = Asset(copy.ToArray(), ContentType(own));
        }

        return new FrontendAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string AdaptStylesheet(string css)
    {
        var text = new StringBuilder(css.Length);
        var at = 0;
        while (css.IndexOf("@font-face{", at, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = css.IndexOf('}', start);
            text.Append(css, at, start - at);
            at = end + 1;
        }

        text.Append(css, at, css.Length - at);
        return text.ToString()
            .Replace("font-family:GDS Transport,", "font-family:", StringComparison.Ordinal)
            .Replace("url(/assets/images/", "url(images/", StringComparison.Ordinal);
    }

    private static StaticAsset Asset(byte[] content, string contentType) =>
        new(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))}\"");

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}
