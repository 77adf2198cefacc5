using System.Runtime.CompilerServices;

namespace Ioc.Hub.Tests.Support;

/// <summary>Files of the repository (docs, data) read by tests that keep them honest.</summary>
internal static class RepositoryFiles
{
    /// <summary>
    /// The folder holding Ioc.sln, found by walking up from the test binaries; when they were built into an artifacts
    /// path outside the repository (<c>--artifacts-path /tmp/…</c>), from this source file's compile-time location.
    /// </summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory())
        ?? throw new InvalidOperationException($"No folder holding Ioc.sln above {AppContext.BaseDirectory} or {SourceDirectory()}.");

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ioc.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";
}
