namespace NsfcSeminar.Web.Features.Interchange.Exporting;

public sealed record ExportSummary(int Seminars, int Speeches, long Bytes);
