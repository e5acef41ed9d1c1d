using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Records;

/// <summary>CSV imports (all or nothing, idempotent), export, and a backup taken while others write.</summary>
public sealed class ImportBackupTests : IDisposable
{
    const string Key = "test-admin-key";
    readonly TempFolder _folder = new();
    readonly CcmBotFactory _factory;

    static readonly Dictionary<string, string> Settings = new()
    {
        ["Access:Coordinators:0"] = "coordinator-1", ["Access:Admins:0"] = "isu-admin", ["DataKeeping:AdminApiKey"] = Key,
    };

    public ImportBackupTests() => _factory = new CcmBotFactory(_folder.File("import.db"), settings: Settings);

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    const string CleanReceipts = """
        state,report,received_on,reference
        Chile,annual 2023,2024-04-30,CCM/CONF/2024/AR/CHL
        Peru,annual:2023,30 April 2024,
        "Lao People's Democratic Republic",2023,2024-05-02,"ref; with a semicolon"
        TGO,initial,2024-03-12,
        """;

    const string ThreeBadRows = """
        state,report,received_on,reference
        Chile,annual 2023,2024-04-30,
        Narnia,initial,2024-03-12,
        Peru,annual 2023,31/02/2024,
        Zambia,weekly,2024-04-30,
        Togo,initial,2024-03-12,
        """;

    async Task<(HttpStatusCode Status, JsonObject Body)> Import(string kind, string csv, bool dryRun = false, string? key = Key)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/import/{kind}?dryRun={dryRun.ToString().ToLowerInvariant()}&file=test.csv")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        if (key is not null) request.Headers.Add("X-CcmBot-Admin-Key", key);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    int Count(string collection) => _factory.Services.GetRequiredService<CcmStore>().Database.GetCollection(collection).Count();
    int UserRows(string collection) => _factory.Services.GetRequiredService<CcmStore>().Database.GetCollection(collection).Count(Query.EQ("origin", CcmStore.OriginUser));

    [Fact]
    public async Task A_clean_file_dry_runs_then_imports_and_a_second_and_third_import_add_nothing()
    {
        var (dryStatus, dry) = await Import("receipts", CleanReceipts, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dryStatus);
        Assert.Equal(4, dry["recorded"]!.GetValue<int>());
        Assert.Equal(0, UserRows("report_evidence"));

        var (status, first) = await Import("receipts", CleanReceipts);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, first["recorded"]!.GetValue<int>());
        Assert.Equal([2, 3, 4, 5], first["items"]!.AsArray().Select(i => i!["line"]!.GetValue<int>()));
        Assert.Equal(4, UserRows("report_evidence"));
        var changes = Count(DataChangeStore.Collection);

