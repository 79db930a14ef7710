using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace NsfcSeminar.Web.Features.Errors;

/// <summary>A request parameter holds text the archive cannot store; the client must change it.</summary>
internal sealed class UnreadableInputException(string parameter)
    : Exception($"The parameter '{parameter}' holds a character the archive cannot read (such as NUL).")
{
    public string Parameter { get; } = parameter;
}
