using Reporting.Functions;
using Reporting.Functions.Runs;

// The Functions host starts this executable in the package root with FUNCTIONS_CUSTOMHANDLER_PORT
// and the app settings as environment variables.
return await HandlerHost.RunAsync(Environment.GetEnvironmentVariable, PipelineQuarterReports.Create);
