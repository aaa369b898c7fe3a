using Microsoft.AspNetCore.Http;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Functions.Http;

/// <summary>The council and quarter of a request that admission let through, parsed from its route; read with <see cref="Of"/>.</summary>
public sealed record AdmittedQuarter(CouncilCode Council, FinancialQuarter Period)
{
    private static readonly object Key = typeof(AdmittedQuarter);

    /// <summary>The admitted council and quarter of <paramref name="request"/>; only a function declaring <see cref="Authorisation.AdmitAttribute"/> has one.</summary>
    public static AdmittedQuarter Of(HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(Key, out var admitted) && admitted is AdmittedQuarter quarter
            ? quarter
            : throw new InvalidOperationException("The request was not admitted: the function must declare [Admit] and its host run admission (Admission.Admit) before it.");

    internal void AttachTo(HttpContext context) => context.Items[Key] = this;
}
