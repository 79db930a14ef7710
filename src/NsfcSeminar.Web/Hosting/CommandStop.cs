using System.Runtime.InteropServices;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Turns SIGINT (Ctrl-C) and SIGTERM into a cancelled token for a portal command, instead of the
/// runtime's default of ending the process wherever it is: the command stops where it can undo
/// its work (an import rolls back), says so, and exits as a shell reports a process that a
/// signal ended: 128 + the signal's number, 130 for SIGINT and 143 for SIGTERM.
/// </summary>
internal sealed class CommandStop : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly PosixSignalRegistration[] _registrations;

    public CommandStop() =>
        _registrations = [Register(PosixSignal.SIGINT), Register(PosixSignal.SIGTERM)];

    public CancellationToken Token => _stopping.Token;

    /// <summary>The signal that asked the command to stop, if one did.</summary>
    public PosixSignal? Signal { get; private set; }

    public int ExitCode => Signal == PosixSignal.SIGINT ? 130 : 143;

    /// <summary>Stops the command as a signal would (for tests, which cannot signal themselves).</summary>
    public void Request(PosixSignal signal)
    {
        Signal ??= signal;
        _stopping.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stopping.Dispose();
    }

    private PosixSignalRegistration Register(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        // Every signal is absorbed: Ctrl-C under scripts/run.sh arrives twice (from the terminal
        // and passed on by the script), and the second must not cut short the first's rollback.
        context.Cancel = true;
        Request(signal);
    });
}
