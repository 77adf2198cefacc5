using Ioc.Dashboard.Components.Pages.Console.Data;

namespace Ioc.Dashboard.Components.Pages.Console;

/// <summary>An action the console appended: its timeline entry, and whether the projection stored it in time.</summary>
public sealed record RecordedAction(TimelineEntry Entry, Task<bool> Stored);
