using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Interchange.Commands;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Commands run instead of serving (<c>scripts/run.sh COMMAND ...</c>). An unknown command is
/// refused rather than silently starting a server on the default port. A command stopped by a
/// signal, or failing, says so on standard error and exits non-zero.
/// </summary>
internal static class PortalCommands
{
    public static bool IsCommand(string[] args) => args is [var first, ..] && !first.StartsWith('-');

    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CommandStop();
        return await RunAsync(args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected, stop);
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive, CommandStop stop)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(stop);
        try
        {
            return await (args[0] switch
            {
                CreateAccountCommand.CreateAdmin or CreateAccountCommand.CreateUser =>
                    CreateAccountCommand.RunAsync(args, input, output, error, interactive, stop.Token),
                InterchangeCommands.Import or InterchangeCommands.Export => InterchangeCommands.RunAsync(args, output, error, stop.Token),
                _ => Unknown(args[0], error),
            });
        }
        catch (OperationCanceledException) when (stop.Signal is { } signal)
        {
            await error.WriteLineAsync($"Stopped by {signal}: {Unfinished(args[0])}");
            return stop.ExitCode;
        }
        catch (Exception e)
        {
            // An unreachable database, a full disk: one line for the operator, not a stack trace.
            // An account command may have failed after creating the account, so it claims nothing.
            var left = args[0] is InterchangeCommands.Import or InterchangeCommands.Export ? " " + Sentence(Unfinished(args[0])) : "";
            await error.WriteLineAsync($"{args[0]} failed: {e.GetBaseException().Message.TrimEnd('.')}.{left}");
            return 1;
        }
    }

    /// <summary>What a command that did not finish has left behind.</summary>
    private static string Unfinished(string command) => command switch
    {
        InterchangeCommands.Import => ImportCommand.Unfinished,
        InterchangeCommands.Export => ExportCommand.Unfinished,
        _ => CreateAccountCommand.Unfinished,
    };

    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static async Task<int> Unknown(string command, TextWriter error)
    {
        await error.WriteLineAsync($"Unknown command '{command}'. Run without arguments to serve the portal.");
        return 2;
    }
}
