namespace NsfcSeminar.Data.Model;

/// <summary>The two languages the archive keeps its records in; what each is called, written
/// and formatted with is in <see cref="Languages"/>.</summary>
public enum Language
{
    Zh,
    En,
}
