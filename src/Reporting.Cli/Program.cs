using System.CommandLine;
using Reporting.Cli;
using Reporting.Cli.Commands;
using Reporting.Pipeline.Storage;

var root = new RootCommand(
    "Reporting: turns a council's children's services metric files into the quarterly review documents for the DfE, " +
    "the improvement partner and Cabinet. Start with: reporting run --sample")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    SampleDataCommand.Create(),
    StatusCommand.Create(),
    ServePointerCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Terminal.Fail(error.Message);
    }

    Terminal.Line("Run 'reporting --help' (or 'reporting COMMAND --help') to see the commands and options.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (StoreException exception)
{
    Terminal.Fail(exception.Message);
    return ExitCodes.FindingsOrFailure;
}
catch (OperationCanceledException)
{
    Terminal.Fail("Cancelled; nothing was published by the cancelled run.");
    return ExitCodes.FindingsOrFailure;
}
catch (Exception exception) when (Environment.GetEnvironmentVariable("REPORTING_DEBUG") != "1")
{
    Terminal.Fail($"Unexpected failure ({exception.GetType().Name}: {exception.Message}). This is a bug: please report it with the command you ran; set REPORTING_DEBUG=1 to see the details.");
    return ExitCodes.FindingsOrFailure;
}
