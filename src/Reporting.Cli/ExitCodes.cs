namespace Reporting.Cli;

/// <summary>What the command line's exit codes mean.</summary>
public static class ExitCodes
{
    /// <summary>Done; nothing needs attention.</summary>
    public const int Ok = 0;

    /// <summary>The inputs have errors (findings), or the work failed (storage, rendering).</summary>
    public const int FindingsOrFailure = 1;

    /// <summary>The command line itself is wrong: unknown option, bad council code or period.</summary>
    public const int Usage = 2;
}
