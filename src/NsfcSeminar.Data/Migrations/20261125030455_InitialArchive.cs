using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendee_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    name_zh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendee_groups", x => x.id);
                    table.CheckConstraint("ck_attendeegroup_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "cited_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    title_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    title_zh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cited_documents", x => x.id);
                    table.CheckConstraint("ck_citeddocument_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "meeting_series",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    name_zh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_series", x => x.id);
                    table.CheckConstraint("ck_meetingseries_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    name_zh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    short_name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    short_name_zh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.CheckConstraint("ck_organisation_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_organisations_not_own_parent", "parent_id IS NULL OR parent_id <> id");
                    table.ForeignKey(
                        name: "fk_organisations_organisations_parent_id",
                        column: x => x.parent_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    honorific_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    honorific_zh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.CheckConstraint("ck_person_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "reform_themes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    description_en = table.Column<string>(type: "text", nullable: true),
                    description_zh = table.Column<string>(type: "text", nullable: true),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reform_themes", x => x.id);
                    table.CheckConstraint("ck_reform_themes_not_own_parent", "parent_id IS NULL OR parent_id <> id");
                    table.CheckConstraint("ck_reformtheme_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_reform_themes_reform_themes_parent_id",
                        column: x => x.parent_id,
                        principalTable: "reform_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    series_id = table.Column<int>(type: "integer", nullable: true),
                    sequence_number = table.Column<int>(type: "integer", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organiser_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_sample = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    place_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    place_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sequence_term_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sequence_term_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.CheckConstraint("ck_meeting_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_meetings_end_after_start", "end_date IS NULL OR end_date >= start_date");
                    table.CheckConstraint("ck_meetings_sequence_positive", "sequence_number IS NULL OR sequence_number > 0");
                    table.ForeignKey(
                        name: "fk_meetings_meeting_series_series_id",
                        column: x => x.series_id,
                        principalTable: "meeting_series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_meetings_organisations_organiser_id",
                        column: x => x.organiser_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_citations",
                columns: table => new
                {
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_citations", x => new { x.meeting_id, x.document_id });
                    table.ForeignKey(
                        name: "fk_meeting_citations_cited_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "cited_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_meeting_citations_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_texts",
                columns: table => new
                {
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    stated_theme = table.Column<string>(type: "text", nullable: true),
                    summary = table.Column<string>(type: "text", nullable: true),
                    minutes_markdown = table.Column<string>(type: "text", nullable: true),
                    provenance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    translated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_texts", x => new { x.meeting_id, x.language });
                    table.ForeignKey(
                        name: "fk_meeting_texts_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_themes",
                columns: table => new
                {
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    theme_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_themes", x => new { x.meeting_id, x.theme_id });
                    table.ForeignKey(
                        name: "fk_meeting_themes_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_themes_reform_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "reform_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: true),
                    organisation_id = table.Column<int>(type: "integer", nullable: true),
                    group_id = table.Column<int>(type: "integer", nullable: true),
                    position_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    position_zh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participations", x => x.id);
                    table.CheckConstraint("ck_participations_one_participant", "num_nonnulls(person_id, group_id) <= 1 AND num_nonnulls(person_id, organisation_id, group_id) >= 1");
                    table.ForeignKey(
                        name: "fk_participations_attendee_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "attendee_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participations_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_participations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "speeches",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    anchor = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    speaker_person_id = table.Column<int>(type: "integer", nullable: true),
                    speaker_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speeches", x => x.id);
                    table.CheckConstraint("ck_speeches_anchor", "anchor ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_speeches_has_speaker", "num_nonnulls(speaker_person_id, speaker_organisation_id) >= 1");
                    table.ForeignKey(
                        name: "fk_speeches_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_speeches_organisations_speaker_organisation_id",
                        column: x => x.speaker_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_speeches_people_speaker_person_id",
                        column: x => x.speaker_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "speech_texts",
                columns: table => new
                {
                    speech_id = table.Column<int>(type: "integer", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: true),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    provenance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    translated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speech_texts", x => new { x.speech_id, x.language });
                    table.ForeignKey(
                        name: "fk_speech_texts_speeches_speech_id",
                        column: x => x.speech_id,
                        principalTable: "speeches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "speech_themes",
                columns: table => new
                {
                    speech_id = table.Column<int>(type: "integer", nullable: false),
                    theme_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speech_themes", x => new { x.speech_id, x.theme_id });
                    table.ForeignKey(
                        name: "fk_speech_themes_reform_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "reform_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_speech_themes_speeches_speech_id",
                        column: x => x.speech_id,
                        principalTable: "speeches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendee_groups_slug",
                table: "attendee_groups",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cited_documents_slug",
                table: "cited_documents",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_citations_document_id",
                table: "meeting_citations",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_series_slug",
                table: "meeting_series",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_themes_theme_id",
                table: "meeting_themes",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_organiser_id",
                table: "meetings",
                column: "organiser_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_series_id",
                table: "meetings",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_slug",
                table: "meetings",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_start_date",
                table: "meetings",
                column: "start_date");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_status_visibility_start_date",
                table: "meetings",
                columns: new[] { "status", "visibility", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_parent_id",
                table: "organisations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_slug",
                table: "organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participations_group_id",
                table: "participations",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_participations_meeting_id_sort_order",
                table: "participations",
                columns: new[] { "meeting_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_organisation_id",
                table: "participations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_participations_person_id",
                table: "participations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ux_participations_participant_role",
                table: "participations",
                columns: new[] { "meeting_id", "role", "person_id", "organisation_id", "group_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_people_slug",
                table: "people",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reform_themes_parent_id",
                table: "reform_themes",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_reform_themes_slug",
                table: "reform_themes",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_speech_themes_theme_id",
                table: "speech_themes",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_speeches_meeting_id_anchor",
                table: "speeches",
                columns: new[] { "meeting_id", "anchor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_speeches_meeting_id_sort_order",
                table: "speeches",
                columns: new[] { "meeting_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_speeches_speaker_organisation_id",
                table: "speeches",
                column: "speaker_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_speeches_speaker_person_id",
                table: "speeches",
                column: "speaker_person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_citations");

            migrationBuilder.DropTable(
                name: "meeting_texts");

            migrationBuilder.DropTable(
                name: "meeting_themes");

            migrationBuilder.DropTable(
                name: "participations");

            migrationBuilder.DropTable(
                name: "speech_texts");

            migrationBuilder.DropTable(
                name: "speech_themes");

            migrationBuilder.DropTable(
                name: "cited_documents");

            migrationBuilder.DropTable(
                name: "attendee_groups");

            migrationBuilder.DropTable(
                name: "reform_themes");

            migrationBuilder.DropTable(
                name: "speeches");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "meeting_series");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
