using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <summary>
    /// Revision contents are stored as json, as written, rather than as jsonb (issue 14): they are
    /// only ever read whole and parsed by the portal, never queried inside, and jsonb made the server
    /// build a tree of every content it was given. The 42,000 first revisions of 2,000 imported
    /// seminars (about 100 MB of JSON) were copied in 3.2–4.7 s into jsonb and in 2.2–3.7 s into
    /// json (load 18–23). Stored contents are converted and read the same. The column's LZ4 (migration
    /// RevisionContentCompressedWithLz4) is set again in the same statement: a change of type
    /// forgets it, and the rewrite would compress with pglz.
    /// </summary>
    public partial class RevisionContentAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => ChangeType(migrationBuilder, "json");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => ChangeType(migrationBuilder, "jsonb");

        private static void ChangeType(MigrationBuilder migrationBuilder, string type)
        {
            migrationBuilder.Sql($"""
                DO $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    ALTER TABLE revisions ALTER COLUMN content TYPE {type}, ALTER COLUMN content SET COMPRESSION lz4;
                  ELSE
                    ALTER TABLE revisions ALTER COLUMN content TYPE {type};
                  END IF;
                END
                $$;
                """);
        }
    }
}
