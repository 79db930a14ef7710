using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSqlChanges.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSqlChanges.Drop(migrationBuilder);
        }
    }
}
