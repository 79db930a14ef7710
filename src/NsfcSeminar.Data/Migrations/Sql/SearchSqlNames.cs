using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// A meeting's search document holds the names of everyone who took part (people, organisations
/// and groups, whether they spoke or not) and the text of its archived copies. Renaming a
/// person or an organisation used to note only the meetings where they spoke, a group's name
/// and a copy's text noted nothing: the copy kept the old words, so the old name still found a
/// meeting that no longer shows it, and the new one did not (issue 14). Each now notes every
/// meeting whose document holds it. A copy's trigger is quiet during an import's hand-off, like
/// those of the rows around it (<see cref="SearchSqlHandOff"/>); a rename is not, as the
/// meetings it notes are not the import's own.
/// </summary>
public static class SearchSqlNames
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(NameFunction(everyone: true) + """
            CREATE TRIGGER search_note AFTER UPDATE ON attendee_groups FOR EACH ROW EXECUTE FUNCTION search_note_name();

            -- Separate branches, because PL/pgSQL resolves NEW.source_id only when it runs it.
            CREATE FUNCTION search_note_archived_copy() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP <> 'DELETE' THEN
                PERFORM search_note(ARRAY(SELECT meeting_id FROM sources WHERE id = NEW.source_id));
              END IF;
              IF TG_OP <> 'INSERT' THEN
                PERFORM search_note(ARRAY(SELECT meeting_id FROM sources WHERE id = OLD.source_id));
              END IF;
              RETURN NULL;
            END
            $$;
            CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON archived_copies FOR EACH ROW
              WHEN (current_setting('seminar.search_handed_off', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION search_note_archived_copy();
            """);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TRIGGER search_note ON archived_copies;
            DROP FUNCTION search_note_archived_copy();
            DROP TRIGGER search_note ON attendee_groups;

            """ + NameFunction(everyone: false));
    }

    /// <summary>The rename trigger's function: with <paramref name="everyone"/>, a person,
    /// organisation or group notes the meetings they took part in as well as those they spoke at
    /// (before this migration, only the latter, and for a group nothing).</summary>
    private static string NameFunction(bool everyone)
    {
        string Took(string column) => everyone ? $"\n                                      UNION SELECT meeting_id FROM participations WHERE {column} = NEW.id" : "";
        var groups = everyone
            ? $"ELSIF TG_TABLE_NAME = 'attendee_groups' THEN\n    PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE speaker_group_id = NEW.id{Took("group_id")}));\n  "
            : "";
        return $$"""
            CREATE OR REPLACE FUNCTION search_note_name() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_TABLE_NAME = 'people' THEN
                PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE speaker_person_id = NEW.id{{Took("person_id")}}));
              ELSIF TG_TABLE_NAME = 'organisations' THEN
                PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE speaker_organisation_id = NEW.id{{Took("organisation_id")}}));
              {{groups}}ELSE
                PERFORM search_note(ARRAY(
                  WITH RECURSIVE tree (id) AS (
                    SELECT NEW.id UNION SELECT t.id FROM reform_themes t JOIN tree ON t.parent_id = tree.id
                  )
                  SELECT s.meeting_id FROM speech_themes x JOIN speeches s ON s.id = x.speech_id WHERE x.theme_id IN (SELECT id FROM tree)
                  UNION
                  SELECT x.meeting_id FROM meeting_themes x WHERE x.theme_id IN (SELECT id FROM tree)));
              END IF;
              RETURN NULL;
            END
            $$;

            """;
    }
}
