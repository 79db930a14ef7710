using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

/// <summary>Edits an organisation's names, kind and parent; a changed slug leaves a redirect.</summary>
internal sealed class OrganisationCommands(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L)
{
    public async Task<SaveResult<string>> SaveAsync(OrganisationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate(L);
        if (errors.Count > 0)
        {
            return CurationSave.Refused(input, errors);
        }

        var slug = input.Slug!.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Organisations.AnyAsync(o => o.Slug == slug && o.Id != input.Id, ct))
        {
            return CurationSave.Refused(input, nameof(OrganisationInput.Slug), L["Curation.AnotherOrganisationAlreadyHasThisSlug"]);
        }

        var parents = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId, ct);
        if (input.ParentId is int parent && (!parents.ContainsKey(parent) || Hierarchy.IsSelfOrDescendant(parent, input.Id, parents)))
        {
            return CurationSave.Refused(input, nameof(OrganisationInput.ParentId), L["Curation.AnOrganisationCannotBePlacedUnder"]);
        }

        var organisation = await db.Organisations.FirstAsync(o => o.Id == input.Id, ct);
        db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version;
        await SlugRedirects.RecordMoveAsync(db, RecordType.Organisation, organisation.Slug, slug, ct);
        organisation.Slug = slug;
        organisation.Name = Bilingual.Of(CurationSave.Blank(input.NameEn), CurationSave.Blank(input.NameZh));
        organisation.ShortName = Bilingual.Of(CurationSave.Blank(input.ShortNameEn), CurationSave.Blank(input.ShortNameZh));
        organisation.Kind = input.Kind;
        organisation.ParentId = input.ParentId;
        return await CurationSave.SaveAsync(db, slug, L, ct);
    }
}
