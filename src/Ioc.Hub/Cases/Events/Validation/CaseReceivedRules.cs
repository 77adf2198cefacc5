using System.Net.Mail;
using static System.FormattableString;
using System.Text.RegularExpressions;

namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>The rules of <see cref="CaseReceived"/>, the only event that carries location, reporter and attachments.</summary>
internal static partial class CaseReceivedRules
{
    public static void Check(CaseReceived e, ViolationList v)
    {
        if (e.Sequence != 1)
        {
            v.Add("sequence", Invariant($"must be 1: case.received opens the case's sequence (got {e.Sequence})"));
        }
        v.Code("code", e.Code);
        v.Code("profileId", e.ProfileId);
        v.Defined("channel", e.Channel);
        v.Code("fieldCode", e.FieldCode);
        v.Name("title", e.Title, required: false);
        v.LongText("description", e.Description);
        CheckLocation(e.Location, v);
        CheckEmergency(e, v);
        CheckReporter(e.Reporter, v);
        CheckAttachments(e.Attachments, v);
    }

    private static void CheckLocation(GeoLocation? location, ViolationList v)
    {
        if (location is null)
        {
            v.Add("location", "is required");
            return;
        }
        var (lat, lon) = (location.Latitude, location.Longitude);
        var latitudeValid = lat is >= -90 and <= 90;
        var longitudeValid = lon is >= -180 and <= 180;
        if (!latitudeValid)
        {
            v.Add("location.latitude", Invariant($"must be between -90 and 90 degrees (got {lat})"));
        }
        if (!longitudeValid)
        {
            v.Add("location.longitude", Invariant($"must be between -180 and 180 degrees (got {lon})"));
        }
        if (latitudeValid && longitudeValid && !VietnamBounds.Contains(lat, lon))
        {
            v.Add("location", Invariant($"({lat}, {lon}) is outside Vietnam ({VietnamBounds.Description}); check that latitude and longitude are not swapped"));
        }
        v.Code("location.adminUnitCode", location.AdminUnitCode);
        v.Name("location.address", location.Address, required: false);
    }

    private static void CheckEmergency(CaseReceived e, ViolationList v)
    {
        if (e.IsEmergency)
        {
            // 000 Điều 10, 002 Điều 8.6: the emergency clock depends on the category, so an emergency without one cannot be timed.
            v.Code("emergencyCategory", e.EmergencyCategory);
        }
        else if (e.EmergencyCategory is not null)
        {
            v.Add("emergencyCategory", "must be absent when isEmergency is false");
        }
    }

    private static void CheckReporter(ReporterContact? reporter, ViolationList v)
    {
        if (reporter is null)
        {
            v.Add("reporter", "must be an object (use {} when the reporter is anonymous)");
            return;
        }
        v.Name("reporter.name", reporter.Name, required: false);
        if (reporter.Phone is not null && !PhonePattern().IsMatch(reporter.Phone))
        {
            v.Add("reporter.phone", "must be 8–15 digits, optionally starting with '+', without spaces or separators");
        }
        if (reporter.Email is not null && !IsEmail(reporter.Email))
        {
            v.Add("reporter.email", "is not a valid e-mail address");
        }
        v.Code("reporter.idNumber", reporter.IdNumber, required: false);
        v.Name("reporter.address", reporter.Address, required: false);
    }

    /// <summary>One bare address (no display name), a dotted domain and no more than RFC 5321's 254 characters.</summary>
    private static bool IsEmail(string text) =>
        text.Length <= ContractLimits.EmailLength
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.')
        && !text.Any(char.IsWhiteSpace);

    private static void CheckAttachments(IReadOnlyList<string>? attachments, ViolationList v)
    {
        if (attachments is null)
        {
            v.Add("attachments", "must be an array (use [] when there is none)");
            return;
        }
        if (attachments.Count > ContractLimits.MaxAttachments)
        {
            v.Add("attachments", $"must list at most {ContractLimits.MaxAttachments} files (it lists {attachments.Count})");
        }
        for (var i = 0; i < attachments.Count; i++)
        {
            var text = attachments[i];
            if (text is null || text.Length > ContractLimits.UriLength || !IsHttpUri(text))
            {
                v.Add($"attachments[{i}]", $"must be an absolute http or https URL of at most {ContractLimits.UriLength} characters");
            }
        }
    }

    private static bool IsHttpUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex PhonePattern();
}
