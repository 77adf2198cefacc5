namespace Ioc.Dashboard.Security;

/// <summary>Bound from <c>Ioc:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Ioc:Security";

    /// <summary>Create one demo account per role at start (null: only in Development). Passwords are printed once.</summary>
    public bool? DemoAccounts { get; set; }

    /// <summary>Lets a Production host start while demo accounts exist (a demonstration, never a real deployment).</summary>
    public bool AllowDemoAccounts { get; set; }
}
