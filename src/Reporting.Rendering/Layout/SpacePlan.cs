namespace Reporting.Rendering.Layout;

/// <summary>
/// What a block can do with the space it is offered: place all of itself, place a part and leave
/// the rest for the next page, or place nothing ("does not fit" is a value, not an exception).
/// Invariant: <see cref="Fragment"/> is set unless the plan is <see cref="SpacePlanKind.Wrap"/>;
/// <see cref="Rest"/> is set only for <see cref="SpacePlanKind.Partial"/>.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, Fragment? Fragment, Block? Rest, string? Reason)
{
    public static SpacePlan Full(Fragment fragment) => new(SpacePlanKind.Full, fragment, null, null);

    public static SpacePlan Partial(Fragment fragment, Block rest) => new(SpacePlanKind.Partial, fragment, rest, null);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, null, null, reason);
}
