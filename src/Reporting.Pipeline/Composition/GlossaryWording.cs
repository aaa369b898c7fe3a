using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>The glossary's words, alike in the PDF and on the web page: each indicator's detail line, and the public summary's plain terms.</summary>
public static class GlossaryWording
{
    public const string Intro = "How each indicator is defined and measured. Figures follow the Department for Education's published definitions where one exists.";

    /// <summary>Words the public summary uses, in plain English.</summary>
    public static IReadOnlyList<(string Term, string Meaning)> PlainTerms { get; } =
    [
        ("Agency social worker", "a social worker supplied by an agency for a while, rather than employed by the council."),
        ("Aim", "the figure the council has committed to reach by now."),
        ("Care leavers", "young people aged 19 to 21 who were in the council's care as teenagers; the council keeps supporting them."),
        ("Caseload", "the number of children a social worker is responsible for."),
        ("Children looked after", "children in the council's care, for example living with foster carers."),
        ("Close to the aim", "within a tenth of the aim, unless the summary says otherwise: an amber rating."),
        ("\"c\"", "a figure hidden because it is based on five or fewer children, so that nobody can be identified."),
        ("England", "the average for every council in England, as the Department for Education publishes it, with the year it describes; \"84 in every 100\" means 84%."),
        ("Health assessment", "the check of a child's physical and emotional health that every child in care has each year."),
        ("Ofsted", "the inspectorate that judges councils' services for children."),
        ("Plan start", "where a figure stood when the improvement plan began, so progress can be measured from it."),
        ("Return home interview", "a conversation with a child after they have been missing, to understand why and keep them safe."),
        ("Turnover", "the share of permanent social workers who left in the last twelve months."),
    ];

    /// <summary>The glossary's line under an indicator's definition: priority, window, polarity and unit.</summary>
    public static string Detail(IndicatorDefinition d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return $"Priority {d.Priority}; measured {d.WindowText}; {PolarityWords.Sentence(d.Polarity)}; shown as {UnitText(d)}.";
    }

    private static string UnitText(IndicatorDefinition d)
    {
        var places = d.Decimals == 0 ? "a whole number" : $"{d.Decimals} decimal {ReviewWording.Plural(d.Decimals, "place", "places")}";
        return d.Unit switch
        {
            IndicatorUnit.Percent => d.Decimals == 0 ? "a whole percentage" : $"a percentage to {places}",
            IndicatorUnit.Count => "a count",
            IndicatorUnit.Days => "a number of days",
            _ => d.Decimals == 0 ? "a whole number" : $"a number to {places}",
        };
    }
}
