using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NsfcSeminar.Data.Bulk;

/// <summary>One column of a COPY: its name and store type from the model, and how to read its
/// value from a tracked entry (through the property's converter, as SaveChanges would).</summary>
internal sealed class CopyColumn(string name, string storeType, Func<EntityEntry, object?> read)
{
    public string Name { get; } = name;

    public string StoreType { get; } = storeType;

    public object? ValueOf(EntityEntry entry) => read(entry);

    public static List<CopyColumn> Of(IEntityType type, IReadOnlyCollection<EntityEntry> entries)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = new List<CopyColumn>();
        // A column the database fills (created_at DEFAULT now()) is left to it when no row sets it,
        // as an INSERT would.
        foreach (var property in type.GetProperties().Where(Written).Where(p => p.GetDefaultValueSql() is null || entries.Any(e => !Equals(e.Property(p).CurrentValue, p.Sentinel))))
        {
            columns.Add(Column(property, table, entry => entry.Property(property).CurrentValue));
        }

        foreach (var complex in type.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties().Where(Written))
            {
                columns.Add(Column(property, table, entry => entry.ComplexProperty(complex).Property(property).CurrentValue));
            }
        }

        return columns;
    }

    /// <summary>Not the row version (PostgreSQL's xmin) nor a computed column.</summary>
    private static bool Written(IProperty property) =>
        property.ValueGenerated != ValueGenerated.OnAddOrUpdate && property.GetComputedColumnSql() is null;

    private static CopyColumn Column(IProperty property, StoreObjectIdentifier table, Func<EntityEntry, object?> read)
    {
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        var converter = property.GetValueConverter() ?? mapping.Converter;
        var convert = converter is null ? read : entry => read(entry) is { } value ? converter.ConvertToProvider(value) : null;
        return new CopyColumn(property.GetColumnName(table)!, mapping.StoreTypeNameBase, convert);
    }
}
