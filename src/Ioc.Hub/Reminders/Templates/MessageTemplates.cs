using Ioc.Data;
using Ioc.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Reminders.Templates;

/// <summary>A template as it applies now: the administrator's version, or the built-in default.</summary>
public sealed record TemplateView(string Kind, string Channel, string? Subject, string Body, bool IsDefault, DateTime? UpdatedAtUtc, string? UpdatedBy);

/// <summary>The templates in force (stored edits over <see cref="DefaultTemplates"/>), and the administrator's edits.</summary>
public sealed class MessageTemplates(IDbContextFactory<IocDbContext> contexts, IOptions<ReminderOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.MessageTemplates.AsNoTracking().ToDictionaryAsync(t => (t.Kind, t.Channel), ct);
        return [.. from kind in TemplateKinds.All
                   from channel in DefaultTemplates.Channels
                   select stored.TryGetValue((kind, channel), out var row) ? View(row) : Default(kind, channel)];
    }

    public async Task<TemplateView> GetAsync(string kind, string channel, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind && t.Channel == channel, ct);
        return row is null ? Default(kind, channel) : View(row);
    }

    /// <summary>Saves an edit, or returns why it cannot be saved (nothing is written then).</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string kind, string channel, string? subject, string? body, string user, CancellationToken ct = default)
    {
        if (!TemplateKinds.All.Contains(kind) || !DefaultTemplates.Channels.Contains(channel))
            return [$"Không có mẫu {kind}/{channel}."];
        subject = channel == NotificationChannels.Email ? subject?.Trim() : null;
        var problems = TemplateText.Check(channel, subject, body, options.Value.SmsMaxLength);
        if (problems.Count > 0)
            return problems;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Kind == kind && t.Channel == channel, ct);
        if (row is null)
        {
            row = new MessageTemplate { Kind = kind, Channel = channel, Body = body!, UpdatedBy = user };
            db.MessageTemplates.Add(row);
        }
        row.Subject = subject;
        row.Body = body!;
        row.UpdatedBy = user;
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Drops the administrator's version: the default applies again.</summary>
    public async Task ResetAsync(string kind, string channel, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.MessageTemplates.Where(t => t.Kind == kind && t.Channel == channel).ExecuteDeleteAsync(ct);
    }

    private static TemplateView View(MessageTemplate row) => new(row.Kind, row.Channel, row.Subject, row.Body, false, row.UpdatedAtUtc, row.UpdatedBy);

    private static TemplateView Default(string kind, string channel)
    {
        var text = DefaultTemplates.For(kind, channel);
        return new(kind, channel, text.Subject, text.Body, true, null, null);
    }
}
