using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reporting.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled to ARM JSON once per test run, with the resources of every module
/// (nested deployment) flattened, each beside the template that declares it so its
/// <c>variables(...)</c> can be read.
/// </summary>
internal sealed partial class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Compiled = new(Compile);

    private CompiledTemplate(JsonElement root, string warnings)
    {
        Root = root;
        Warnings = warnings;
        Resources = Flatten(root).ToList();
    }

    /// <summary>The compiled main template.</summary>
    public static CompiledTemplate Main => Compiled.Value;

    public JsonElement Root { get; }

    /// <summary>What bicep build wrote to standard error (warnings); empty when clean.</summary>
    public string Warnings { get; }

    /// <summary>Every resource in the template and its modules, with its declaring template.</summary>
    public IReadOnlyList<DeclaredResource> Resources { get; }

    /// <summary>The raw compiled JSON text, for checks over everything.</summary>
    public string Text => Root.GetRawText();

    /// <summary>The resources of one type (e.g. Microsoft.Storage/storageAccounts).</summary>
    public IReadOnlyList<DeclaredResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The one resource of a type.</summary>
    public DeclaredResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>The parameters main.bicep passes to module <paramref name="module"/> (name: value).</summary>
    public JsonElement ModuleParameter(string module, string parameter) =>
        Resources.Single(r => r.Type == "Microsoft.Resources/deployments" && r.Name == module)
            .Properties.GetProperty("parameters").GetProperty(parameter).GetProperty("value");

    /// <summary>The app settings main.bicep gives the function app, by name (values are ARM expressions or literals).</summary>
    public IReadOnlyDictionary<string, string> AppSettings() =>
        ModuleParameter("api", "appSettings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());

    private static CompiledTemplate Compile()
    {
        var (exitCode, output, errors) = BicepCli.Run("build", BicepCli.MainTemplate, "--stdout");
        Assert.True(exitCode == 0, $"bicep build failed ({exitCode}):\n{errors}");
        return new CompiledTemplate(JsonDocument.Parse(output).RootElement.Clone(), errors.Trim());
    }

    private static IEnumerable<DeclaredResource> Flatten(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        var list = resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(p => p.Value) : resources.EnumerateArray();
        foreach (var resource in list)
        {
            var declared = new DeclaredResource(resource, template);
            yield return declared;
            if (declared.Type == "Microsoft.Resources/deployments")
            {
                foreach (var nested in Flatten(declared.Properties.GetProperty("template")))
                {
                    yield return nested;
                }
            }
        }
    }
}

/// <summary>A resource in the compiled template, and the (module) template declaring it.</summary>
internal sealed partial record DeclaredResource(JsonElement Json, JsonElement Template)
{
    public string Type => Json.GetProperty("type").GetString()!;

    public string Name => Json.GetProperty("name").GetString()!;

    public JsonElement Properties => Json.GetProperty("properties");

    /// <summary>The resource's <c>condition</c> expression, or null when it is always deployed.</summary>
    public string? Condition => Json.TryGetProperty("condition", out var condition) ? condition.ToString() : null;

    /// <summary>The literal values of <c>variables('name').member</c> references in <paramref name="expression"/>, read from the declaring template.</summary>
    public IReadOnlyList<string> VariableMembers(string expression) =>
        VariableMember().Matches(expression)
            .Select(m => Template.GetProperty("variables").GetProperty(m.Groups[1].Value).GetProperty(m.Groups[2].Value).GetString()!)
            .ToList();

    [GeneratedRegex(@"variables\('(\w+)'\)\.(\w+)")]
    private static partial Regex VariableMember();
}
