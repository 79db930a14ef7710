namespace NsfcSeminar.Web.Features.Interchange.Exporting;

public enum ExportScope
{
    /// <summary>Published public seminars, and only the people, organisations, groups, series and
    /// documents they name: what any reader of the portal may see. The theme vocabulary is
    /// public and exported whole.</summary>
    Published,

    /// <summary>Everything, drafts, archived and staff-only seminars included: the lossless copy
    /// for moving an archive. Only operators and editors may ask for it.</summary>
    Everything,
}
