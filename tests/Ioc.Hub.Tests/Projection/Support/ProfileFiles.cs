using System.Text.Json;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>The test profiles written as profile files, for hosts that load their profiles from a folder (Ioc:Sla:ProfilesPath).</summary>
internal sealed class ProfileFiles : IDisposable
{
    public ProfileFiles()
    {
        Directory.CreateDirectory(Path);
        foreach (var profile in new[] { ProjectionProfiles.KhanhHoaProfile, ProjectionProfiles.TayNinhProfile })
        {
            File.WriteAllText(System.IO.Path.Combine(Path, $"{profile.Id}.json"), JsonSerializer.Serialize(profile, ProfileJson.Options));
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ioc-profiles-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
