using Ioc.Data;
using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;

namespace Ioc.Hub.Producers;

/// <summary>
/// <c>create-producer-key &lt;name&gt; [--scopes ingest,ioc]</c> on the Hub host: bootstraps a distributed deployment
/// before any administrator can sign in. The key alone goes to standard output (<c>KEY=$(…)</c> works); everything
/// else goes to standard error. Other arguments configure the host as usual (e.g. <c>--ConnectionStrings:Ioc …</c>).
/// </summary>
public static class ProducerKeyCommand
{
    public const string Name = "create-producer-key";
    public const string Usage = $"usage: {Name} <producer-name> [--scopes ingest,ioc] [configuration overrides such as --ConnectionStrings:Ioc <connection string>]";

    public static bool IsInvocation(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Builds the host's services without starting it, migrates storage and creates the key.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var request, out var hostArgs, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var builder = WebApplication.CreateBuilder(hostArgs);
        // Standard output carries the key only: logs go to standard error, warnings and worse.
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddIocData();
        builder.AddIocHub();
        await using var app = builder.Build();
        return await RunAsync(app.Services, request, Console.Out, Console.Error, CancellationToken.None);
    }

    public static async Task<int> RunAsync(IServiceProvider services, Request request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (ProducerKeys.Check(request.ProducerName, request.Scopes) is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
                await error.WriteLineAsync($"{field}: {string.Join("; ", messages)}");
            return 2;
        }

        // The Hub applies migrations when it starts; a first key may well be created before that.
        await using (var db = await services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync(cancellationToken))
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.Database.MigrateAsync(ct), cancellationToken);

        var createdBy = $"cli:{Environment.UserName}@{Environment.MachineName}";
        var created = await services.GetRequiredService<ProducerKeys>().CreateAsync(request.ProducerName, request.Scopes, createdBy, cancellationToken);
        await error.WriteLineAsync(
            $"Created key {created.Info.KeyPrefix}… (id {created.Info.Id}) for producer '{created.Info.ProducerName}' with scopes " +
            $"{string.Join(",", created.Info.Scopes)}. It is printed once, below: store it now.");
        await output.WriteLineAsync(created.Key);
        return 0;
    }

    /// <summary>Splits the command's own arguments from those meant for the host's configuration.</summary>
    public static bool TryParse(string[] args, out Request request, out string[] hostArgs, out string? problem)
    {
        request = new Request("", null);
        hostArgs = [];
        problem = null;
        if (!IsInvocation(args) || args.Length < 2 || args[1].StartsWith('-'))
        {
            problem = "The producer name is missing.";
            return false;
        }
        IReadOnlyList<string>? scopes = null;
        var rest = new List<string>();
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] == "--scopes")
            {
                if (i + 1 >= args.Length)
                {
                    problem = "--scopes needs a value, e.g. --scopes ingest,ioc";
                    return false;
                }
                scopes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
            else if (args[i].StartsWith("--scopes=", StringComparison.Ordinal))
                scopes = args[i]["--scopes=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            else
                rest.Add(args[i]);
        }
        request = new Request(args[1], scopes);
        hostArgs = [.. rest];
        return true;
    }

    public sealed record Request(string ProducerName, IReadOnlyList<string>? Scopes);
}
