using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CcmBot.Core.Outreach;
using CcmBot.Web.Outreach;
using CcmBot.Web.Reminders;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CcmBot.Web.Tests.Hardening;

/// <summary>
/// Malformed and hostile activities through the real /api/messages pipeline. Reproducible: the seed and the count
/// come from CCMBOT_FUZZ_SEED and CCMBOT_FUZZ_ACTIVITIES (defaults 20261125 and 10,000), and every failure names its case.
/// </summary>
public sealed class HostileInputFuzzTests(ITestOutputHelper output) : IDisposable
{
    readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Data changes a reply says it made: a recorded fact, a revert, or the rows of an import.</summary>
    static int DataChanges(string reply) =>
        Regex.IsMatch(reply, @"^(Recorded as change #\d+|Reverted change #\d+)") ? 1
        : Regex.Match(reply, @"^Imported: (\d+) new") is { Success: true } imported ? int.Parse(imported.Groups[1].Value) : 0;

    static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;

    [Fact]
    public async Task Hostile_activities_get_no_5xx_no_unhandled_exception_and_change_only_what_valid_requests_asked_for()
    {
        var count = Setting("CCMBOT_FUZZ_ACTIVITIES", 10_000);
        var seed = Setting("CCMBOT_FUZZ_SEED", 20261125);
        var errors = new ErrorLog();
        // Real roles (not local mode's everyone-is-admin): the owner and the fuzz users are coordinators, who may change only their own records.
        var roles = new Dictionary<string, string> { ["Access:Admins:0"] = "an-admin-nobody-speaks-as", ["Access:Coordinators:0"] = FuzzCorpus.Owner };
        for (var i = 0; i < FuzzCorpus.Users; i++) roles[$"Access:Coordinators:{i + 1}"] = $"fuzz-user-{i}";
        using var factory = new CcmBotFactory(_folder.File("fuzz.db"), settings: roles).WithLogs(errors);

        // What exists before: the owner's contacts and reminder, which no fuzzed request may touch.
        await factory.AskAsOwnerAsync("log démarche to Togo and Benin on 3 May 2018 about overdue initial report, outcome: committed to submit, follow up 1 June 2018");
        await factory.AskAsOwnerAsync("log letter to Ghana on 10 March 2017 re national legislation, outcome: no reply");
        // A reminder needs the conversation's address, which a turn from a real channel leaves; the fuzz turns ask with expectReplies.
        factory.Services.GetRequiredService<ReminderStore>().RememberConversation("msteams|owner-conversation",
            """{"conversation":{"id":"owner-conversation"},"serviceUrl":"http://127.0.0.1:9/","channelId":"msteams"}""", null, DateTimeOffset.UtcNow);
        await factory.AskAsOwnerAsync("remind me every Monday at 9:00 about overdue reports");
        var outreach = factory.Services.GetRequiredService<OutreachStore>();
        var reminders = factory.Services.GetRequiredService<ReminderStore>();
        var ownersBefore = Snapshot(outreach.All().Where(c => c.Author.Id == FuzzCorpus.Owner));
        var contactsBefore = outreach.All().Count;
        var subscriptionsBefore = reminders.All().Count;
        var referenceBefore = await HealthAsync(factory);
        var store = factory.Services.GetRequiredService<CcmStore>();
        var changesBefore = store.Database.GetCollection(DataChangeStore.Collection).Count();

        await using var channel = await ChannelListener.StartAsync();
        var corpus = new FuzzCorpus(new Random(seed), channel.Url);
        var outcomes = new ConcurrentDictionary<string, int>();
        int recorded = 0, subscribed = 0, serverErrors = 0, dataChanges = 0;
        var failures = new ConcurrentQueue<string>();
        using var client = factory.CreateClient();
        await Parallel.ForEachAsync(Enumerable.Range(0, count).Select(_ => corpus.Next()).ToList(), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (fuzz, ct) =>
        {
            using var content = new ByteArrayContent(fuzz.Body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(fuzz.ContentType);
            using var response = await client.PostAsync("/api/messages", content, ct);
            var status = (int)response.StatusCode;
            outcomes.AddOrUpdate($"{fuzz.Category} -> {status}", 1, (_, n) => n + 1);
            if (status >= 500)
            {
                Interlocked.Increment(ref serverErrors);
                failures.Enqueue($"{status} for {fuzz.Category}: {Encoding.UTF8.GetString(fuzz.Body.AsSpan(0, Math.Min(fuzz.Body.Length, 300)))}");
                return;
            }
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentLength == 0) return;
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!body.StartsWith('{')) return;
            foreach (var reply in JsonNode.Parse(body)?["activities"]?.AsArray() ?? [])
            {
                var text = reply?["text"]?.GetValue<string>() ?? "";
                if (Regex.IsMatch(text, @"^Contact #\d+ recorded")) Interlocked.Increment(ref recorded);
                if (text.StartsWith("Reminder set", StringComparison.Ordinal)) Interlocked.Increment(ref subscribed);
                Interlocked.Add(ref dataChanges, DataChanges(text));
            }
        });

