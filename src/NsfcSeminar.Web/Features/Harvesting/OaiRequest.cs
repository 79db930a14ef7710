using Microsoft.Extensions.Primitives;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>A request's verb and arguments, checked against what OAI-PMH 2.0 allows for that verb
/// (section 3.1.1 and the verb definitions in section 4).</summary>
internal sealed record OaiRequest(string Verb, IReadOnlyDictionary<string, string> Arguments)
{
    private static readonly Dictionary<string, (string[] Required, string[] Optional, bool Resumable)> Verbs = new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], [], false),
        ["ListMetadataFormats"] = ([], ["identifier"], false),
        ["ListSets"] = ([], [], true),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set"], true),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set"], true),
        ["GetRecord"] = (["identifier", "metadataPrefix"], [], false),
    };

    public string? this[string name] => Arguments.GetValueOrDefault(name);

    public static OaiRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> pairs)
    {
        var all = pairs.ToList();
        var verbs = all.Where(p => p.Key == "verb").SelectMany(p => p.Value).ToList();
        if (verbs is not [{ } verb] || !Verbs.TryGetValue(verb, out var rules))
        {
            throw new OaiProtocolException(OaiErrorCode.BadVerb, verbs.Count > 1
                ? "The verb argument is repeated."
                : "The verb argument is missing or is not one of the six OAI-PMH verbs.");
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in all.Where(p => p.Key != "verb"))
        {
            if (values.Count != 1 || arguments.ContainsKey(name))
            {
                throw BadArgument($"The argument '{name}' is repeated.");
            }

            if (!rules.Required.Contains(name) && !rules.Optional.Contains(name) && !(rules.Resumable && name == "resumptionToken"))
            {
                throw BadArgument($"'{name}' is not an argument of {verb}.");
            }

            arguments[name] = values.ToString();
        }

        if (arguments.ContainsKey("resumptionToken"))
        {
            // An exclusive argument: nothing but the verb may accompany it.
            return arguments.Count == 1 ? new OaiRequest(verb, arguments) : throw BadArgument("resumptionToken is an exclusive argument.");
        }

        var missing = rules.Required.FirstOrDefault(name => !arguments.ContainsKey(name));
        return missing is null ? new OaiRequest(verb, arguments) : throw BadArgument($"{verb} requires the argument '{missing}'.");
    }

    private static OaiProtocolException BadArgument(string message) => new(OaiErrorCode.BadArgument, message);
}
