namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// Keeps <c>search_documents</c> current. Saving one meeting touches many rows (texts, speeches,
/// their texts and themes), so row triggers only note the meeting in <c>search_pending</c>; a
/// deferred trigger on that table rebuilds each noted meeting once, when the transaction
/// commits. Renaming a person, organisation or theme notes every meeting that names it.
/// </summary>
internal static class SearchSqlTriggers
{
    public const string Text = """
        CREATE FUNCTION search_note(meeting_ids int[]) RETURNS void
        LANGUAGE sql AS $$
          INSERT INTO search_pending (meeting_id) SELECT DISTINCT unnest(meeting_ids) ON CONFLICT DO NOTHING;
        $$;

        -- Separate branches, because PL/pgSQL resolves NEW.meeting_id only when it runs it.
        CREATE FUNCTION search_note_meeting() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_TABLE_NAME = 'meetings' THEN
            IF TG_OP <> 'DELETE' THEN PERFORM search_note(ARRAY[NEW.id]); END IF;
            IF TG_OP <> 'INSERT' THEN PERFORM search_note(ARRAY[OLD.id]); END IF;
          ELSE
            IF TG_OP <> 'DELETE' THEN PERFORM search_note(ARRAY[NEW.meeting_id]); END IF;
            IF TG_OP <> 'INSERT' THEN PERFORM search_note(ARRAY[OLD.meeting_id]); END IF;
          END IF;
          RETURN NULL;
        END
        $$;

        CREATE FUNCTION search_note_speech() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'DELETE' THEN
            PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE id = NEW.speech_id));
          END IF;
          IF TG_OP <> 'INSERT' THEN
            PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE id = OLD.speech_id));
          END IF;
          RETURN NULL;
        END
        $$;

        CREATE FUNCTION search_note_name() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_TABLE_NAME = 'people' THEN
            PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE speaker_person_id = NEW.id));
          ELSIF TG_TABLE_NAME = 'organisations' THEN
            PERFORM search_note(ARRAY(SELECT meeting_id FROM speeches WHERE speaker_organisation_id = NEW.id));
          ELSE
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

        CREATE FUNCTION search_refresh_pending() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM search_pending WHERE meeting_id = NEW.meeting_id;
          PERFORM search_refresh(ARRAY[NEW.meeting_id]);
          RETURN NULL;
        END
        $$;

        CREATE CONSTRAINT TRIGGER search_refresh_pending AFTER INSERT ON search_pending
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_refresh_pending();

        CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION search_note_meeting();
        CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON meeting_texts FOR EACH ROW EXECUTE FUNCTION search_note_meeting();
        CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON meeting_themes FOR EACH ROW EXECUTE FUNCTION search_note_meeting();
        CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON speeches FOR EACH ROW EXECUTE FUNCTION search_note_meeting();
        CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON speech_texts FOR EACH ROW EXECUTE FUNCTION search_note_speech();
        CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON speech_themes FOR EACH ROW EXECUTE FUNCTION search_note_speech();
        CREATE TRIGGER search_note AFTER UPDATE ON people FOR EACH ROW EXECUTE FUNCTION search_note_name();
        CREATE TRIGGER search_note AFTER UPDATE ON organisations FOR EACH ROW EXECUTE FUNCTION search_note_name();
        CREATE TRIGGER search_note AFTER UPDATE ON reform_themes FOR EACH ROW EXECUTE FUNCTION search_note_name();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS search_note ON meetings;
        DROP TRIGGER IF EXISTS search_note ON meeting_texts;
        DROP TRIGGER IF EXISTS search_note ON meeting_themes;
        DROP TRIGGER IF EXISTS search_note ON speeches;
        DROP TRIGGER IF EXISTS search_note ON speech_texts;
        DROP TRIGGER IF EXISTS search_note ON speech_themes;
        DROP TRIGGER IF EXISTS search_note ON people;
        DROP TRIGGER IF EXISTS search_note ON organisations;
        DROP TRIGGER IF EXISTS search_note ON reform_themes;
        DROP TRIGGER IF EXISTS search_refresh_pending ON search_pending;
        DROP FUNCTION IF EXISTS search_refresh_pending();
        DROP FUNCTION IF EXISTS search_note_name();
        DROP FUNCTION IF EXISTS search_note_speech();
        DROP FUNCTION IF EXISTS search_note_meeting();
        DROP FUNCTION IF EXISTS search_note(int[]);
        """;
}
