using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandOffCoversParticipationsAndSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSqlHandOff.UpMissed(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSqlHandOff.DownMissed(migrationBuilder);
        }
    }
}
