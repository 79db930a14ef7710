using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary>The change report of an import on the command line: each updated record, each field
/// it changes, old → new, so that nothing an editor entered goes without a line saying so.</summary>
internal static class ImportChangeList
{
    public static async Task WriteAsync(ImportReport report, TextWriter output)
    {
        foreach (var change in report.Changes)
        {
            await output.WriteLineAsync($"  changed {change.Section} '{change.Slug}':");
            foreach (var field in change.Fields)
            {
                await output.WriteLineAsync($"    {field.Path}: {Shown(field.OldShown)} → {Shown(field.NewShown)}");
            }
        }

        if (report.ChangesTruncated)
        {
            await output.WriteLineAsync($"  … and more: only the first {ImportReport.MaxChangedRecords} changed records are listed.");
        }
    }

    private static string Shown(string? value) => value is null ? "(none)" : $"\"{value}\"";
}