        // Half the activities had their replies posted to the channel instead of returned: count those too.
        foreach (var text in channel.Requests.Where(r => r.Method == "POST").Select(r => r.Activity["text"]?.GetValue<string>() ?? ""))
        {
            if (Regex.IsMatch(text, @"^Contact #\d+ recorded")) recorded++;
            if (text.StartsWith("Reminder set", StringComparison.Ordinal)) subscribed++;
            dataChanges += DataChanges(text);
        }
        foreach (var (outcome, n) in outcomes.OrderBy(o => o.Key)) output.WriteLine($"{n,6}  {outcome}");
        output.WriteLine($"{count} activities, seed {seed}: {serverErrors} 5xx, {errors.Entries.Count} error logs, {recorded} contacts, {subscribed} reminders and {dataChanges} data changes created by valid requests");

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        var distinct = errors.Entries.GroupBy(ErrorLog.Site).Select(g => $"{g.Count()} x {g.Key}\n{g.First()[..Math.Min(g.First().Length, 3000)]}");
        Assert.True(errors.Entries.IsEmpty, "Unhandled:\n" + string.Join("\n---\n", distinct.Take(8)));
        Assert.Equal(ownersBefore, Snapshot(outreach.All().Where(c => c.Author.Id == FuzzCorpus.Owner)));
        Assert.Equal(contactsBefore + recorded, outreach.All().Count);
        Assert.Equal(subscriptionsBefore + subscribed, reminders.All().Count);
        Assert.Equal(referenceBefore, await HealthAsync(factory));
        Assert.Equal(changesBefore + dataChanges, store.Database.GetCollection(DataChangeStore.Collection).Count());
        Assert.All(outreach.All(), c => Assert.NotEmpty(c.States));

        // The store still opens and answers after all of it, as it did before closing.
        var before = (await factory.AskAsync("how many States Parties as of 30 June 2017?"))[0].Text();
        Assert.Matches(@"\b\d{2,3} States Parties", before);
        factory.Dispose();
        using var reopened = new CcmBotFactory(_folder.File("fuzz.db"));
        Assert.Equal(before, (await reopened.AskAsync("how many States Parties as of 30 June 2017?"))[0].Text());
    }

    static string Snapshot(IEnumerable<Contact> contacts) => System.Text.Json.JsonSerializer.Serialize(contacts.OrderBy(c => c.Id));

    static async Task<string> HealthAsync(CcmBotFactory factory)
    {
        using var client = factory.CreateClient();
        var health = JsonNode.Parse(await client.GetStringAsync("/healthz"))!.AsObject();
        health.Remove("time");
        health.Remove("uptime");
        return health.ToJsonString();
    }
}

/// <summary>Every log entry at Error or above: an unhandled exception in a turn shows up here.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    /// <summary>The exception type and the first frame of ours (or the first frame): one line per distinct fault.</summary>
    public static string Site(string entry)
    {
        var lines = entry.Split('\n');
        var exception = System.Text.RegularExpressions.Regex.Match(entry, @"[\w.]+Exception\b").Value;
        var frame = lines.FirstOrDefault(l => l.Contains("at CcmBot.", StringComparison.Ordinal)) ?? lines.ElementAtOrDefault(1) ?? "";
        return exception + " " + frame.Trim();
    }

    sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) log.Entries.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

static class FuzzFactoryExtensions
{
    public static CcmBotFactory WithLogs(this CcmBotFactory factory, ErrorLog log)
    {
        factory.ExtraLoggers.Add(log);
        return factory;
    }

    public static async Task AskAsOwnerAsync(this CcmBotFactory factory, string text)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(
            Activities.Message(text, conversationId: "owner-conversation", userId: FuzzCorpus.Owner)));
        response.EnsureSuccessStatusCode();
        var reply = (await Activities.RepliesAsync(response))[0].Text();
        Assert.Matches("^(Contact #|Reminder set)", reply);
    }
}
