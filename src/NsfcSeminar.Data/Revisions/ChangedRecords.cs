using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// The records a save touches, found from the change tracker: a meeting owns its texts,
/// participations, citations, theme tags and speeches; a speech owns its texts and theme tags.
/// Ids of added records are read after the save, when the database has assigned them.
/// </summary>
internal sealed class ChangedRecords
{
    private static readonly HashSet<string> Bookkeeping = [nameof(IAuditable.CreatedAt), nameof(IAuditable.UpdatedAt), "Version", "Id"];

    private readonly List<Touch> _touches = [];

    public bool IsEmpty => _touches.Count == 0;

    /// <summary>Records removed by this save: their last content must be read before it.</summary>
    public IEnumerable<(RecordType Type, int Id)> Deleted =>
        _touches.Where(t => t.IsRoot && t.State == EntityState.Deleted).Select(t => (t.Type, t.Id())).Distinct();

    public static ChangedRecords Collect(ChangeTracker tracker)
    {
        var changes = new ChangedRecords();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changes.Add(entry);
            }
        }

        return changes;
    }

    /// <summary>Each touched record once, with what changed; call after the save.</summary>
    public Dictionary<(RecordType Type, int Id), TouchedRecord> Resolve()
    {
        var records = new Dictionary<(RecordType, int), TouchedRecord>();
        foreach (var touch in _touches)
        {
            var key = (touch.Type, touch.Id());
            if (!records.TryGetValue(key, out var record))
            {
                records[key] = record = new TouchedRecord(touch.Type, key.Item2);
            }

            record.Aspects.UnionWith(touch.Aspects);
            if (touch.IsRoot)
            {
                record.Action = touch.State switch
                {
                    EntityState.Added => RevisionAction.Created,
                    EntityState.Deleted => RevisionAction.Deleted,
                    _ => record.Action,
                };
            }
        }

        return records;
    }

    private void Add(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Meeting or Person or Organisation or ReformTheme or Speech:
                var type = entry.Entity switch
                {
                    Meeting => RecordType.Meeting,
                    Person => RecordType.Person,
                    Organisation => RecordType.Organisation,
                    ReformTheme => RecordType.Theme,
                    _ => RecordType.Speech,
                };
                AddTouch(type, entry, "Id", ChangedFields(entry), isRoot: true);
                if (entry.Entity is Speech)
                {
                    AddTouch(RecordType.Meeting, entry, nameof(Speech.MeetingId), ["Speeches"], isRoot: false);
                }

                break;
            case MeetingText:
                AddTouch(RecordType.Meeting, entry, nameof(MeetingText.MeetingId), ["Texts"], isRoot: false);
                break;
            case Participation:
                AddTouch(RecordType.Meeting, entry, nameof(Participation.MeetingId), ["Participations"], isRoot: false);
                break;
            case MeetingCitation:
                AddTouch(RecordType.Meeting, entry, nameof(MeetingCitation.MeetingId), ["Citations"], isRoot: false);
                break;
            case MeetingSession:
                AddTouch(RecordType.Meeting, entry, nameof(MeetingSession.MeetingId), ["Sessions"], isRoot: false);
                break;

            // A copy is added or removed with its source, which names the meeting.
            case Source:
                AddTouch(RecordType.Meeting, entry, nameof(Source.MeetingId), ["Sources"], isRoot: false);
                break;
            case SpeechText:
                AddTouch(RecordType.Speech, entry, nameof(SpeechText.SpeechId), ["Texts"], isRoot: false);
                break;
            case Dictionary<string, object> when entry.Metadata.Name == "meeting_themes":
                AddTouch(RecordType.Meeting, entry, "meeting_id", ["Themes"], isRoot: false);
                break;
            case Dictionary<string, object> when entry.Metadata.Name == "speech_themes":
                AddTouch(RecordType.Speech, entry, "speech_id", ["Themes"], isRoot: false);
                break;
        }
    }

    private void AddTouch(RecordType type, EntityEntry entry, string idProperty, IReadOnlyCollection<string> aspects, bool isRoot)
    {
        var state = entry.State;

        // A removed row's key is known now and is gone from the tracker after the save; an added
        // row's key is only known after it.
        Func<int> id = state == EntityState.Deleted
            ? Constant((int)entry.Property(idProperty).CurrentValue!)
            : () => (int)entry.Property(idProperty).CurrentValue!;
        _touches.Add(new Touch(type, entry, id, aspects, isRoot, state));
    }

    private static Func<int> Constant(int value) => () => value;

    private static List<string> ChangedFields(EntityEntry entry) => entry.State != EntityState.Modified
        ? []
        : [.. entry.Properties.Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)).Select(p => FieldName(p.Metadata.Name)),
            .. entry.ComplexProperties.Where(c => c.Properties.Any(p => p.IsModified)).Select(c => c.Metadata.Name)];

    /// <summary>Foreign keys are named as the snapshot names the reference ("Parent").</summary>
    private static string FieldName(string property) =>
        property.EndsWith("Id", StringComparison.Ordinal) ? property[..^2] : property;

    private sealed record Touch(RecordType Type, EntityEntry Entry, Func<int> Id, IReadOnlyCollection<string> Aspects, bool IsRoot, EntityState State);
}

internal sealed class TouchedRecord(RecordType type, int id)
{
    public RecordType Type { get; } = type;

    public int Id { get; } = id;

    public RevisionAction Action { get; set; } = RevisionAction.Updated;

    public SortedSet<string> Aspects { get; } = new(StringComparer.Ordinal);
}
