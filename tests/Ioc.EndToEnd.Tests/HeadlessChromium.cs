using Microsoft.Playwright;

namespace Ioc.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium, headless, as every end-to-end test launches it (never a downloaded browser): the path from
/// IOC_TEST_CHROMIUM (set by scripts/test.sh), else /usr/bin/chromium.
/// </summary>
internal static class HeadlessChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("IOC_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
}
