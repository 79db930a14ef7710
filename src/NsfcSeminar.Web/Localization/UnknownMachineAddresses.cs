namespace NsfcSeminar.Web.Localization;

internal static class UnknownMachineAddresses
{
    /// <summary>An unknown address under a machine group (/api/nothing) is the group's own 404,
    /// answered where it was asked, not a page in the reader's language: routing finds it here, so
    /// the language redirect keeps no list of machine prefixes.</summary>
    public static RouteGroupBuilder AnswerUnknownAddresses(this RouteGroupBuilder group)
    {
        group.MapFallback("{**rest}", () => Results.NotFound()).ExcludeFromDescription();
        return group;
    }
}
