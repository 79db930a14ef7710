namespace NsfcSeminar.Web.Presentation;

/// <summary>A language version of a record that has a title of its own.</summary>
public interface ITitledVersion : ILanguageVersion
{
    string Title { get; }
}
