using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NsfcSeminar.Data.Bulk;

/// <summary>
/// The rows of whole graphs of new entities (a meeting with its texts, speeches, sessions,
/// sources and theme links), found by walking the model's navigations from the roots, as the
/// change tracker's attach does, without tracking anything: each entity is new, gets its key
/// from its table's sequence, and takes its foreign keys from the entities it hangs under
/// (<see cref="GraphCopy"/>). An entity a reference points to but no collection holds (a theme
/// stub, a person) is not new: its key is read as it is.
/// </summary>
internal sealed class NewGraph(IModel model)
{
    private readonly Dictionary<IEntityType, List<object>> _rows = [];
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    /// <summary>Each dependent and the principal whose key its foreign key takes.</summary>
    private readonly List<(object Dependent, IForeignKey Key, object Principal)> _links = [];
    /// <summary>Each link row of a many-to-many navigation, and the two ends it joins.</summary>
    private readonly List<(ISkipNavigation Navigation, object From, object To)> _joins = [];

    public IReadOnlyDictionary<IEntityType, List<object>> Rows => _rows;

    public void Add(IEnumerable<object> roots)
    {
        var waiting = new Queue<object>(roots);
        while (waiting.TryDequeue(out var entity))
        {
            if (!_seen.Add(entity))
            {
                continue;
            }

            var type = model.FindEntityType(entity.GetType()) ?? throw new NotSupportedException($"{entity.GetType().Name} is not an entity of the model (an owned type?): it cannot be copied.");
            if (KeySequence.GeneratedKey(type) is { } key && !IsUnset(key, entity))
            {
                throw new InvalidOperationException($"{type.DisplayName()} {Get(key, entity)} already has a key: only new entities are copied; an existing one is referred to by its key.");
            }

            (_rows.TryGetValue(type, out var rows) ? rows : _rows[type] = []).Add(entity);
            foreach (var navigation in type.GetNavigations())
            {
                var value = navigation.GetGetter().GetClrValueUsingContainingEntity(entity);
                if (navigation.IsOnDependent)
                {
                    if (value is not null)
                    {
                        _links.Add((entity, navigation.ForeignKey, value));
                    }

                    continue;
                }

                foreach (var dependent in Items(value))
                {
                    _links.Add((dependent, navigation.ForeignKey, entity));
                    waiting.Enqueue(dependent);
                }
            }

            // A many-to-many navigation declared on one side only (a group's organisations) has
            // no member on the other side, and so nothing to follow there.
            foreach (var navigation in type.GetSkipNavigations().Where(n => !n.IsShadowProperty()))
            {
                foreach (var other in Items(navigation.GetGetter().GetClrValueUsingContainingEntity(entity)))
                {
                    _joins.Add((navigation, entity, other));
                }
            }
        }
    }

    /// <summary>Sets every foreign key from its principal's key (keys assigned), and makes the
    /// link rows of the many-to-many navigations.</summary>
    public void Connect()
    {
        foreach (var (dependent, key, principal) in _links)
        {
            RequireKey(dependent, key, principal);
            for (var i = 0; i < key.Properties.Count; i++)
            {
                Set(key.Properties[i], dependent, Get(key.PrincipalKey.Properties[i], principal));
            }
        }

        foreach (var (navigation, from, to) in _joins)
        {
            RequireKey(from, navigation.Inverse.ForeignKey, to);
            var row = new Dictionary<string, object>(StringComparer.Ordinal);
            Fill(row, navigation.ForeignKey, from);
            Fill(row, navigation.Inverse.ForeignKey, to);
            (_rows.TryGetValue(navigation.JoinEntityType, out var rows) ? rows : _rows[navigation.JoinEntityType] = []).Add(row);
        }
    }

    /// <summary>A new entity reached only through a reference (or a many-to-many navigation)
    /// would have no key to give: the sequences number only what the collections hold.</summary>
    private void RequireKey(object referrer, IForeignKey key, object principal)
    {
        if (!_seen.Contains(principal) && key.PrincipalKey.Properties.Any(p => IsUnset(p, principal)))
        {
            throw new InvalidOperationException(
                $"{referrer.GetType().Name} refers to a {key.PrincipalEntityType.DisplayName()} without a key that no collection of the graph holds: add it through a collection, or refer to a stored one.");
        }
    }

    public static bool IsUnset(IProperty property, object entity) => Equals(Get(property, entity), property.Sentinel);

    public static object? Get(IProperty property, object entity) => property.GetGetter().GetClrValueUsingContainingEntity(entity);

    public static void Set(IProperty property, object entity, object? value)
    {
        value = value is null ? null : Convert.ChangeType(value, Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType, System.Globalization.CultureInfo.InvariantCulture);
        if (property.PropertyInfo is { CanWrite: true } clr)
        {
            clr.SetValue(entity, value);
        }
        else
        {
            (property.FieldInfo ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} has no field or setter to write.")).SetValue(entity, value);
        }
    }

    private static void Fill(Dictionary<string, object> row, IForeignKey key, object principal)
    {
        for (var i = 0; i < key.Properties.Count; i++)
        {
            row[key.Properties[i].Name] = Get(key.PrincipalKey.Properties[i], principal)!;
        }
    }

    private static IEnumerable<object> Items(object? value) => value switch
    {
        null => [],
        System.Collections.IEnumerable many => many.Cast<object>(),
        _ => [value],
    };
}
