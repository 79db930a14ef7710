using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.History;

/// <summary>Looks up, with one query per kind of record referred to, the names of every record two
/// revisions refer to. The field that refers says which kind it is ("Chair" is a person, a theme's
/// "Parent" a theme).</summary>
internal sealed class ReferenceNameQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    private enum Target { Person, Organisation, Group, Theme, Series }

    public async Task<ReferenceNames> LoadAsync(RecordType owner, IEnumerable<string> contents, Language language, CancellationToken ct)
    {
        var references = contents.SelectMany(c => ReferencesIn(JsonNode.Parse(c))).Distinct().ToList();
        var byTarget = references
            .Select(r => (r.Field, r.Id, Target: TargetOf(r.Field, owner)))
            .Where(r => r.Target is not null)
            .ToLookup(r => r.Target!.Value);
        if (byTarget.Count == 0)
        {
            return ReferenceNames.None;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = new Dictionary<(string, int), string>();
        foreach (var group in byTarget)
        {
            var ids = group.Select(r => r.Id).Distinct().ToList();
            var found = await NamesAsync(db, group.Key, ids, ct);
            foreach (var (field, id, _) in group)
            {
                if (found.TryGetValue(id, out var name) && name.For(language) is { } shown)
                {
                    names[(field, id)] = shown.Text;
                }
            }
        }

        return new ReferenceNames(names);
    }

    private static Task<Dictionary<int, Bilingual>> NamesAsync(SeminarDbContext db, Target target, List<int> ids, CancellationToken ct) => target switch
    {
        Target.Person => db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct),
        Target.Organisation => db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct),
        Target.Group => db.AttendeeGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct),
        Target.Series => db.MeetingSeries.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct),
        _ => db.ReformThemes.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct),
    };

    private static Target? TargetOf(string field, RecordType owner) => field switch
    {
        "Person" or "SpeakerPerson" or "Chair" => Target.Person,
        "Organisation" or "SpeakerOrganisation" or "Organiser" => Target.Organisation,
        "Group" or "SpeakerGroup" => Target.Group,
        "Themes" => Target.Theme,
        "Series" => Target.Series,
        "Parent" when owner == RecordType.Organisation => Target.Organisation,
        "Parent" when owner == RecordType.Theme => Target.Theme,
        _ => null,
    };

    /// <summary>Every {Id, Slug} in a snapshot, with the name of the field or list holding it.</summary>
    private static IEnumerable<(string Field, int Id)> ReferencesIn(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            return array.SelectMany(ReferencesIn);
        }

        if (node is not JsonObject o)
        {
            return [];
        }

        return o.SelectMany(property => property.Value switch
        {
            JsonObject reference when RevisionComparison.IsReference(reference) => [(property.Key, reference["Id"]!.GetValue<int>())],
            JsonArray list when list.All(item => item is JsonObject r && RevisionComparison.IsReference(r)) =>
                list.Select(item => (property.Key, item!["Id"]!.GetValue<int>())),
            var other => ReferencesIn(other),
        });
    }
}
