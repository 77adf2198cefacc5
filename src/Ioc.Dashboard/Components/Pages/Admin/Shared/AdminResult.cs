namespace Ioc.Dashboard.Components.Pages.Admin.Shared;

/// <summary>A refusal of an admin form: the field it concerns and the resource key of its message (with arguments).</summary>
public sealed record AdminProblem(string Field, string MessageKey, params object[] Arguments);

/// <summary>The outcome of an admin action: done (with a value such as a one-time password), or refused with problems.</summary>
public sealed record AdminResult<T>(T? Value, IReadOnlyList<AdminProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AdminResult<T> Done(T value) => new(value, []);

    public static AdminResult<T> Refused(IReadOnlyList<AdminProblem> problems) => new(default, problems);

    public static AdminResult<T> Refused(string field, string messageKey, params object[] arguments) => new(default, [new(field, messageKey, arguments)]);
}
