using NsfcSeminar.Web.Accounts;
using NsfcSeminar.Web.Features.Interchange.Commands;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Commands run instead of serving (<c>scripts/run.sh COMMAND ...</c>). An unknown command is
/// refused rather than silently starting a server on the default port.
/// </summary>
internal static class PortalCommands
{
    public static bool IsCommand(string[] args) => args is [var first, ..] && !first.StartsWith('-');

    public static Task<int> RunAsync(string[] args) => args[0] switch
    {
        CreateAccountCommand.CreateAdmin or CreateAccountCommand.CreateUser => CreateAccountCommand.RunAsync(
            args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected),
        InterchangeCommands.Import or InterchangeCommands.Export => InterchangeCommands.RunAsync(args, Console.Out, Console.Error, CancellationToken.None),
        _ => Unknown(args[0]),
    };

    private static Task<int> Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Run without arguments to serve the portal.");
        return Task.FromResult(2);
    }
}
