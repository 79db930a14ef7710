using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Data.Configuration;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data;

/// <summary>The archive's database, the accounts of the people who sign in to it, and the keys
/// that protect their cookies (shared by every instance of the portal).</summary>
/// <remarks>
/// Add a migration from the repository root with
/// <c>dotnet ef migrations add NAME --project src/NsfcSeminar.Data --startup-project src/NsfcSeminar.Data</c>;
/// the design-time factory beside this class supplies a connection string that is never opened.
/// </remarks>
public sealed class SeminarDbContext(DbContextOptions<SeminarDbContext> options) : IdentityDbContext<SeminarUser>(options), IDataProtectionKeyContext
{
    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingText> MeetingTexts => Set<MeetingText>();

    public DbSet<MeetingSeries> MeetingSeries => Set<MeetingSeries>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<AttendeeGroup> AttendeeGroups => Set<AttendeeGroup>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<Speech> Speeches => Set<Speech>();

    public DbSet<SpeechText> SpeechTexts => Set<SpeechText>();

    public DbSet<ReformTheme> ReformThemes => Set<ReformTheme>();

    public DbSet<CitedDocument> CitedDocuments => Set<CitedDocument>();

    public DbSet<MeetingCitation> MeetingCitations => Set<MeetingCitation>();

    public DbSet<MeetingSession> MeetingSessions => Set<MeetingSession>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<ArchivedCopy> ArchivedCopies => Set<ArchivedCopy>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<EditDraft> EditDrafts => Set<EditDraft>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<AlertMail> AlertMails => Set<AlertMail>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAuditTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAuditTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's model first, so that the portal's names for its tables win.
        base.OnModelCreating(builder);
        builder.ConfigureAccounts();
        builder.ApplyConfigurationsFromAssembly(typeof(SeminarDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in psql and in dumps, and safe to reorder in code.
        configurationBuilder.Properties<MeetingKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MeetingFormat>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PublicationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Visibility>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ParticipantRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<SpeechKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DocumentKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<TextProvenance>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DigestFrequency>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AlertMailStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Language>().HaveConversion<LanguageCodeConverter>().HaveMaxLength(2);
    }

    private void StampAuditTimes()
    {
        var now = SeminarClock.Of(this).GetUtcNow();
        foreach (var account in ChangeTracker.Entries<SeminarUser>().Where(e => e.State == EntityState.Added))
        {
            account.Entity.CreatedAt = now;
        }

        foreach (var entry in ChangeTracker.Entries<IAuditable>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
