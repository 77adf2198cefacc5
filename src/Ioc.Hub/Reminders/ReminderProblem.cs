namespace Ioc.Hub.Reminders;

/// <summary>
/// Why a reminder action was refused, nothing queued: bad input (400), or a reminder within the duplicate window
/// (409, with when the last one went out, so the console can offer to force it with a reason).
/// </summary>
public sealed class ReminderProblem(int status, string title, IReadOnlyDictionary<string, string[]> errors, DateTime? lastReminderAtUtc = null)
    : Exception(title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
    public DateTime? LastReminderAtUtc { get; } = lastReminderAtUtc;

    public static ReminderProblem BadInput(string field, string error) => new(400, "Yêu cầu nhắc việc không hợp lệ.", new Dictionary<string, string[]> { [field] = [error] });

    public static ReminderProblem BadInput(Dictionary<string, string[]> errors) => new(400, "Yêu cầu nhắc việc không hợp lệ.", errors);

    public static ReminderProblem Duplicate(DateTime lastAtUtc, string detail) =>
        new(409, "Đã nhắc trong khoảng thời gian chống trùng.", new Dictionary<string, string[]> { ["force"] = [detail] }, lastAtUtc);
}
