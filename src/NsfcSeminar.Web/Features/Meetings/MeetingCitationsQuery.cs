using System.Data.Common;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The guiding documents the meeting of <c>@slug</c> cites, in its order: one statement.</summary>
internal static class MeetingCitationsQuery
{
    public const string Sql = """
        SELECT d.title_en, d.title_zh, d.kind, d.issued_on
        FROM meeting_citations AS c
        JOIN cited_documents AS d ON d.id = c.document_id
        WHERE c.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        ORDER BY c.sort_order, d.id
        """;

    public static async Task<IReadOnlyList<CitedDocumentItem>> ReadAsync(DbDataReader row, CancellationToken ct)
    {
        var citations = new List<CitedDocumentItem>();
        while (await row.ReadAsync(ct))
        {
            citations.Add(new CitedDocumentItem(row.Bilingual(0), row.Enum<DocumentKind>(2), row.Date(3)));
        }

        return citations;
    }
}
