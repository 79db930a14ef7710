using System.Buffers.Text;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>Where a list continues: meetings are listed first, then speeches, each by id.
/// Keyset paging keeps a page's cost the same however deep the harvest goes.</summary>
internal sealed record OaiPosition(OaiPhase Phase, int AfterId, int Cursor)
{
    public static readonly OaiPosition Start = new(OaiPhase.Meetings, 0, 0);
}
