using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>The interface strings as the portal's source uses them and as the Chinese resource
/// file translates them.</summary>
internal static partial class InterfaceStrings
{
    public static string WebProjectFolder { get; } = FindWebProject();

    /// <summary>Every string literal passed to the localizer (<c>L["..."]</c>, including both
    /// arms of a conditional) in the portal's components and code.</summary>
    public static IReadOnlySet<string> UsedInSource()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            foreach (Match lookup in LocalizerLookup().Matches(File.ReadAllText(file)))
            {
                foreach (Match literal in StringLiteral().Matches(lookup.Groups["argument"].Value))
                {
                    keys.Add(Regex.Unescape(literal.Groups["text"].Value));
                }
            }
        }

        return keys;
    }

    /// <summary>The wording of every value of every enumeration the pages name through
    /// <see cref="Labels"/>.</summary>
    public static IReadOnlySet<string> EnumerationLabels() => typeof(Labels)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(method => method.Name == nameof(Labels.Of))
        .SelectMany(method => Values(method.GetParameters()[0].ParameterType)
            .Select(value => (string)method.Invoke(null, [value])!))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every value of an enumeration, and null for one that may be unknown.</summary>
    private static IEnumerable<object?> Values(Type type) => Nullable.GetUnderlyingType(type) is { } underlying
        ? Enum.GetValues(underlying).Cast<object?>().Append(null)
        : Enum.GetValues(type).Cast<object?>();

    public static IReadOnlyDictionary<string, string> ChineseResource() =>
        XDocument.Load(Path.Combine(WebProjectFolder, "Localization", "SharedResource.zh.resx"))
            .Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!, StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebProjectFolder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindWebProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NsfcSeminar.sln")))
            {
                return Path.Combine(folder.FullName, "src", "NsfcSeminar.Web");
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: NsfcSeminar.sln was not found above them.");
    }

    [GeneratedRegex("""\bL\[(?<argument>(?:[^\[\]"]|"(?:[^"\\]|\\.)*")*)\]""")]
    private static partial Regex LocalizerLookup();

    [GeneratedRegex(@"""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();
}
