using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NsfcSeminar.Data.Bulk;

/// <summary>One column of a COPY: its name and store type from the model, and how to read its
/// value from a row (a tracked entry, or an untracked entity), through the property's converter
/// as SaveChanges would.</summary>
internal sealed class CopyColumn(string name, string storeType, Func<object, object?> read)
{
    public string Name { get; } = name;

    public string StoreType { get; } = storeType;

    public object? ValueOf(object row) => read(row);

    /// <summary>The columns of tracked entries, each value read from the entry.</summary>
    public static List<CopyColumn> Of(IEntityType type, IReadOnlyCollection<EntityEntry> entries) =>
        Of(type, entries.Count, property => entries.Count(e => !Equals(e.Property(property).CurrentValue, property.Sentinel)),
            property => row => ((EntityEntry)row).Property(property).CurrentValue,
            (complex, property) => row => ((EntityEntry)row).ComplexProperty(complex).Property(property).CurrentValue);

    /// <summary>The columns of untracked entities, each value read through the model's compiled
    /// getter (a link row of a many-to-many navigation is a dictionary, read by the column's name).
    /// A shadow property has no value outside the change tracker: such a type is refused.</summary>
    public static List<CopyColumn> Of(IEntityType type, IReadOnlyCollection<object> entities)
    {
        if (!type.HasSharedClrType && type.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new NotSupportedException($"{type.DisplayName()}.{shadow.Name} is a shadow property: untracked entities cannot be copied with it.");
        }

        return Of(type, entities.Count, property => entities.Count(e => !Equals(Read(property, e), property.Sentinel)),
            property => row => Read(property, row),
            (_, property) => row => Read(property, row));
    }

    /// <summary>A property's value in an untracked row, as it stands in the entity (no converter).</summary>
    public static object? Read(IProperty property, object row) =>
        row is Dictionary<string, object> link ? link.GetValueOrDefault(property.Name) : NewGraph.Get(property, row);

    private static List<CopyColumn> Of(
        IEntityType type, int rows, Func<IProperty, int> setIn, Func<IProperty, Func<object, object?>> reader, Func<IComplexProperty, IProperty, Func<object, object?>> complexReader)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = new List<CopyColumn>();
        foreach (var property in type.GetProperties().Where(Written).Where(p => !LeftToDefault(p, rows, setIn)))
        {
            columns.Add(Column(property, table, reader(property)));
        }

        foreach (var complex in type.GetComplexProperties())
        {
            // Their columns are the complex type's own: a nested or repeated one would be lost.
            if (complex.IsCollection || complex.ComplexType.GetComplexProperties().Any())
            {
                throw new NotSupportedException($"{type.DisplayName()}.{complex.Name} is a nested or repeated complex property: it cannot be copied column by column.");
            }

            foreach (var property in complex.ComplexType.GetProperties().Where(Written))
            {
                columns.Add(Column(property, table, complexReader(complex, property)));
            }
        }

        return columns;
    }

    /// <summary>A column the database fills (created_at DEFAULT now()) is left to it when no row
    /// sets it, as an INSERT would. When only some rows set it, an INSERT would give the others
    /// the default, which one COPY cannot: refused rather than written with the CLR default.</summary>
    private static bool LeftToDefault(IProperty property, int rows, Func<IProperty, int> setIn)
    {
        if (property.GetDefaultValueSql() is null && !property.TryGetDefaultValue(out _))
        {
            return false;
        }

        var set = setIn(property);
        if (set > 0 && set < rows)
        {
            throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is set on {set} of {rows} new rows and left to the database's default on the others: one COPY cannot do both.");
        }

        return set == 0;
    }

    /// <summary>Not the row version (PostgreSQL's xmin) nor a computed column.</summary>
    private static bool Written(IProperty property) =>
        property.ValueGenerated != ValueGenerated.OnAddOrUpdate && property.GetComputedColumnSql() is null;

    private static CopyColumn Column(IProperty property, StoreObjectIdentifier table, Func<object, object?> read)
    {
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        var converter = property.GetValueConverter() ?? mapping.Converter;
        var convert = converter is null ? read : row => read(row) is { } value ? converter.ConvertToProvider(value) : null;
        return new CopyColumn(property.GetColumnName(table)!, mapping.StoreTypeNameBase, convert);
    }
}
