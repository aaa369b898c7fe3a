namespace Reporting.Pipeline.Storage;

/// <summary>
/// A storage operation failed after any retries. The message names the store, the object and
/// the operation, and says what to do.
/// </summary>
public class StoreException : Exception
{
    public StoreException(string operation, string container, string name, string message, Exception? inner = null)
        : base($"Could not {operation} '{(name.Length == 0 ? container : container + "/" + name)}': {message}", inner)
    {
        Operation = operation;
        Container = container;
        ObjectName = name;
    }

    public string Operation { get; }

    public string Container { get; }

    public string ObjectName { get; }
}
