namespace Ioc.Dashboard.Resources;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;AdminResource&gt;</c>: the admin area's strings (AdminResource.resx Vietnamese,
/// AdminResource.en.resx English), apart from SharedResource so the admin pages grow without touching the shell's file.
/// </summary>
public sealed class AdminResource;
