using Microsoft.AspNetCore.Http.HttpResults;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>The API's errors, as RFC 9457 problem details.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request's parameters are not valid.");

    public static ProblemHttpResult NotFound(string kind, string slug) =>
        TypedResults.Problem($"There is no {kind} '{slug}' that you may see.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    /// <summary>The database cannot be reached; the answer carries Retry-After.</summary>
    public static ProblemHttpResult Unavailable() =>
        TypedResults.Problem("The archive's database cannot be reached just now. Try again after the time in Retry-After.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The archive is unavailable.");

    public static ProblemHttpResult Failed() =>
        TypedResults.Problem("The portal could not answer this request. The error has been logged.",
            statusCode: StatusCodes.Status500InternalServerError, title: "Internal error.");

    public static ProblemHttpResult TooManyRequests() =>
        TypedResults.Problem("Too many requests from this address. Try again after the time in Retry-After.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.");
}
