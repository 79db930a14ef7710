using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Writes a synthetic archive straight into PostgreSQL with binary COPY: meetings of twenty
/// speeches, about half of the text Chinese, speakers and themes drawn unevenly, the broad word
/// in about a third of the speeches. The search triggers are off while loading (one rebuild of
/// the index afterwards costs far less than one per row).
/// </summary>
internal sealed class ArchiveLoader(string connectionString, int meetings, int speechesPerMeeting)
{
    private const int People = 2_000;
    private const int Organisations = 300;
    private const int SeriesCount = 5;
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Random _random = new(20241116);

    public async Task LoadAsync()
    {
        var clock = Stopwatch.StartNew();
        var vocabulary = new Vocabulary(_random);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (await IsLoadedAsync(connection))
        {
            Console.WriteLine($"The archive of {meetings:N0} meetings is already loaded; delete the database to load it again.");
            return;
        }

        await Execute(connection, "SET session_replication_role = replica");
        await Execute(connection, "TRUNCATE meetings, people, organisations, reform_themes, meeting_series, search_documents, search_pending RESTART IDENTITY CASCADE");

        await Copy(connection, "meeting_series (id, slug, name_en, name_zh)", Enumerable.Range(1, SeriesCount),
            (w, i) => w.Write(i).Write($"series-{i}").Write($"Series {i}").Write($"系列{i}"));
        await Copy(connection, "people (id, slug, name_en, name_zh, created_at, updated_at)", Enumerable.Range(1, People),
            (w, i) => w.Write(i).Write($"person-{i}").Write($"Speaker {i}").Write($"发言人{i}").Write(Now).Write(Now));
        await Copy(connection, "organisations (id, slug, name_en, name_zh, kind, created_at, updated_at)", Enumerable.Range(1, Organisations),
            (w, i) => w.Write(i).Write($"organisation-{i}").Write($"Bureau {i}").Write($"第{i}局").Write("Bureau").Write(Now).Write(Now));
        var themes = Themes();
        await Copy(connection, "reform_themes (id, slug, name_en, name_zh, parent_id, sort_order, created_at, updated_at)", themes,
            (w, t) => w.Write(t.Id).Write($"theme-{t.Id}").Write(t.En).Write(t.Zh).Write(t.Parent).Write(t.Id).Write(Now).Write(Now));

        var speakers = new Zipf(People, 0.9, _random);
        var bureaus = new Zipf(Organisations, 1.0, _random);
        var themePick = new Zipf(themes.Count, 1.0, _random);
        await CopyMeetings(connection, vocabulary, speakers, bureaus, themePick);
        Console.WriteLine($"Loaded {meetings:N0} meetings and {meetings * speechesPerMeeting:N0} speeches in {clock.Elapsed.TotalSeconds:N1} s");

        await Execute(connection, "SET session_replication_role = origin");
        foreach (var table in new[] { "meeting_series", "people", "organisations", "reform_themes", "meetings", "speeches", "participations" })
        {
            await Execute(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))");
        }

