using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveNoticesLookUpSpeechesByKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Sql.ArchiveSqlNotices.LookUpSpeechesByKey(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.ArchiveSqlNotices.LookUpSpeechesByJoin(migrationBuilder);
        }
    }
}
