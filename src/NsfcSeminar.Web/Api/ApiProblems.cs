using Microsoft.AspNetCore.Http.HttpResults;

namespace NsfcSeminar.Web.Api;

/// <summary>The API's errors, as RFC 9457 problem details.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request's parameters are not valid.");

    public static ProblemHttpResult NotFound(string kind, string slug) =>
        TypedResults.Problem($"There is no {kind} '{slug}' that you may see.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
