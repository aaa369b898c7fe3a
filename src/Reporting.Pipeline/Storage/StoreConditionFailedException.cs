namespace Reporting.Pipeline.Storage;

/// <summary>A conditional write found the object absent, present or changed when it expected otherwise.</summary>
public sealed class StoreConditionFailedException(string operation, string container, string name, string message, Exception? inner = null)
    : StoreException(operation, container, name, message, inner);
