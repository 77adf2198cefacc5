namespace Ioc.Dashboard.Resources;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;PrivacyResource&gt;</c>: the personal-data components' strings (Vietnamese in
/// PrivacyResource.resx, English in PrivacyResource.en.resx), kept apart from <see cref="SharedResource"/> so the
/// privacy components travel as one piece.
/// </summary>
public sealed class PrivacyResource;
