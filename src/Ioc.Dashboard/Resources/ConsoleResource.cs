namespace Ioc.Dashboard.Resources;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;ConsoleResource&gt;</c>: the supervisor console's strings, Vietnamese in
/// ConsoleResource.resx, English in ConsoleResource.en.resx (kept apart from SharedResource so features merge cleanly).
/// </summary>
public sealed class ConsoleResource;
