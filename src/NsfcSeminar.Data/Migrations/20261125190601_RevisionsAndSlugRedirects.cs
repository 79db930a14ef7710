using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class RevisionsAndSlugRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    record_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    record_id = table.Column<int>(type: "integer", nullable: false),
                    record_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    author_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revisions", x => x.id);
                    table.CheckConstraint("ck_revisions_number_positive", "number > 0");
                });

            migrationBuilder.CreateTable(
                name: "slug_redirects",
                columns: table => new
                {
                    record_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    old_slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    new_slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slug_redirects", x => new { x.record_type, x.old_slug });
                    table.CheckConstraint("ck_slug_redirects_not_to_self", "old_slug <> new_slug");
                });

            migrationBuilder.CreateIndex(
                name: "ix_revisions_record_type_record_id_number",
                table: "revisions",
                columns: new[] { "record_type", "record_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_revisions_record_type_record_key",
                table: "revisions",
                columns: new[] { "record_type", "record_key" });

            migrationBuilder.CreateIndex(
                name: "ix_slug_redirects_record_type_new_slug",
                table: "slug_redirects",
                columns: new[] { "record_type", "new_slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revisions");

            migrationBuilder.DropTable(
                name: "slug_redirects");
        }
    }
}
