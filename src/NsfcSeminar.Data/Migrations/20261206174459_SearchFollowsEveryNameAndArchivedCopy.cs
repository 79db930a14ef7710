using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <summary>
    /// Renaming anyone who took part in a meeting, or changing an archived copy's text, reaches
    /// the meeting's search document (<see cref="Sql.SearchSqlNames"/>). The documents are then
    /// rebuilt once, as a rename before this migration may have left old names in them.
    /// </summary>
    public partial class SearchFollowsEveryNameAndArchivedCopy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSqlNames.Up(migrationBuilder);
            migrationBuilder.Sql("SELECT search_rebuild();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSqlNames.Down(migrationBuilder);
        }
    }
}
