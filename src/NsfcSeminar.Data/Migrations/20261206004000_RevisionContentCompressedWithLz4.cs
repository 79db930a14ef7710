using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <summary>
    /// New revision contents are compressed with LZ4 rather than PostgreSQL's own pglz (issue 14):
    /// an import writes a revision a meeting, holding its speeches whole, and one a speech, and
    /// pglz was most of the cost of copying them (a quarter of a 10,000-seminar import's revisions,
    /// 107 MB of JSON: 4.4–5.0 s with pglz, 2.5–3.3 s with LZ4, about the same size on disk).
    /// Contents already stored stay as they are and read the same. A server built without LZ4
    /// keeps pglz.
    /// </summary>
    public partial class RevisionContentCompressedWithLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    ALTER TABLE revisions ALTER COLUMN content SET COMPRESSION lz4;
                  END IF;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE revisions ALTER COLUMN content SET COMPRESSION default;");
        }
    }
}
