using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;

namespace NsfcSeminar.Web.Features.Errors;

public sealed partial class ErrorPage
{
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private string? requestId;
    private bool databaseUnavailable;
    private bool unreadableInput;

    protected override void OnInitialized()
    {
        requestId = Activity.Current?.Id ?? HttpContext?.TraceIdentifier;
        var error = HttpContext?.Features.Get<IExceptionHandlerFeature>()?.Error;
        databaseUnavailable = DatabaseFailure.IsUnavailable(error);
        unreadableInput = error is UnreadableInputException;
        if (databaseUnavailable && HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
