namespace Ioc.Hub.Sla.Calendar;

/// <summary>Calendar data that cannot be used; the message names the file (or year), the field and the reason.</summary>
public sealed class CalendarDataException(string message) : Exception(message);