        clock.Restart();
        await Execute(connection, "SET maintenance_work_mem = '512MB'");
        await Execute(connection, "SELECT search_rebuild()", timeoutSeconds: 0);
        await Execute(connection, "VACUUM ANALYZE", timeoutSeconds: 0);
        Console.WriteLine($"Built the search index in {clock.Elapsed.TotalSeconds:N1} s");
    }

    /// <summary>Loaded when the meetings and the search index are both there at this size.</summary>
    private async Task<bool> IsLoadedAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM meetings) = @meetings AND (SELECT count(*) FROM search_documents WHERE speech_id IS NOT NULL) = @speeches", connection);
        command.Parameters.AddWithValue("meetings", (long)meetings);
        command.Parameters.AddWithValue("speeches", (long)meetings * speechesPerMeeting);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private async Task CopyMeetings(NpgsqlConnection connection, Vocabulary vocabulary, Zipf speakers, Zipf bureaus, Zipf themePick)
    {
        var first = new DateOnly(1995, 1, 1);
        var days = new DateOnly(2025, 12, 31).DayNumber - first.DayNumber;
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY meetings (id, slug, kind, series_id, start_date, format, status, visibility, is_sample, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var m = 1; m <= meetings; m++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(m);
                await writer.WriteAsync($"seminar-{m}");
                await writer.WriteAsync("Seminar");
                await writer.WriteAsync(1 + (m % SeriesCount));
                await writer.WriteAsync(first.AddDays((int)((long)days * m / meetings)), NpgsqlDbType.Date);
                await writer.WriteAsync("InPerson");
                await writer.WriteAsync("Published");
                await writer.WriteAsync(m % 10 == 0 ? "StaffOnly" : "Public");
                await writer.WriteAsync(true);
                await writer.WriteAsync(Now);
                await writer.WriteAsync(Now);
            }

            await writer.CompleteAsync();
        }

        await Copy(connection, "meeting_texts (meeting_id, language, title, stated_theme, summary, provenance)",
            Enumerable.Range(1, meetings).SelectMany(m => new[] { (m, "en"), (m, "zh") }),
            (w, t) => w.Write(t.Item1).Write(t.Item2)
                .Write(t.Item2 == "en" ? $"Seminar {t.Item1} on research policy" : $"第{t.Item1}次科研政策研讨会")
                .Write(vocabulary.Text(t.Item2 == "zh", 60, broad: t.Item1 % 3 == 0))
                .Write(vocabulary.Text(t.Item2 == "zh", 300, broad: false))
                .Write(t.Item2 == "zh" ? "Original" : "Translation"));

        var speeches = Enumerable.Range(0, meetings * speechesPerMeeting).Select(i => NewSpeech(i, speakers, bureaus, themePick)).ToList();
        await Copy(connection, "speeches (id, meeting_id, anchor, sort_order, kind, speaker_person_id, speaker_organisation_id, created_at, updated_at)", speeches,
            (w, s) => w.Write(s.Id).Write(s.Meeting).Write($"s{s.Order}").Write(s.Order).Write(s.Kind).Write(s.Person).Write(s.Organisation).Write(Now).Write(Now));
        await Copy(connection, "participations (meeting_id, role, person_id, organisation_id, sort_order)",
            speeches.DistinctBy(s => (s.Meeting, s.Person, s.Organisation)),
            (w, s) => w.Write(s.Meeting).Write(s.Person is null ? "Reporter" : "KeynoteSpeaker").Write(s.Person).Write(s.Organisation).Write(s.Order));
        await Copy(connection, "speech_themes (speech_id, theme_id)", speeches.SelectMany(s => s.Themes.Select(t => (s.Id, t))),
            (w, x) => w.Write(x.Id).Write(x.t));
        await Copy(connection, "speech_texts (speech_id, language, title, body_markdown, provenance)", speeches.SelectMany(SpeechTexts),
            (w, t) => w.Write(t.Id).Write(t.Language)
                .Write(t.Language == "zh" ? $"关于科研工作的讲话{t.Id}" : $"Remarks on research policy {t.Id}")
                .Write(vocabulary.Text(t.Language == "zh", t.Length, t.Broad))
                .Write(t.Original ? "Original" : "Translation"));
    }

    private Speech NewSpeech(int index, Zipf speakers, Zipf bureaus, Zipf themePick)
    {
        var byBureau = _random.Next(10) == 0;
        var themeCount = _random.Next(1, 4);
        var themes = Enumerable.Range(0, themeCount).Select(_ => themePick.Next() + 1).Distinct().ToArray();
        var language = _random.Next(100) switch { < 45 => "zh", < 90 => "en", _ => "both" };

        // Lengths from a few hundred to several thousand characters, most of them short.
        var length = (int)Math.Min(6000, 250 * Math.Exp(_random.NextDouble() * 2.5));
        return new Speech(index + 1, (index / speechesPerMeeting) + 1, (index % speechesPerMeeting) + 1,
            byBureau ? "Report" : (index % speechesPerMeeting == 0 ? "PresidingSpeech" : "Discussion"),
            byBureau ? null : speakers.Next() + 1, byBureau ? bureaus.Next() + 1 : null,
            themes, language, length, _random.Next(3) == 0);
    }

    private static IEnumerable<(int Id, string Language, int Length, bool Broad, bool Original)> SpeechTexts(Speech s) => s.Language == "both"
        ? [(s.Id, "zh", s.Length, s.Broad, true), (s.Id, "en", s.Length * 2, s.Broad, false)]
        : [(s.Id, s.Language, s.Language == "en" ? s.Length * 2 : s.Length, s.Broad, true)];

    private static List<(int Id, string En, string Zh, int? Parent)> Themes()
    {
        string[] en = ["Basic research", "Talent", "International cooperation", "Evaluation", "Integrity", "Open science", "Interdisciplinary research", "Funding reform", "Young scientists", "Regional development", "Applied research", "Data and infrastructure"];
        string[] zh = ["基础研究", "人才", "国际合作", "评价", "科研诚信", "开放科学", "交叉研究", "资助改革", "青年科学家", "区域发展", "应用研究", "数据与设施"];
        var themes = new List<(int, string, string, int?)>();
        for (var i = 0; i < en.Length; i++)
        {
            themes.Add((i + 1, en[i], zh[i], null));
        }

        for (var i = 0; i < en.Length * 4; i++)
        {
            themes.Add((en.Length + i + 1, $"{en[i % en.Length]}: aspect {i / en.Length + 1}", $"{zh[i % en.Length]}专题{i / en.Length + 1}", (i % en.Length) + 1));
        }

        return themes;
    }

    private static async Task Copy<T>(NpgsqlConnection connection, string target, IEnumerable<T> rows, Action<RowWriter, T> write)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)");
        var row = new RowWriter(writer);
        foreach (var item in rows)
        {
            await writer.StartRowAsync();
            write(row, item);
        }

        await writer.CompleteAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, int timeoutSeconds = 30)
    {
        // A running portal's background reads (the search copy's catch-up) can deadlock with the
        // TRUNCATE; PostgreSQL then aborts one side, and the statement is simply asked again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    private sealed record Speech(int Id, int Meeting, int Order, string Kind, int? Person, int? Organisation, int[] Themes, string Language, int Length, bool Broad);

    /// <summary>Chains the columns of one COPY row; nulls are written as SQL NULL.</summary>
    private sealed class RowWriter(NpgsqlBinaryImporter writer)
    {
        public RowWriter Write<TValue>(TValue value)
        {
            if (value is null)
            {
                writer.WriteNull();
            }
            else
            {
                writer.Write(value);
            }

            return this;
        }
    }
}
