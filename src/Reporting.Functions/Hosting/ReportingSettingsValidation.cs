using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Reporting.Application.Settings;

namespace Reporting.Functions.Hosting;

/// <summary>
/// Validates the bound <see cref="ReportingSettings"/> at start by reading them as
/// <see cref="FunctionOptions"/> do: a value that cannot be read fails the start with the message
/// naming the setting and what to write.
/// </summary>
internal sealed class ReportingSettingsValidation(IConfiguration configuration) : IValidateOptions<ReportingSettings>
{
    public ValidateOptionsResult Validate(string? name, ReportingSettings options)
    {
        try
        {
            _ = FunctionOptions.From(options, configuration);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
