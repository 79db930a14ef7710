namespace NsfcSeminar.Web.Features.Harvesting;

public enum OaiGranularity
{
    Day,
    Second,
}
