namespace NsfcSeminar.Data.Model;

public enum OrganisationKind
{
    Foundation,
    PartyBody,
    Bureau,
    ScienceDepartment,
    Committee,
    University,
    ResearchInstitute,
    Ministry,
    Commission,
    AuditBody,
    InspectionGroup,
    Other,

    /// <summary>A government body that is not a ministry or commission (the State Council, its offices).</summary>
    GovernmentBody,

    /// <summary>An international organisation or council (the Global Research Council).</summary>
    InternationalOrganisation,

    /// <summary>A funding agency or ministry of another country.</summary>
    ForeignAgency,

    /// <summary>An academy or a learned society (the Chinese Academy of Sciences, a physical society).</summary>
    AcademyOrSociety,

    /// <summary>A funding programme or fund (国家杰出青年科学基金).</summary>
    Programme,
}

public sealed class Organisation : IAuditable
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public Bilingual Name { get; set; } = new();

    /// <summary>The form used in running text ("自然科学基金委").</summary>
    public Bilingual ShortName { get; set; } = new();

    /// <summary>Null when the sources do not say what kind of body it is.</summary>
    public OrganisationKind? Kind { get; set; }

    public int? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    public List<Organisation> Children { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
