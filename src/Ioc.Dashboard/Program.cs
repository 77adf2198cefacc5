using Ioc.Dashboard.Extensions;
using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;

var builder = WebApplication.CreateBuilder(args);

// MudBlazor's _content files come from the static web assets manifest, which only Development reads by default:
// without this they fail under Production when the app runs from its build output.
builder.WebHost.UseStaticWebAssets();

builder.AddIocData();
builder.AddIocHub();
builder.AddIocSecurity();
builder.AddIocDashboard();

var app = builder.Build();
app.MapIocHub();
app.UseIocDashboard();
app.Run();
