using System.Text.Json;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>Takes the records of one section as they stream past, then finishes the section.</summary>
internal interface ISectionImport
{
    Task ReadAsync(JsonDocument record, int position, CancellationToken ct);

    Task FinishAsync(CancellationToken ct);
}
