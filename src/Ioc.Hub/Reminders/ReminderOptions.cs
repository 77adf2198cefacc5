using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Reminders;

/// <summary>Bound from <c>Ioc:Reminders</c> (docs/reminders.md).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Ioc:Reminders";

    /// <summary>A case reminded within this window is not reminded again unless a supervisor forces it with a reason.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Longest SMS text: 5 concatenated UCS-2 segments of 67 characters (Vietnamese needs UCS-2).</summary>
    [Range(70, 1530)]
    public int SmsMaxLength { get; set; } = 335;

    /// <summary>Cases listed in one agency message ({list}); the rest are counted ("… và 12 phản ánh khác").</summary>
    [Range(1, 500)]
    public int MaxListedCases { get; set; } = 30;

    /// <summary>How often the automatic policy looks at the open cases.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PolicyInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether this process runs the automatic policy (it needs the projection's memory: a consuming process).</summary>
    public bool PolicyEnabled { get; set; } = true;

    /// <summary>The operations center's supervisors on duty, alerted about unacknowledged emergencies.</summary>
    public List<SupervisorContact> Supervisors { get; set; } = [];

    /// <summary>The province's name in messages ({province}) when the profile's own name should not be used.</summary>
    public string? ProvinceName { get; set; }
}

/// <summary>A supervisor on duty (<c>Ioc:Reminders:Supervisors:N</c>).</summary>
public sealed class SupervisorContact
{
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
}
