using System.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>Small bundles written by hand, and edits of exported ones.</summary>
internal static class Bundles
{
    /// <summary>A name of letters only, one for each number (a, b, …, z, aa, ab, …): names that
    /// differ only in digits are the same name to the near-duplicate check.</summary>
    public static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (var n = number + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>One of each kind of record, every reference inside the bundle.</summary>
    public const string Minimal = """
        {
          "format": 1,
          "themes": [
            { "slug": "open-science", "parent": "science-policy", "sortOrder": 1, "name": { "zh": "开放科学", "en": "Open science" } },
            { "slug": "science-policy", "sortOrder": 0, "name": { "en": "Science policy" } }
          ],
          "organisations": [
            { "slug": "test-foundation", "kind": "Foundation", "name": { "zh": "测试基金会", "en": "Test Foundation" } }
          ],
          "people": [
            { "slug": "wang-lan", "name": { "zh": "王兰", "en": "Wang Lan" }, "honorific": { "en": "Academician" } }
          ],
          "attendeeGroups": [
            { "slug": "test-directors", "name": { "en": "Directors of the test departments" } }
          ],
          "series": [
            { "slug": "test-seminars", "name": { "en": "Test seminars" } }
          ],
          "documents": [
            { "slug": "test-regulation", "kind": "Regulation", "title": { "en": "Test regulation" }, "issuedOn": "2023-01-01" }
          ],
          "seminars": [
            {
              "slug": "2025-03-01-test-seminar",
              "kind": "Seminar",
              "series": "test-seminars",
              "sequenceNumber": 1,
              "startDate": "2025-03-01",
              "place": { "zh": "北京", "en": "Beijing" },
              "format": "InPerson",
              "organiser": "test-foundation",
              "status": "Published",
              "visibility": "Public",
              "texts": { "en": { "title": "A test seminar", "provenance": "Original" } },
              "themes": [ "science-policy" ],
              "citations": [ "test-regulation" ],
              "participants": [
                { "role": "Presiding", "person": "wang-lan", "organisation": "test-foundation", "position": { "en": "Director" } },
                { "role": "Attendee", "group": "test-directors" }
              ],
              "speeches": [
                {
                  "anchor": "opening",
                  "kind": "PresidingSpeech",
                  "person": "wang-lan",
                  "themes": [ "open-science" ],
                  "texts": { "en": { "title": "Opening", "bodyMarkdown": "We **open** the seminar.", "provenance": "Original" } }
                }
              ]
            }
          ]
        }
        """;

    public static JsonObject Parse(string bundle) => JsonNode.Parse(bundle)!.AsObject();

    public static JsonObject Parse(byte[] bundle) => JsonNode.Parse(bundle)!.AsObject();

    public static JsonObject Seminar(this JsonObject bundle, int index = 0) => bundle["seminars"]![index]!.AsObject();

    public static byte[] Bytes(this JsonNode bundle) => Encoding.UTF8.GetBytes(bundle.ToJsonString());

    /// <summary>A saved release page, with a script that must never run from the portal.</summary>
    public static readonly byte[] Release = Encoding.UTF8.GetBytes(
        "<html><head><script>document.title = 'ran'; fetch('/en/edit');</script></head><body><p>The plenary session discussed open science.</p></body></html>");

    /// <summary>The minimal bundle with a second day, a group of more than 110 delegates, an
    /// unnamed professor who spoke on that day, and the release as the seminar's source.</summary>
    public static JsonObject WithSessionsAndSources()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["format"] = 2;
        var seminar = bundle.Seminar();
        seminar["endDate"] = "2025-03-02";
        seminar["sessions"] = new JsonArray(
            new JsonObject { ["anchor"] = "day-two", ["date"] = "2025-03-02", ["title"] = new JsonObject { ["en"] = "Second day" }, ["chair"] = "wang-lan" });
        var group = seminar["participants"]![1]!.AsObject();
        group["groupSize"] = 110;
        group["groupSizeIsMinimum"] = true;
        seminar["participants"]![0]!["note"] = new JsonObject { ["en"] = "chaired the opening session" };
        seminar["speeches"]!.AsArray().Add(new JsonObject
        {
            ["anchor"] = "professor",
            ["kind"] = "Discussion",
            ["speakerDescription"] = new JsonObject { ["zh"] = "一位北京大学教授", ["en"] = "a professor of Peking University" },
            ["session"] = "day-two",
            ["texts"] = new JsonObject { ["zh"] = new JsonObject { ["bodyMarkdown"] = "发言。", ["provenance"] = "Original" } },
        });
        seminar["sources"] = new JsonArray(new JsonObject
        {
            ["address"] = "https://www.nsfc.gov.cn/publish/portal0/tab440/",
            ["title"] = new JsonObject { ["en"] = "News release" },
            ["publisher"] = new JsonObject { ["en"] = "NSFC" },
            ["publishedOn"] = "2025-03-03",
            ["retrievedOn"] = "2025-03-04",
            ["language"] = "Zh",
            ["copies"] = new JsonArray(new JsonObject
            {
                ["fileName"] = "release.html",
                ["contentType"] = "text/html",
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Release)),
                ["content"] = Convert.ToBase64String(Release),
            }),
        });
        return bundle;
    }
}
