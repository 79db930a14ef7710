using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class WhoSpokeSessionsAndSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Who took part and what the sources say are searched too: a change to them is a
            // change of the meeting for the search copy.
            migrationBuilder.Sql("""
                CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON participations FOR EACH ROW EXECUTE FUNCTION search_note_meeting();
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_speeches_has_speaker",
                table: "speeches");

            migrationBuilder.AddColumn<int>(
                name: "session_id",
                table: "speeches",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "speaker_description_en",
                table: "speeches",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "speaker_description_zh",
                table: "speeches",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "speaker_group_id",
                table: "speeches",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "group_size",
                table: "participations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "group_size_is_minimum",
                table: "participations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "note_en",
                table: "participations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "note_zh",
                table: "participations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attendee_group_organisations",
                columns: table => new
                {
                    group_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendee_group_organisations", x => new { x.group_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_attendee_group_organisations_attendee_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "attendee_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attendee_group_organisations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    anchor = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    chair_person_id = table.Column<int>(type: "integer", nullable: true),
                    title_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    title_zh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_sessions", x => x.id);
                    table.CheckConstraint("ck_meeting_sessions_anchor", "anchor ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_meeting_sessions_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_sessions_people_chair_person_id",
                        column: x => x.chair_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    speech_id = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    address = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retrieved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    publisher_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    publisher_zh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    title_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    title_zh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                    table.CheckConstraint("ck_sources_address", "address IS NULL OR address ~ '^https?://'");
                    table.CheckConstraint("ck_sources_findable", "num_nonnulls(address, title_zh, title_en) >= 1");
                    table.ForeignKey(
                        name: "fk_sources_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sources_speeches_speech_id",
                        column: x => x.speech_id,
                        principalTable: "speeches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archived_copies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    extracted_text = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_archived_copies", x => x.id);
                    table.CheckConstraint("ck_archived_copies_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
                    table.CheckConstraint("ck_archived_copies_size", "size = octet_length(content)");
                    table.ForeignKey(
                        name: "fk_archived_copies_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_speeches_session_id",
                table: "speeches",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_speeches_speaker_group_id",
                table: "speeches",
                column: "speaker_group_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_speeches_has_speaker",
                table: "speeches",
                sql: "num_nonnulls(speaker_person_id, speaker_organisation_id, speaker_group_id, speaker_description_zh, speaker_description_en) >= 1");

            migrationBuilder.AddCheckConstraint(
                name: "ck_participations_group_size",
                table: "participations",
                sql: "group_size IS NULL OR (group_size > 0 AND group_id IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_archived_copies_sha256",
                table: "archived_copies",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_archived_copies_source_id",
                table: "archived_copies",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendee_group_organisations_organisation_id",
                table: "attendee_group_organisations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_sessions_chair_person_id",
                table: "meeting_sessions",
                column: "chair_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_sessions_meeting_id_anchor",
                table: "meeting_sessions",
                columns: new[] { "meeting_id", "anchor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sources_meeting_id_sort_order",
                table: "sources",
                columns: new[] { "meeting_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_sources_speech_id",
                table: "sources",
                column: "speech_id");

            migrationBuilder.AddForeignKey(
                name: "fk_speeches_attendee_groups_speaker_group_id",
                table: "speeches",
                column: "speaker_group_id",
                principalTable: "attendee_groups",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_speeches_meeting_sessions_session_id",
                table: "speeches",
                column: "session_id",
                principalTable: "meeting_sessions",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.Sql("CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON sources FOR EACH ROW EXECUTE FUNCTION search_note_meeting();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS search_note ON participations;");

            migrationBuilder.DropForeignKey(
                name: "fk_speeches_attendee_groups_speaker_group_id",
                table: "speeches");

            migrationBuilder.DropForeignKey(
                name: "fk_speeches_meeting_sessions_session_id",
                table: "speeches");

            migrationBuilder.DropTable(
                name: "archived_copies");

            migrationBuilder.DropTable(
                name: "attendee_group_organisations");

            migrationBuilder.DropTable(
                name: "meeting_sessions");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropIndex(
                name: "ix_speeches_session_id",
                table: "speeches");

            migrationBuilder.DropIndex(
                name: "ix_speeches_speaker_group_id",
                table: "speeches");

            migrationBuilder.DropCheckConstraint(
                name: "ck_speeches_has_speaker",
                table: "speeches");

            migrationBuilder.DropCheckConstraint(
                name: "ck_participations_group_size",
                table: "participations");

            migrationBuilder.DropColumn(
                name: "session_id",
                table: "speeches");

            migrationBuilder.DropColumn(
                name: "speaker_description_en",
                table: "speeches");

            migrationBuilder.DropColumn(
                name: "speaker_description_zh",
                table: "speeches");

            migrationBuilder.DropColumn(
                name: "speaker_group_id",
                table: "speeches");

            migrationBuilder.DropColumn(
                name: "group_size",
                table: "participations");

            migrationBuilder.DropColumn(
                name: "group_size_is_minimum",
                table: "participations");

            migrationBuilder.DropColumn(
                name: "note_en",
                table: "participations");

            migrationBuilder.DropColumn(
                name: "note_zh",
                table: "participations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_speeches_has_speaker",
                table: "speeches",
                sql: "num_nonnulls(speaker_person_id, speaker_organisation_id) >= 1");
        }
    }
}
