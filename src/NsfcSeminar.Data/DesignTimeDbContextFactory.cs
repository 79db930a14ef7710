using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NsfcSeminar.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the portal.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SeminarDbContext>
{
    public SeminarDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SeminarDbContext>();
        options.UseSeminarDatabase("Host=localhost;Database=nsfc_seminar_design");
        return new SeminarDbContext(options.Options);
    }
}
