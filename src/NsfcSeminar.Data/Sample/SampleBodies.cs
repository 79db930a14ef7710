using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>The organisations and groups of the sample archive.</summary>
internal sealed class SampleBodies
{
    public Organisation Foundation { get; } = Org("nsfc", OrganisationKind.Foundation,
        "National Natural Science Foundation of China", "国家自然科学基金委员会", shortZh: "自然科学基金委", shortEn: "NSFC");

    public Organisation PartyGroup { get; }

    public Organisation PlanningAndPolicyBureau { get; }

    /// <summary>The seed's English calls it the "Ministry of Information Science".</summary>
    public Organisation InformationSciences { get; }

    public Organisation LifeSciences { get; }

    public Organisation PekingUniversity { get; } = Org("peking-university", OrganisationKind.University, "Peking University", "北京大学");

    /// <summary>Its Chinese name is not given in the news release, so none is recorded.</summary>
    public Organisation CapitalMedicalInnovationCenter { get; } = Org("capital-medical-science-innovation-center", OrganisationKind.ResearchInstitute,
        "Capital Medical Science Innovation Center", null);

    public Organisation MinistryOfScienceAndTechnology { get; } = Org("ministry-of-science-and-technology", OrganisationKind.Ministry,
        "Ministry of Science and Technology", "科学技术部");

    public Organisation InspectionGroup { get; }

    public Organisation NationalAuditOffice { get; } = Org("national-audit-office", OrganisationKind.AuditBody, "National Audit Office", "审计署");

    public Organisation ScienceAndTechnologyAuditBureau { get; }

    public AttendeeGroup LeadershipTeam { get; } = Group("nsfc-leadership-team", "Leadership team of the Foundation", "委领导班子");

    public AttendeeGroup AuditLeaders { get; } = Group("audit-bureau-leaders", "Relevant leaders", "有关负责同志");

    public AttendeeGroup InvitedScientists { get; } = Group("invited-scientist-representatives", "Specially invited scientist representatives", "特邀科学家代表");

    public AttendeeGroup PartTimeDirectors { get; } = Group("part-time-science-department-directors",
        "Directors (part-time) of the science departments", "各科学部兼职主任");

    public AttendeeGroup BureauLevelCadres { get; } = Group("bureau-level-cadres", "Cadres at or above bureau level", "局级以上干部");

    public SampleBodies()
    {
        PartyGroup = Org("nsfc-party-group", OrganisationKind.PartyBody, "Party Group of the NSFC", "自然科学基金委党组", Foundation);
        PlanningAndPolicyBureau = Org("planning-and-policy-bureau", OrganisationKind.Bureau, "Planning and Policy Bureau", "计划与政策局", Foundation);
        InformationSciences = Org("department-of-information-sciences", OrganisationKind.ScienceDepartment,
            "Department of Information Sciences", "信息科学部", Foundation);
        LifeSciences = Org("department-of-life-sciences", OrganisationKind.ScienceDepartment, "Department of Life Sciences", "生命科学部", Foundation);
        InspectionGroup = Org("ccdi-nsc-inspection-group-most", OrganisationKind.InspectionGroup,
            "Discipline inspection and supervision group of the CCDI and National Supervisory Commission stationed in the Ministry of Science and Technology",
            "中央纪委国家监委驻科学技术部纪检监察组", MinistryOfScienceAndTechnology);
        ScienceAndTechnologyAuditBureau = Org("science-and-technology-audit-bureau", OrganisationKind.AuditBody,
            "Science and Technology Audit Bureau of the National Audit Office", null, NationalAuditOffice);
    }

    private static Organisation Org(
        string slug, OrganisationKind kind, string english, string? chinese, Organisation? parent = null, string? shortEn = null, string? shortZh = null) => new()
        {
            Slug = slug,
            Kind = kind,
            Name = Bilingual.Of(english, chinese),
            ShortName = Bilingual.Of(shortEn, shortZh),
            Parent = parent,
        };

    private static AttendeeGroup Group(string slug, string english, string chinese) =>
        new() { Slug = slug, Name = Bilingual.Of(english, chinese) };
}
