using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Features.Harvesting;

namespace NsfcSeminar.Web.Features.Errors;

/// <summary>
/// Answers a failed request in its own format (<see cref="RequestKinds"/>): problem details for
/// the API, an OAI-PMH error or a 503 for harvesters (OAI-PMH 2.0, section 3.1.2.2: harvesters
/// wait for Retry-After), plain text for feeds and downloads. Pages are left to the friendly
/// error page (<c>/error</c>). No answer carries the exception's message or a stack trace.
/// </summary>
internal sealed class FailureAnswers : IExceptionHandler
{
    /// <summary>How long a client should wait while the database cannot be reached.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var unavailable = DatabaseFailure.IsUnavailable(exception);
        if (unavailable)
        {
            // Kept by the error page too, which answers 503 itself.
            httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        var kind = RequestKinds.Of(httpContext);
        var answer = (kind, exception, unavailable) switch
        {
            (RequestKind.Page, _, _) => null,
            (RequestKind.Api, UnreadableInputException bad, _) => ApiProblems.BadRequest(bad.Message),
            (RequestKind.Api, _, true) => ApiProblems.Unavailable(),
            (RequestKind.Api, _, false) => ApiProblems.Failed(),
            (RequestKind.Harvesting, UnreadableInputException bad, _) => HarvestingEndpoints.Error(bad.Parameter == "resumptionToken"
                ? new OaiError(OaiErrorCode.BadResumptionToken, bad.Message)
                : new OaiError(OaiErrorCode.BadArgument, bad.Message)),
            (_, UnreadableInputException bad, _) => TypedResults.Text(bad.Message, statusCode: StatusCodes.Status400BadRequest),
            (_, _, true) => TypedResults.Text(
                "The archive's database cannot be reached just now. Nothing has been lost; please try again later.",
                statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => TypedResults.Text("The portal could not answer this request. The error has been logged.", statusCode: StatusCodes.Status500InternalServerError),
        };
        if (answer is null)
        {
            // The error page is shown as for a GET: a failed form post must not be handled (its
            // form read, its antiforgery token checked) a second time by the re-executed request.
            httpContext.Request.Method = HttpMethods.Get;
            return false;
        }

        await answer.ExecuteAsync(httpContext);
        return true;
    }
}
