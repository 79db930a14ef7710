using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Parsing;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;
using NsfcSeminar.Web.Hosting.Observability;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Imports a bundle all-or-nothing: one transaction, committed only when the whole file was read
/// and not one problem was found. A dry run does the same work and rolls it back, which is how
/// the workspace previews an upload; so does a cancelled import (the transaction is never committed).
/// </summary>
public sealed class ArchiveImport(IDbContextFactory<SeminarDbContext> factory, SeminarMetrics? metrics = null)
{
    /// <summary>The people whose slugs an import holds whole; past them it asks PostgreSQL for
    /// the people the seminars name (<see cref="PeopleLookUp"/>), so that what it holds does not
    /// grow with the archive or the bundle. An archive holds thousands of people.</summary>
    public const int PeopleHeldWhole = 20_000;

    /// <summary><see cref="PeopleHeldWhole"/>, lower in tests of the people looked up.</summary>
    internal int PeopleHeldAtMost { get; init; } = PeopleHeldWhole;

    public async Task<ImportReport> RunAsync(ImportSource source, bool dryRun, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var db = await factory.CreateDbContextAsync(ct);

        // The connection may retry on transient faults; a retry starts the whole import again,
        // reading the file anew inside a new transaction.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async cancel =>
        {
            db.ChangeTracker.Clear();
            var report = new ImportReport(source.Name);
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            var session = new ImportSession(db, await ArchiveSlugs.LoadAsync(db, cancel, PeopleHeldAtMost), report, source.Mode);
            await using (var stream = source.Open())
            {
                try
                {
                    await ReadAsync(new BundleReader(stream), session, source.Length, Measured(progress), cancel);
                }
                catch (BundleSyntaxException e)
                {
                    report.Add(ImportProblem.InFile(e.Message));
                }
                catch (Exception e) when (e is DbUpdateException || DatabaseRefusal.Find(e) is not null)
                {
                    // Checks run before writing, so this is rare: say what the database said. It
                    // is no fault of the connection, so it is not retried (SeminarExecutionStrategy).
                    var said = DatabaseRefusal.Find(e) is { } refusal ? DatabaseRefusal.Describe(refusal) : e.InnerException?.Message ?? e.Message;
                    report.Add(ImportProblem.InFile($"the database refused the import: {said}"));
                }
                finally
                {
                    // Whatever stopped the reading, the connection is free again before the commit or rollback.
                    await session.Writes.SettleAsync();
                }
            }

            if (report.Succeeded && !dryRun)
            {
                using (report.Clock.Time(ImportStage.SearchHandOff))
                {
                    await SearchHandOff.HandOverAsync(db, session.CreatedMeetings, cancel);
                }

                using (report.Clock.Time(ImportStage.Commit))
                {
                    await transaction.CommitAsync(cancel);
                }

                report.Committed = true;
            }
            else
            {
                await transaction.RollbackAsync(cancel);
            }

            foreach (var (section, counts) in report.Counts)
            {
                metrics?.ImportedRecords.Add(counts.Total, new("kind", section.ToString()), new("committed", report.Committed));
            }

            return report;
        }, ct);
    }

    /// <summary>The caller's progress, and the share of the file read on the import-progress metric.</summary>
    private IProgress<ImportProgress>? Measured(IProgress<ImportProgress>? progress) => metrics is null ? progress : new MeasuredProgress(progress, metrics);

    private sealed class MeasuredProgress(IProgress<ImportProgress>? inner, SeminarMetrics metrics) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.TotalBytes is > 0 and { } total)
            {
                metrics.ImportProgress.Record((double)value.BytesRead / total);
            }

            inner?.Report(value);
        }
    }

    private static async Task ReadAsync(BundleReader reader, ImportSession session, long? length, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var report = session.Report;
        if (reader.Read() != System.Text.Json.JsonTokenType.StartObject)
        {
            report.Add(ImportProblem.InFile("expected the bundle to be one JSON object, starting with {\"format\": 1"));
            return;
        }

        if (!FormatVersion.Check(reader, report))
        {
            return;
        }

        BundleSection? last = null;
        while (reader.Read() == System.Text.Json.JsonTokenType.PropertyName)
        {
            var name = reader.Text!;
            var section = BundleSections.FromName(name);
            if (section is null || section <= last)
            {
                report.Add(ImportProblem.InFile(SectionProblem(name, section, last)));
                reader.SkipValue();
                continue;
            }

            last = section;
            if (!reader.BeginArray())
            {
                report.Add(ImportProblem.InFile($"\"{name}\" must be an array of records, [ … ]"));
                continue;
            }

            var import = Create(section.Value, session);
            for (var position = 0; Next(reader, report.Clock) is { } record; position++)
            {
                // Checked per record too: a refused bundle is read to its end without a query.
                ct.ThrowIfCancellationRequested();
                using (record)
                {
                    await import.ReadAsync(record, position, ct);
                }

                if (section == BundleSection.Seminars)
                {
                    progress?.Report(new ImportProgress(reader.BytesRead, length, position + 1));
                }
            }

            await import.FinishAsync(ct);
        }

        reader.ReadEnd();
        progress?.Report(new ImportProgress(reader.BytesRead, length, report.Counts[BundleSection.Seminars].Total));
    }

    private static System.Text.Json.JsonDocument? Next(BundleReader reader, ImportClock clock)
    {
        using (clock.Time(ImportStage.Parsing))
        {
            return reader.ReadRecordOrEnd();
        }
    }

    private static string SectionProblem(string name, BundleSection? section, BundleSection? last) =>
        section is null
            ? $"unknown section \"{name}\"; a bundle holds \"format\" and then, in this order, {string.Join(", ", BundleSections.InFileOrder.Select(s => $"\"{s.Name()}\""))}"
            : section == last
                ? $"section \"{name}\" appears twice"
                : $"section \"{name}\" must come before \"{last!.Value.Name()}\": sections appear in the order {string.Join(", ", BundleSections.InFileOrder.Select(s => s.Name()))}";

    private static ISectionImport Create(BundleSection section, ImportSession session) => section switch
    {
        BundleSection.Themes => new VocabularyImport<ThemeRecord, Data.Model.ReformTheme>(new ThemeVocabulary(), session),
        BundleSection.Organisations => new VocabularyImport<OrganisationRecord, Data.Model.Organisation>(new OrganisationVocabulary(), session),
        BundleSection.People => new VocabularyImport<PersonRecord, Data.Model.Person>(new PersonVocabulary(), session),
        BundleSection.AttendeeGroups => new VocabularyImport<GroupRecord, Data.Model.AttendeeGroup>(new GroupVocabulary(), session),
        BundleSection.Series => new VocabularyImport<NamedRecord, Data.Model.MeetingSeries>(new SeriesVocabulary(), session),
        BundleSection.Documents => new VocabularyImport<DocumentRecord, Data.Model.CitedDocument>(new DocumentVocabulary(), session),
        _ => new SeminarImport(session),
    };
}
