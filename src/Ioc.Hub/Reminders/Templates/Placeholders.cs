namespace Ioc.Hub.Reminders.Templates;

/// <summary>The placeholders a template may use, written <c>{name}</c>; any other name is refused when a template is saved.</summary>
public static class Placeholders
{
    public const string CaseCode = "case_code";
    public const string Agency = "agency";
    public const string Recipient = "recipient";
    public const string Deadline = "deadline";
    public const string OverdueBy = "overdue_by";
    public const string Step = "step";
    public const string Count = "count";
    public const string List = "list";
    public const string Province = "province";
    public const string Month = "month";
    public const string Reason = "reason";

    public static IReadOnlyList<string> All { get; } = [CaseCode, Agency, Recipient, Deadline, OverdueBy, Step, Count, List, Province, Month, Reason];
}
