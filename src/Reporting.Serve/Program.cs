using Reporting.Pipeline.Storage;
using Reporting.Serve;

// reporting-serve: the function app's HTTP functions and pages on loopback over the folder store.
var parsed = ServeCommand.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        ServeCommand.Fail(error.Message);
    }

    Console.WriteLine("Run 'reporting-serve --help' to see the options.");
    return ServeCommand.Usage;
}

try
{
    return await parsed.InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (StoreException exception)
{
    ServeCommand.Fail(exception.Message);
    return ServeCommand.Failure;
}
