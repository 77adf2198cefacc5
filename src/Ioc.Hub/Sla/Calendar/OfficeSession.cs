namespace Ioc.Hub.Sla.Calendar;

/// <summary>One block of office time in a working day, e.g. 07:30–11:30. Start inclusive, End exclusive.</summary>
public sealed record OfficeSession(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;
}
