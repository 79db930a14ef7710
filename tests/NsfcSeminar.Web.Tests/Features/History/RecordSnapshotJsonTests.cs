using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Web.Tests.Features.History;

/// <summary>Revision contents are written with their Chinese as it is (issue 14: fewer bytes for
/// the import to write and PostgreSQL to parse) and read back the same.</summary>
public sealed class RecordSnapshotJsonTests
{
    [Fact]
    public void Chinese_is_written_as_it_is_and_reads_back_the_same()
    {
        var snapshot = new PersonSnapshot("dou-xiankang", new TextPair("窦贤康", "Dou Xiankang"), new TextPair("院士", "<Academician> & \"Professor\""));

        var json = RecordSnapshots.Serialize(snapshot);

        Assert.Contains("窦贤康", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u7AA6", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(snapshot, RecordSnapshots.Deserialize<PersonSnapshot>(json));
    }
}
