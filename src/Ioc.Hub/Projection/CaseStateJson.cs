using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Projection;

/// <summary>
/// <see cref="CaseState"/> as stored in <c>cases.state_json</c>: the event contract's spellings
/// (<see cref="CaseEventJson.Options"/>), without the computed properties, and tolerant of properties a later
/// version adds, so a rolled-back binary still reads the snapshots a newer one wrote.
/// </summary>
public static class CaseStateJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(CaseState state) => JsonSerializer.Serialize(state, Options);

    public static CaseState Deserialize(string json) =>
        JsonSerializer.Deserialize<CaseState>(json, Options) ?? throw new JsonException("The stored case state is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(CaseEventJson.Options)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = CaseEventJson.Options.TypeInfoResolver!.WithAddedModifier(SkipComputed),
        };
        options.MakeReadOnly();
        return options;
    }

    // ResolvedAt and IsOpen are derived from the stage: storing them would only invite disagreement.
    private static void SkipComputed(JsonTypeInfo info)
    {
        if (info.Type != typeof(CaseState))
        {
            return;
        }
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
