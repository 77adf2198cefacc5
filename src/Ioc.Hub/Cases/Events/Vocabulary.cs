namespace Ioc.Hub.Cases.Events;

/// <summary>How a report came in (DOMAIN glossary "kênh tiếp nhận").</summary>
public enum Channel { Hotline, Portal, App, Email, Zalo, Chatbot, Social, Sms, InPerson }

/// <summary>Thanh Hóa's four classification groups (001 Điều 11).</summary>
public enum ClassificationGroup
{
    /// <summary>Group 1: does not meet the requirements → rejected with a reason.</summary>
    Invalid,
    /// <summary>Group 2: unclear → the reporter is asked to clarify.</summary>
    Unclear,
    /// <summary>Group 3: not ours, or we are not the lead → forwarded to the competent agency.</summary>
    Forward,
    /// <summary>Group 4: ours → routed to the specialist unit.</summary>
    Ours,
}

public enum RejectionReason
{
    Duplicate,
    Unclear,
    Mistaken,
    Test,
    ComplaintOrDenunciation,
    VerificationFailed,
    EditNotMade,
    ClarificationNotSupplied,
    InvalidContent,
    StateSecret,
    Other,
}

public enum ExtensionKind
{
    /// <summary>A new committed date registered before the deadline (002 Điều 8.3).</summary>
    Standard,
    /// <summary>Khánh Hòa's verification extension, up to 5 WD from submission (000 Điều 7.1.a).</summary>
    Verification,
}

/// <summary>Who sent a result back and why: the redo clock depends on it (003 Điều 10.4).</summary>
public enum SendBackKind
{
    /// <summary>The approver sends the result back (000 Điều 8, 003 Điều 9).</summary>
    Approver,
    /// <summary>The operations center: the answer is empty (002 Điều 9).</summary>
    EmptyAnswer,
    /// <summary>The operations center: wrong format, fix within 30 minutes (003 Điều 10.4).</summary>
    FormatFix,
    /// <summary>The operations center: inaccurate or missing photos, fix within 1 hour (003 Điều 10.4).</summary>
    Inaccurate,
}

public enum PublicationVisibility { Public, Private }

public enum RecipientRole { FocalOfficer, Leader, AgencyHead, Supervisor }

public enum NotificationChannel { Sms, Email, Zalo, InApp }

public enum EscalationLevel { Leader, AgencyHead, Province }

/// <summary>The deadline status of a case's current step.</summary>
public enum SlaStatus { OnTime, DueSoon, Overdue }

public sealed record GeoLocation(double Latitude, double Longitude, string AdminUnitCode, string? Address = null);

/// <summary>Personal data of the reporter: masked in every view unless the viewer's role needs it.</summary>
public sealed record ReporterContact(
    string? Name = null, string? Phone = null, string? Email = null, string? IdNumber = null, string? Address = null);
