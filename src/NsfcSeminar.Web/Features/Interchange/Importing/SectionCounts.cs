namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>What an import did to the records of one section.</summary>
public sealed class SectionCounts
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Total => Created + Updated + Unchanged;

    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} left alone";
}
