namespace Reporting.Domain;

/// <summary>
/// The outcome of parsing text supplied by a person: either a value or a message saying,
/// in words an improvement lead can act on, why the text was not accepted. Bad input is
/// data, not an exception.
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Why the text was rejected; null when parsing succeeded.</summary>
    public string? Error { get; }

    public bool Success => Error is null;

    /// <summary>The parsed value. Throws when parsing failed: check <see cref="Success"/> first.</summary>
    public T Value => Success ? _value! : throw new InvalidOperationException(Error);

    public static ParseResult<T> ForValue(T value) => new(value, null);

    public static ParseResult<T> ForError(string error) => new(default, error);

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Success;
    }
}
