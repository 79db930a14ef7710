namespace NsfcSeminar.Data.Sample;

/// <summary>The records a fresh portal starts with: the seed seminar of 16 November 2024 and a
/// few invented ones, marked as samples.</summary>
public static class SampleArchive
{
    public static void AddTo(SeminarDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var themes = new SampleThemes();
        var bodies = new SampleBodies();
        var people = new SamplePeople();
        var series = new SampleSeries();
        var documents = new SampleDocuments();

        // Themes first, so that their ids follow the vocabulary's order.
        db.ReformThemes.AddRange(themes.All);
        db.Meetings.Add(SeedSeminar2024.Build(series.StrategySeminars, bodies, people, themes, documents));
        db.Meetings.AddRange(SampleSeminars.Build(series, bodies, people, themes));
    }
}
