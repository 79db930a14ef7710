using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

/// <summary>Edits a person's names and merges duplicates; a changed slug leaves a redirect.</summary>
internal sealed class PersonCommands(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L)
{
    public async Task<SaveResult<string>> SaveAsync(PersonInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate(L);
        if (errors.Count > 0)
        {
            return CurationSave.Refused(input, errors);
        }

        var slug = input.Slug!.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.People.AnyAsync(p => p.Slug == slug && p.Id != input.Id, ct))
        {
            return CurationSave.Refused(input, nameof(PersonInput.Slug), L["Curation.AnotherPersonAlreadyHasThisSlug"]);
        }

        var person = await db.People.FirstAsync(p => p.Id == input.Id, ct);
        db.Entry(person).Property(p => p.Version).OriginalValue = input.Version;
        await SlugRedirects.RecordMoveAsync(db, RecordType.Person, person.Slug, slug, ct);
        person.Slug = slug;
        person.Name = Bilingual.Of(CurationSave.Blank(input.NameEn), CurationSave.Blank(input.NameZh));
        person.Honorific = Bilingual.Of(CurationSave.Blank(input.HonorificEn), CurationSave.Blank(input.HonorificZh));
        return await CurationSave.SaveAsync(db, slug, L, ct);
    }

    /// <summary>Merges a duplicate into the person who stays: participations and speeches follow,
    /// the duplicate's slug redirects to the survivor, and the duplicate is removed (its last
    /// content stays in its history).</summary>
    public async Task<SaveResult<string>> MergeAsync(int duplicateId, int survivorId, CancellationToken ct)
    {
        if (duplicateId == survivorId)
        {
            return CurationSave.Refused(null, "MergeTarget", L["Curation.ChooseTwoDifferentPeople"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var duplicate = await db.People.FirstAsync(p => p.Id == duplicateId, ct);
        var survivor = await db.People.FirstAsync(p => p.Id == survivorId, ct);
        var participations = await db.Participations
            .Where(p => p.PersonId == duplicateId || p.PersonId == survivorId)
            .ToListAsync(ct);
        foreach (var participation in participations.Where(p => p.PersonId == duplicateId))
        {
            // Both listed in the same role at the same meeting: one row is enough.
            var twin = participations.FirstOrDefault(p => p.PersonId == survivorId && p.MeetingId == participation.MeetingId
                && p.Role == participation.Role && p.OrganisationId == participation.OrganisationId);
            if (twin is null)
            {
                participation.PersonId = survivorId;
                continue;
            }

            if (twin.Position.IsEmpty)
            {
                twin.Position = Bilingual.Of(participation.Position.En, participation.Position.Zh);
            }

            db.Participations.Remove(participation);
        }

        await db.Speeches.Where(s => s.SpeakerPersonId == duplicateId).ForEachAsync(s => s.SpeakerPersonId = survivorId, ct);
        await SlugRedirects.RecordMoveAsync(db, RecordType.Person, duplicate.Slug, survivor.Slug, ct);
        db.People.Remove(duplicate);
        return await CurationSave.SaveAsync(db, survivor.Slug, L, ct, RevisionNote.Merged(survivor.Slug));
    }
}
