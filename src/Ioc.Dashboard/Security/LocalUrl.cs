namespace Ioc.Dashboard.Security;

/// <summary>Keeps return URLs on this site: anything else (absolute, protocol-relative, backslash tricks) becomes "/".</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : "/";
}
