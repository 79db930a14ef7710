using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data;

/// <summary>How <see cref="SeminarDbContext"/> stores the model's enums and languages.</summary>
public sealed partial class SeminarDbContext
{
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
}
