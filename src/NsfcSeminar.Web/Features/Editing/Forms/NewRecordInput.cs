using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing.Forms;

public enum NewRecordKind
{
    Person,
    Organisation,
    Group,
    Document,
}

/// <summary>A person, organisation, group or guiding document created from within a form.</summary>
public sealed class NewRecordInput
{
    public NewRecordKind Kind { get; set; }

    public BilingualInput Name { get; set; } = new();

    /// <summary>For people: "Academician" / "院士".</summary>
    public BilingualInput Honorific { get; set; } = new();

    public OrganisationKind? OrganisationKind { get; set; }

    public DocumentKind DocumentKind { get; set; } = DocumentKind.Other;
}
