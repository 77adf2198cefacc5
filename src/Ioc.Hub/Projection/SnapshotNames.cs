using System.Text.Json;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection;

/// <summary>
/// How enum values are spelled in the <c>cases</c> table: stage, step and channel as on the wire (kebab-case, like
/// docs/events.md), the SLA status as the engine names it (<c>OnTime</c>, <c>DueSoon</c>, <c>Overdue</c>), plus
/// <see cref="NoClock"/> and <see cref="Closed"/>. The spellings are cached: a snapshot is built per event.
/// </summary>
public static class SnapshotNames
{
    /// <summary>The holder of a case that the operations center holds (reception, re-routing).</summary>
    public const string OperationsCenter = "operations-center";

    /// <summary>The holder while the reporter is asked to clarify (001 Điều 11.2).</summary>
    public const string Reporter = "reporter";

    /// <summary>SLA status of an open case whose plan sets no clock at its stage.</summary>
    public const string NoClock = "NoClock";

    /// <summary>SLA status of a closed case without a running clock.</summary>
    public const string Closed = "Closed";

    private static readonly string[] Stages = Kebab<CaseStage>();
    private static readonly string[] Steps = Kebab<SlaStep>();
    private static readonly string[] Channels = Kebab<Channel>();
    private static readonly string[] Statuses = Enum.GetNames<SlaStatus>();

    public static string Stage(CaseStage stage) => Stages[(int)stage];

    public static string Step(SlaStep step) => Steps[(int)step];

    public static string Channel(Channel channel) => Channels[(int)channel];

    public static string Status(SlaStatus status) => Statuses[(int)status];

    /// <summary>The stored spellings of the stages of an open case (the start-up query loads these).</summary>
    public static IReadOnlyList<string> OpenStages { get; } =
        [.. Enum.GetValues<CaseStage>().Where(s => !s.IsClosed()).Select(Stage)];

    private static string[] Kebab<T>() where T : struct, Enum
    {
        // Every enum here counts 0, 1, 2…, so the value indexes the array.
        var values = Enum.GetValues<T>();
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture)] = JsonNamingPolicy.KebabCaseLower.ConvertName(values[i].ToString());
        }
        return names;
    }
}
