using Ioc.Hub.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddIocHub();

var app = builder.Build();
app.MapIocHub();
app.Run();
