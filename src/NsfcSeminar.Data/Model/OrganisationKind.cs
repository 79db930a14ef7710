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
