namespace Ioc.Dashboard.Security;

/// <summary>One demo account per role; the e-mail is also the user name.</summary>
public sealed record DemoAccount(string Email, string Role, string DisplayName);

public static class DemoAccounts
{
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("manhinh@ioc.local", IocRoles.Wall, "Màn hình trung tâm IOC"),
        new("giamsat@ioc.local", IocRoles.Supervisor, "Giám sát viên (demo)"),
        new("lanhdao@ioc.local", IocRoles.Leader, "Lãnh đạo tỉnh (demo)"),
        new("donvi@ioc.local", IocRoles.Agency, "Cán bộ đơn vị (demo)"),
        new("quantri@ioc.local", IocRoles.Admin, "Quản trị hệ thống (demo)"),
    ];
}
