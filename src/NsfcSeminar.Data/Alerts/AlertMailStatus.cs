namespace NsfcSeminar.Data.Alerts;

public enum AlertMailStatus
{
    Pending,
    Sent,
    Failed,
}
