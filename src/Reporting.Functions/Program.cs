using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Reporting.Functions.Hosting;

// The .NET isolated worker: the Functions host starts it, the functions are the classes under
// Functions/ (declared by their attributes), HTTP through ASP.NET Core integration.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<BaselineHeadersMiddleware>();
builder.UseMiddleware<HttpFailureMiddleware>();
builder.UseMiddleware<RequestTimeBudgetMiddleware>();
builder.UseMiddleware<AdmissionMiddleware>();
builder.Services.AddReportingFunctionApp(builder.Configuration);
builder.Services.AddReportingTelemetry(builder.Configuration);
builder.Build().Run();
