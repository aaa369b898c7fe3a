namespace Reporting.Pipeline.Storage;

/// <summary>A held lease; renew it during long work, dispose it to release.</summary>
public interface IStoreLease : IAsyncDisposable
{
    string LeaseId { get; }

    Task RenewAsync(CancellationToken cancellationToken = default);
}
