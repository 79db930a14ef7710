using Npgsql;
using NpgsqlTypes;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>Which pieces of four the copy writes (<see cref="CommonFours"/>): sampled when it is
/// built, read back from the copy when it is resumed, the same for every document written in
/// between, so that a piece the copy holds is held for every document that has it.</summary>
internal sealed partial class SearchCopy
{
    /// <summary>About this many documents are sampled, whatever the archive's size.</summary>
    private const int SampledDocuments = 4_000;

    private CommonFours _fours = CommonFours.Every;

    /// <summary>The common pieces of four among a sample of the documents <paramref name="transaction"/> sees.</summary>
    internal static async Task<CommonFours> SampleFoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var percent = documents <= SampledDocuments ? 100.0 : SampledDocuments * 100.0 / documents;
        var texts = new List<string>();
        WithoutJit(connection, transaction);
        await using var command = new NpgsqlCommand(CopyStatements.Sample, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("percent", NpgsqlDbType.Real) { Value = (float)percent });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            texts.Add(CopyDocument.Read(reader).Everything);
        }

        return CommonFours.Sampled(texts);
    }
}
