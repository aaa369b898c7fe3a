namespace Reporting.Pipeline.Queueing;

/// <summary>Another run of the quarter held its lock: the ticket is to be tried again later.</summary>
public sealed class RunDeferredException(string message) : Exception(message);
