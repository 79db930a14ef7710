namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// The one write an import lets run behind its reading: a batch of new seminars is copied while
/// the next is read and checked, so that the server and the importer work at the same time rather
/// than in turns. It runs on the import's one connection (one transaction): whatever uses that
/// connection next waits for it first, and a failure of the write is thrown to that waiter.
/// </summary>
internal sealed class WriteBehind
{
    private Task _running = Task.CompletedTask;

    /// <summary>Waits for the running write, then starts <paramref name="write"/> on the thread pool.</summary>
    public async Task StartAsync(Func<Task> write)
    {
        await _running;
        _running = Task.Run(write);
    }

    /// <summary>Waits for the running write; its failure is thrown here.</summary>
    public Task WaitAsync() => _running;

    /// <summary>Lets the running write end before an import that stopped early rolls back: its
    /// failure, if any, no longer matters (nothing is committed).</summary>
    public async Task SettleAsync()
    {
        await Task.WhenAny(_running);
        _ = _running.Exception;
    }
}
