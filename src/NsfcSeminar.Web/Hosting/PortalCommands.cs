namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Commands run instead of serving (<c>scripts/run.sh COMMAND ...</c>). None exist yet; the
/// editing and import work adds them here. Until then a command is refused rather than
/// silently starting a server on the default port.
/// </summary>
internal static class PortalCommands
{
    public static bool IsCommand(string[] args) => args is [var first, ..] && !first.StartsWith('-');

    public static int Run(string[] args)
    {
        Console.Error.WriteLine($"Unknown command '{args[0]}'. Run without arguments to serve the portal.");
        return 2;
    }
}
