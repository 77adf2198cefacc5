using System.Text.Json;

namespace Ioc.Hub.Tests.Live.Support;

internal static class LiveAssert
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Waits until <paramref name="find"/> returns a value, polling.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<T?> find, string what, TimeSpan? patience = null) where T : class
    {
        using var timeout = new CancellationTokenSource(patience ?? Patience);
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
            await Task.Delay(20);
        }
    }

    public static Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? patience = null) =>
        EventuallyAsync(() => condition() ? "" : null, what, patience);

    /// <summary>Every property name and string value in a JSON document, unescaped (Vietnamese arrives as \u escapes).</summary>
    public static IEnumerable<string> Strings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Walk(document.RootElement).ToList();

        static IEnumerable<string> Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    yield return element.GetString()!;
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        yield return property.Name;
                        foreach (var inner in Walk(property.Value))
                            yield return inner;
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        foreach (var inner in Walk(item))
                            yield return inner;
                    }
                    break;
            }
        }
    }
}
