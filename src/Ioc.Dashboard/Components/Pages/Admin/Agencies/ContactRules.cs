using System.Text.RegularExpressions;
using Ioc.Dashboard.Components.Pages.Admin.Shared;
using Ioc.Dashboard.Components.Pages.Admin.Users;
using Ioc.Data.Agencies;
using Ioc.Data.Notifications;
using Ioc.Data.Validation;

namespace Ioc.Dashboard.Components.Pages.Admin.Agencies;

/// <summary>
/// What a leader's or focal officer's contact must be for reminders to reach them (DOMAIN "rules common to all five":
/// reminders go to them). Phone numbers in the Vietnamese forms: mobile 0xx xxx xxxx (03/05/07/08/09), landline
/// 02xx xxx xxxx, either with +84 instead of the 0, or a 1800/1900 hotline; spaces, dots and hyphens are allowed.
/// </summary>
public static partial class ContactRules
{
    public const int NameMaxLength = 100;
    public const int TitleMaxLength = 100;
    public const int EmailMaxLength = 256;
    public const int ZaloMaxLength = 64;

    public static readonly IReadOnlyList<string> Channels = [NotificationChannels.Sms, NotificationChannels.Email, NotificationChannels.Zalo, NotificationChannels.InApp];

    /// <param name="prefix">The form's field prefix, <c>leader</c> or <c>focalOfficer</c>.</param>
    public static List<AdminProblem> Check(Contact c, string prefix)
    {
        var problems = new List<AdminProblem>();
        if (string.IsNullOrWhiteSpace(c.Name))
            problems.Add(new($"{prefix}.name", "Admin.Error.Required"));
        else
            Text(problems, $"{prefix}.name", c.Name, NameMaxLength);
        Text(problems, $"{prefix}.title", c.Title, TitleMaxLength);
        if (c.Phone is { Length: > 0 } phone && !IsVietnamesePhone(phone))
            problems.Add(new($"{prefix}.phone", "Admin.Agencies.Error.Phone"));
        if (c.Email is { Length: > 0 } email && (email.Length > EmailMaxLength || !UserAdministration.IsEmail(email)))
            problems.Add(new($"{prefix}.email", "Admin.Error.Email"));
        if (c.ZaloUserId is { Length: > 0 } zalo && (zalo.Length > ZaloMaxLength || !ZaloPattern().IsMatch(zalo)))
            problems.Add(new($"{prefix}.zalo", "Admin.Agencies.Error.Zalo", ZaloMaxLength));
        if (c.PreferredChannel is { } channel)
        {
            if (!Channels.Contains(channel))
                problems.Add(new($"{prefix}.channel", "Admin.Agencies.Error.Channel"));
            else if (channel switch
                     {
                         NotificationChannels.Sms => string.IsNullOrEmpty(c.Phone),
                         NotificationChannels.Email => string.IsNullOrEmpty(c.Email),
                         NotificationChannels.Zalo => string.IsNullOrEmpty(c.ZaloUserId),
                         _ => false,
                     })
                problems.Add(new($"{prefix}.channel", "Admin.Agencies.Error.ChannelUnreachable"));
        }
        return problems;
    }

    public static bool IsVietnamesePhone(string value)
    {
        if (value.Length > 20 || !PhoneCharacters().IsMatch(value))
            return false;
        var digits = new string(value.Where(c => c is '+' || char.IsAsciiDigit(c)).ToArray());
        return VietnamesePhone().IsMatch(digits);
    }

    /// <summary>Trims every field and turns empty optional ones into null, as they are stored.</summary>
    public static Contact Normalise(Contact c) => new()
    {
        Name = c.Name?.Trim() ?? "",
        Title = Blank(c.Title),
        Phone = Blank(c.Phone),
        Email = Blank(c.Email),
        ZaloUserId = Blank(c.ZaloUserId),
        PreferredChannel = Blank(c.PreferredChannel),
    };

    private static void Text(List<AdminProblem> problems, string field, string? value, int max)
    {
        if (value is null)
            return;
        if (value.Length > max)
            problems.Add(new(field, "Admin.Error.TooLong", max));
        else if (PlainText.HasMarkupOrControl(value))
            problems.Add(new(field, "Admin.Error.Markup"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]*$")]
    private static partial Regex PhoneCharacters();

    // Mobile: 03x, 05x, 07x, 08x, 09x + 8 digits; landline: 02 + 9 digits (area code 2x/2xx); hotlines 1800/1900 + 4–6 digits.
    [GeneratedRegex(@"^(?:(?:0|\+84)(?:[35789][0-9]{8}|2[0-9]{9})|1[89]00[0-9]{4,6})$")]
    private static partial Regex VietnamesePhone();

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex ZaloPattern();
}
