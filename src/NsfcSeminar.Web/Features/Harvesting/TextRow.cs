using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

internal sealed record TextRow(Language Language, string Title, string? Summary);
