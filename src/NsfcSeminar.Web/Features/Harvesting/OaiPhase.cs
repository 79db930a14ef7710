using System.Buffers.Text;

namespace NsfcSeminar.Web.Features.Harvesting;

public enum OaiPhase
{
    Meetings,
    Speeches,
}
