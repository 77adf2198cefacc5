namespace Ioc.Hub.Sla.Profiles;

/// <summary>One problem in a profile file: which file, which field, and why.</summary>
public sealed record ProfileError(string File, string Field, string Reason)
{
    public override string ToString() => $"{File}: {Field}: {Reason}";
}

/// <summary>Thrown at start-up when a profile file is invalid; the host refuses to start.</summary>
public sealed class ProfileValidationException(IReadOnlyList<ProfileError> errors)
    : Exception("Invalid SLA profile data:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<ProfileError> Errors { get; } = errors;
}
