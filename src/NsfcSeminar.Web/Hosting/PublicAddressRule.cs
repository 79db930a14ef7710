namespace NsfcSeminar.Web.Hosting;

/// <summary>What a public address must be: absolute http or https, with no user, query or
/// fragment; a path (for a portal served below one) is kept and given a final slash.</summary>
internal static class PublicAddressRule
{
    public static string? Problem(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "Seminar:PublicAddress is not set. Set it to the address readers use, such as https://seminar.example.org/ "
                + "(Seminar__PublicAddress in the environment); every absolute link and the allowed host come from it.";
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"Seminar:PublicAddress '{address}' is not an absolute http or https address.";
        }

        return uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            ? $"Seminar:PublicAddress '{address}' must have no query, fragment or user name."
            : null;
    }

    public static Uri RootOf(string address)
    {
        var uri = new Uri(address, UriKind.Absolute);
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
