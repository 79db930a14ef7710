namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>The themes a picker offers: in tree order, each with its parent as the detail line.</summary>
public static class ThemeChoices
{
    public static IReadOnlyList<LookupItem> Of(IReadOnlyList<ThemeOption> themes, IReadOnlyCollection<int> selected)
    {
        var choices = new List<LookupItem>(themes.Count);
        var parents = new List<ThemeOption>();
        foreach (var theme in themes)
        {
            // The tree is flattened parent first: the last theme one level up is this one's parent.
            parents.RemoveRange(Math.Min(theme.Depth, parents.Count), parents.Count - Math.Min(theme.Depth, parents.Count));
            if (!selected.Contains(theme.Id))
            {
                choices.Add(new LookupItem(theme.Id, theme.Slug, theme.Name, Detail: parents.LastOrDefault()?.Name));
            }

            parents.Add(theme);
        }

        return choices;
    }
}
