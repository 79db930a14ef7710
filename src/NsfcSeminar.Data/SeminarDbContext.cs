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
public sealed partial class SeminarDbContext(DbContextOptions<SeminarDbContext> options) : IdentityDbContext<SeminarUser>(options), IDataProtectionKeyContext
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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's model first, so that the portal's names for its tables win.
        base.OnModelCreating(builder);
        builder.ConfigureAccounts();
        builder.ApplyConfigurationsFromAssembly(typeof(SeminarDbContext).Assembly);
    }
}
