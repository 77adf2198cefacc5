using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddIocData();
builder.AddIocHub();

var app = builder.Build();
app.MapIocHub();
app.Run();
