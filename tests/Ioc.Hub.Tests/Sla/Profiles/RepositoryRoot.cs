using System.Runtime.CompilerServices;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>The folder holding Ioc.sln, for tests that keep the docs and the code in step.</summary>
internal static class RepositoryRoot
{
    /// <summary>
    /// Found by walking up from the test binaries; when they were built into an artifacts path outside the repository
    /// (<c>--artifacts-path /tmp/…</c>), from this source file's compile-time location.
    /// </summary>
    public static string Path { get; } = Find(AppContext.BaseDirectory) ?? Find(SourceDirectory())
        ?? throw new InvalidOperationException($"No folder holding Ioc.sln above {AppContext.BaseDirectory} or {SourceDirectory()}.");

    public static string File(params string[] relative) => System.IO.Path.Combine([Path, .. relative]);

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Ioc.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path) ?? "";
}