        for (var again = 0; again < 2; again++)
        {
            var (_, repeat) = await Import("receipts", CleanReceipts);
            Assert.Equal(0, repeat["recorded"]!.GetValue<int>());
            Assert.Equal(4, repeat["alreadyRecorded"]!.GetValue<int>());
        }
        Assert.Equal(4, UserRows("report_evidence"));
        Assert.Equal(changes, Count(DataChangeStore.Collection));
        var store = _factory.Services.GetRequiredService<DataChangeStore>();
        Assert.Contains(store.All(), c => c.Summary.StartsWith("Lao People's Democratic Republic: annual report for 2023", StringComparison.Ordinal) && c.Via.Contains("line 4"));
    }

    [Fact]
    public async Task A_file_with_three_bad_rows_is_refused_with_their_line_numbers_and_imports_nothing()
    {
        var (status, body) = await Import("receipts", ThreeBadRows);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body["committed"]!.GetValue<bool>());
        var lines = body["errors"]!.AsArray().Select(e => e!["line"]!.GetValue<int>()).Distinct().ToList();
        Assert.Equal([3, 4, 5], lines);
        var message = body["message"]!.GetValue<string>();
        Assert.StartsWith("Nothing was imported: 3 lines of the report receipts file need fixing", message);
        Assert.Contains("line 3: name the State", message);
        Assert.Contains("line 4: \"31/02/2024\" is not a day", message);
        Assert.Contains("line 5: say which report", message);
        Assert.Equal(0, UserRows("report_evidence"));
        Assert.Equal(0, Count(DataChangeStore.Collection));
    }

    [Fact]
    public async Task Membership_changes_import_with_derived_dates_and_the_header_is_checked()
    {
        var signatory = _factory.Services.GetRequiredService<TreatyDataCache>().Current.States.First(s => s.SignatureDate is not null && s.InstrumentDate is null);
        var csv = $"state,event,date,effective_date\n{signatory.Name},ratification,2025-03-03,\nKosovo,accession,2026-06-15,\n";
        var (bad, refused) = await Import("membership", csv);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("line 3", refused["message"]!.GetValue<string>());

        var withCode = $"state,event,date,iso3,region\n{signatory.Name},ratification,2025-03-03,,\nKosovo,accession,2026-06-15,XKX,Europe\n";
        var (ok, imported) = await Import("membership", withCode);
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(2, imported["recorded"]!.GetValue<int>());
        var data = _factory.Services.GetRequiredService<TreatyDataCache>().Current;
        Assert.Equal(new DateOnly(2025, 9, 1), data.State(signatory.Iso3)!.EntryIntoForce);
        Assert.Equal(new DateOnly(2026, 12, 1), data.State("XKX")!.EntryIntoForce);

        var (missing, header) = await Import("membership", "country,when\nChile,2020-01-01\n");
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Contains("line 1: the header line lacks the columns event, date", header["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_admin_api_needs_its_key_and_chat_import_needs_an_admin()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Import("receipts", CleanReceipts, key: "wrong")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Import("receipts", CleanReceipts, key: null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Import("weather", CleanReceipts)).Status);

        using var client = _factory.CreateClient();
        async Task<string> Say(string text, string user)
        {
            var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack", userId: user));
            return Assert.Single(await Activities.RepliesAsync(response)).Text();
        }
        Assert.StartsWith("Your role is coordinator;", await Say("import receipts\n" + CleanReceipts, "coordinator-1"));
        Assert.StartsWith("Dry run, nothing recorded: importing would record 4 new report receipts", await Say("import receipts dry run\n" + CleanReceipts, "isu-admin"));
        Assert.StartsWith("Imported: 4 new report receipts recorded", await Say("import receipts\n" + CleanReceipts, "isu-admin"));
        Assert.Equal(4, UserRows("report_evidence"));
    }

    [Fact]
    public async Task A_backup_taken_while_others_write_restores_to_a_store_that_opens_and_answers()
    {
        using var client = _factory.CreateClient();
        var stop = new CancellationTokenSource();
        var acknowledged = 0;
        async Task Writer(int n)
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                var text = i % 2 == 0
                    ? $"log letter to Chile on {1 + i % 28} March 2019 about annual report, summary: writer {n} letter {i}"
                    : $"Togo submitted its annual report for {2012 + (n * 7 + i) % 12} on {1 + i % 28} May 2025";
                var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack", userId: "isu-admin", conversationId: $"c{n}"));
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref acknowledged);
                i++;
            }
        }
        var writers = Enumerable.Range(0, 4).Select(n => Task.Run(() => Writer(n))).ToList();
        var backups = new List<string>();
        while (backups.Count < 3)
        {
            await Task.Delay(300);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/backup");
            request.Headers.Add("X-CcmBot-Admin-Key", Key);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var path = _folder.File($"restored-{backups.Count}.db");
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            backups.Add(path);
        }
        stop.Cancel();
        await Task.WhenAll(writers);
        Assert.True(acknowledged > 20, $"only {acknowledged} writes happened during the backups");

        foreach (var path in backups)
        {
            // Consistent: every change names rows that are there, every contact's audit line a contact that is there.
            using (var copy = new LiteDatabase(new ConnectionString { Filename = path, ReadOnly = true }))
            {
                foreach (var change in copy.GetCollection(DataChangeStore.Collection).FindAll())
                    foreach (var row in change["rows"].AsArray)
                        Assert.NotNull(copy.GetCollection(row["collection"].AsString).FindById(row["id"]));
                foreach (var line in copy.GetCollection("contact_changes").FindAll())
                    Assert.NotNull(copy.GetCollection("contacts").FindById(line["ContactId"]));
            }
            using var restored = new CcmBotFactory(path, settings: Settings);
            var response = await restored.CreateClient().PostAsJsonAsync("/api/messages", Activities.Message("tell me about Togo", "slack", userId: "isu-admin"));
            response.EnsureSuccessStatusCode();
            Assert.StartsWith("Togo as of 25 Nov 2026", Assert.Single(await Activities.RepliesAsync(response)).Text());
        }
    }

    [Fact]
    public async Task Export_writes_every_collection_as_json_and_csv()
    {
        await Import("receipts", CleanReceipts);
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/export");
        request.Headers.Add("X-CcmBot-Admin-Key", Key);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("states.json", names);
        Assert.Contains("states.csv", names);
        Assert.Contains($"{DataChangeStore.Collection}.csv", names);
        using var reader = new StreamReader(zip.GetEntry("report_evidence.csv")!.Open());
        var csv = await reader.ReadToEndAsync();
        Assert.Contains("CCM/CONF/2024/AR/CHL", csv);
        var statesJson = JsonNode.Parse(await new StreamReader(zip.GetEntry("states.json")!.Open()).ReadToEndAsync())!.AsArray();
        Assert.Equal(_factory.Services.GetRequiredService<CcmStore>().Database.GetCollection("states").Count(), statesJson.Count);
    }
}
