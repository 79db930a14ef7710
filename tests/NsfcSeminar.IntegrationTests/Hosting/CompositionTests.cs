using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Features.Accounts.Acting;
using NsfcSeminar.Web.Features.Interchange.Commands;
using NsfcSeminar.Web.Features.Interchange.Exporting;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.IntegrationTests.Hosting;

/// <summary>The commands' hosts are composed as the portal is: a service a command needs, or a
/// dependency of one, that is missing fails here rather than in an import at run time.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class CompositionTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData(typeof(ArchiveImport))]
    [InlineData(typeof(ArchiveExport))]
    [InlineData(typeof(CurrentEditor))]
    [InlineData(typeof(IDbContextFactory<SeminarDbContext>))]
    public void The_import_and_export_commands_host_builds_and_gives_them_what_they_use(Type service)
    {
        using var host = CommandHost.Build([$"--ConnectionStrings:Seminar={fixture.ConnectionString}"]);

        Assert.IsAssignableFrom(service, host.Services.GetRequiredService(service));
    }

    [Fact]
    public async Task The_account_commands_host_gives_them_the_account_store_and_the_audit_log()
    {
        await using var app = CreateAccountCommand.BuildHost([$"--ConnectionStrings:Seminar={fixture.ConnectionString}"]);
        await using var scope = app.Services.CreateAsyncScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<UserManager<SeminarUser>>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<AuditLog>());
    }

    [Fact]
    public void The_commands_answer_who_is_saving_as_the_portal_does_in_one_place()
    {
        using var host = CommandHost.Build([$"--ConnectionStrings:Seminar={fixture.ConnectionString}"]);

        Assert.Same(host.Services.GetRequiredService<CurrentEditor>(), Assert.Single(host.Services.GetServices<ICurrentEditor>()));
        Assert.Same(fixture.Portal.Services.GetRequiredService<CurrentEditor>(), Assert.Single(fixture.Portal.Services.GetServices<ICurrentEditor>()));
    }
}
