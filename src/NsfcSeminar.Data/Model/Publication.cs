namespace NsfcSeminar.Data.Model;

public enum PublicationStatus
{
    Draft,
    Published,

    /// <summary>Deleted by an editor: hidden from reading pages but restorable.</summary>
    Archived,
}

public enum Visibility
{
    Public,

    /// <summary>Readable by signed-in staff only.</summary>
    StaffOnly,
}
