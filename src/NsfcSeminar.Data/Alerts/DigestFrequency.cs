namespace NsfcSeminar.Data.Alerts;

/// <summary>How often a saved search's new matches are mailed.</summary>
public enum DigestFrequency
{
    Daily,
    Weekly,
}
