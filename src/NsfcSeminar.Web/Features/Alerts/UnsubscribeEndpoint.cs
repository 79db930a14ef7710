namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>
/// RFC 8058 one-click unsubscribe: a mail client POSTs <c>List-Unsubscribe=One-Click</c> to the
/// address in the mail's List-Unsubscribe header, with no cookie and no antiforgery token; the
/// signed token in the address is the whole authority. The confirm page's button posts here too,
/// and is sent back to the page, which then says the mail has stopped.
/// </summary>
internal static class UnsubscribeEndpoint
{
    public static IEndpointRouteBuilder MapUnsubscribe(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + SavedSearchPaths.OneClickUnsubscribe, UnsubscribeAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> UnsubscribeAsync(HttpContext context, UnsubscribeToken tokens, SavedSearches searches)
    {
        var token = context.Request.Query["t"].FirstOrDefault();
        if (tokens.Read(token) is not { } id)
        {
            return TypedResults.Text("This unsubscribe link is not valid. Use the link in your latest e-mail, or sign in and change your saved searches.", statusCode: StatusCodes.Status400BadRequest);
        }

        // A deleted search sends nothing already: unsubscribing it again is success all the same.
        await searches.UnsubscribeAsync(id, context.RequestAborted);
        if (context.Request.HasFormContentType && (await context.Request.ReadFormAsync(context.RequestAborted))["from"] == "page")
        {
            // Back to the page, in the language it was in (the prefix is the path base here).
            return TypedResults.LocalRedirect($"~/{SavedSearchPaths.Unsubscribe}?t={Uri.EscapeDataString(token!)}");
        }

        return TypedResults.Text("Unsubscribed: this saved search sends no more e-mail.");
    }
}
