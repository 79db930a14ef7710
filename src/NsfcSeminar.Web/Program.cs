using NsfcSeminar.Web.Hosting;

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSeminarPortal();

var app = builder.Build();
app.UseSeminarPortal();
await app.InitialiseSeminarDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the portal.</summary>
public partial class Program;
