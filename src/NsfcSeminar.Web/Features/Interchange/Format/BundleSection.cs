namespace NsfcSeminar.Web.Features.Interchange.Format;

/// <summary>The arrays of a bundle, in the order they appear in the file: what a record refers
/// to comes before it, so an importer can check and write each record as it streams past.</summary>
public enum BundleSection
{
    Themes,
    Organisations,
    People,
    AttendeeGroups,
    Series,
    Documents,
    Seminars,
}

public static class BundleSections
{
    public static IReadOnlyList<BundleSection> InFileOrder { get; } = Enum.GetValues<BundleSection>();

    /// <summary>The property name in the file ("attendeeGroups").</summary>
    public static string Name(this BundleSection section) =>
        section.ToString()[..1].ToLowerInvariant() + section.ToString()[1..];

    public static BundleSection? FromName(string name) =>
        InFileOrder.Cast<BundleSection?>().FirstOrDefault(s => s!.Value.Name() == name);
}
