using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSql.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sql.SearchSql.Drop(migrationBuilder);
        }
    }
}
