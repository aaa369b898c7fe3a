namespace Reporting.Functions.Tests;

public sealed class HandlerOptionsTests
{
    [Fact]
    public void FromSettings_AppServiceAuthenticationOn_RequiresAppRoles()
    {
        var options = HandlerOptions.FromSettings(name => name == "WEBSITE_AUTH_ENABLED" ? "True" : null);

        Assert.True(options.RequireAppRoles);
    }

    [Fact]
    public void FromSettings_ExplicitSettingWins_OverAppServiceAuthentication()
    {
        var settings = new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True", ["Reporting__RequireAppRoles"] = "false" };

        Assert.False(HandlerOptions.FromSettings(settings.GetValueOrDefault).RequireAppRoles);
    }

    [Theory]
    [InlineData("Reporting__Councils", "933,xyz", "Reporting__Councils")]
    [InlineData("Reporting__RunWaitSeconds", "soon", "whole number from 0 to 200")]
    [InlineData("Reporting__MaxUploadMegabytes", "5000", "whole number from 1 to 100")]
    public void FromSettings_UnreadableSetting_ErrorNamesTheSettingAndWhatToWrite(string name, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => HandlerOptions.FromSettings(n => n == name ? value : null));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Reporting__RequireAppRoles", "yes")]
    [InlineData("Reporting__RequireAppRoles", "1")]
    [InlineData("WEBSITE_AUTH_ENABLED", "on")]
    public void FromSettings_FlagNeitherTrueNorFalse_ErrorNamesTheSetting(string name, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => HandlerOptions.FromSettings(n => n == name ? value : null));

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

        Assert.Equal(!trusted, HandlerOptions.FromSettings(settings.GetValueOrDefault).RolesCannotBeTrusted);
    }
}
