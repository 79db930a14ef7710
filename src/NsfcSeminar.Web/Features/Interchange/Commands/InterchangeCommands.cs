namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary>The interchange commands of <c>scripts/run.sh</c>: import and export.</summary>
internal static class InterchangeCommands
{
    public const string Import = "import";

    public const string Export = "export";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return args[0] == Import
                ? await ImportCommand.RunAsync(args[1..], output, errors, ct)
                : await ExportCommand.RunAsync(args[1..], output, ct);
        }
        catch (CommandException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
