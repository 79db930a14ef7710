using NsfcSeminar.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSeminarPortal();

var app = builder.Build();
app.UseSeminarPortal();
await app.InitialiseSeminarDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the portal.</summary>
public partial class Program;
