using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Functions.Hosting;

namespace Reporting.Functions.Tests.Hosting;

public sealed class FunctionOptionsTests
{
    [Fact]
    public void FromSettings_AppServiceAuthenticationOn_RequiresAppRoles()
    {
        var options = FunctionOptions.FromSettings(name => name == "WEBSITE_AUTH_ENABLED" ? "True" : null);

        Assert.True(options.RequireAppRoles);
    }

    [Fact]
    public void FromSettings_ExplicitSettingWins_OverAppServiceAuthentication()
    {
        var settings = new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True", ["Reporting__RequireAppRoles"] = "false" };

        Assert.False(FunctionOptions.FromSettings(settings.GetValueOrDefault).RequireAppRoles);
    }

    [Theory]
    [InlineData("Reporting__Councils", "933,xyz", "Reporting__Councils")]
    [InlineData("Reporting__StorageServiceVersion", "latest", "as a date, e.g. 2025-11-05")]
    [InlineData("Reporting__MaxUploadMegabytes", "5000", "whole number from 1 to 100")]
    [InlineData("Reporting__RequestTimeoutSeconds", "300", "whole number from 1 to 220")]
    public void FromSettings_UnreadableSetting_ErrorNamesTheSettingAndWhatToWrite(string name, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionOptions.FromSettings(n => n == name ? value : null));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData(null, 60)]
    [InlineData("15", 15)]
    public void FromSettings_RequestTimeout_SecondsOrAMinuteByDefault(string? seconds, int expected)
    {
        var options = FunctionOptions.FromSettings(n => n == "Reporting__RequestTimeoutSeconds" ? seconds : null);

        Assert.Equal(TimeSpan.FromSeconds(expected), options.RequestTimeBudget);
    }

    [Theory]
    [InlineData("Reporting__RequireAppRoles", "yes")]
    [InlineData("Reporting__RequireAppRoles", "1")]
    [InlineData("WEBSITE_AUTH_ENABLED", "on")]
    public void FromSettings_FlagNeitherTrueNorFalse_ErrorNamesTheSetting(string name, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionOptions.FromSettings(n => n == name ? value : null));

        Assert.Contains(name, error.Message);
        Assert.Contains("true or false", error.Message);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("True", true)]
    public void FromSettings_RolesRequired_TrustedOnlyWithAppServiceAuthentication(string? authentication, bool trusted)
    {
        var settings = new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = authentication, ["Reporting__RequireAppRoles"] = "true" };

        Assert.Equal(!trusted, FunctionOptions.FromSettings(settings.GetValueOrDefault).RolesCannotBeTrusted);
    }

    private static ServiceProvider Bound(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddReportingOptions(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>(s.Key, s.Value))).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddReportingOptions_TheReportingSection_IsBoundIntoTheOptions()
    {
        using var services = Bound(("Reporting:RequestTimeoutSeconds", "3"), ("Reporting:Councils", "933, 886"), ("WEBSITE_AUTH_ENABLED", "true"));

        var options = services.GetRequiredService<FunctionOptions>();

        Assert.Equal(TimeSpan.FromSeconds(3), options.RequestTimeBudget);
        Assert.Equal(["933", "886"], options.Councils.Select(c => c.ToString()));
        Assert.True(options.RequireAppRoles);
    }

    [Fact]
    public void AddReportingOptions_ASettingThatCannotBeRead_FailsTheStartNamingIt()
    {
        using var services = Bound(("Reporting:MaxUploadMegabytes", "5000"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Reporting__MaxUploadMegabytes", error.Message);
        Assert.Contains("whole number from 1 to 100", error.Message);
    }
}
