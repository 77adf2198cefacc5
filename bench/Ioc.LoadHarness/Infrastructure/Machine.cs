using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ioc.LoadHarness.Infrastructure;

/// <summary>Facts about the machine recorded beside every number (it is shared with other builds).</summary>
internal static class Machine
{
    /// <summary>The 1-minute load average (/proc/loadavg), or -1 where there is none.</summary>
    public static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    public static int SparePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
