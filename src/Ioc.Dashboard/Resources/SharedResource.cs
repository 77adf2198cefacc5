namespace Ioc.Dashboard.Resources;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;SharedResource&gt;</c>: SharedResource.resx holds the Vietnamese strings (the
/// default culture), SharedResource.en.resx the English ones. Components never hard-code UI text.
/// </summary>
public sealed class SharedResource;
