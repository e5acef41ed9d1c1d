using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CcmBot.Web.Reminders;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Reminders;

/// <summary>Subscriptions in chat and digests sent proactively to a loopback channel, on an injected clock.</summary>
public sealed class ReminderEndToEndTests : IAsyncLifetime
{
    readonly TempFolder _folder = new();
    ChannelListener _channel = null!;
    CcmBotFactory _factory = null!;
    const string Conversation = "conversation-reminders";

    public async Task InitializeAsync()
    {
        _channel = await ChannelListener.StartAsync();
        _factory = new CcmBotFactory(_folder.File("reminders.db"), new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _channel.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>A message delivered the ordinary way: the bot's replies go to the loopback channel.</summary>
    async Task SayAsync(string text, JsonObject? value = null, CcmBotFactory? factory = null)
    {
        using var client = (factory ?? _factory).CreateClient();
        var activity = Activities.Message(text, "msteams", value, conversationId: Conversation, userId: "coordinator-1");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = _channel.Url;
        activity["localTimezone"] = "Europe/Zurich";
        (await client.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
    }

    static string Decoded(JsonNode node) => System.Text.Json.JsonSerializer.Serialize(node,
        new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    string LastReply() => _channel.Requests.Last(r => r.Method == "POST").Activity["text"]!.GetValue<string>();

    Task<int> SweepAsync(CcmBotFactory? factory = null) => (factory ?? _factory).Services.GetRequiredService<ReminderService>().SweepAsync(CancellationToken.None);

    void Advance(TimeSpan by) => _factory.Clock.Advance(by);

    async Task SubscribeWithAFollowUpAsync()
    {
        await SayAsync("remind me every day at 9:00 about my follow-ups");
        Assert.StartsWith("Reminder set: my follow-ups, every day at 09:00 Europe/Zurich.", LastReply());
        await SayAsync("log démarche to Togo on 20 November 2026 about overdue initial report, follow up 26 November 2026");
        Assert.StartsWith("Contact #1 recorded", LastReply());
    }

    [Fact]
    public async Task Paused_reminders_send_nothing_and_resumed_ones_start_from_the_next_occurrence()
    {
        await SubscribeWithAFollowUpAsync();
        await SayAsync("pause my reminders");
        Assert.StartsWith("Stopped 1 reminder in this conversation. \"resume reminders\" starts it again.", LastReply());
        Advance(TimeSpan.FromDays(2)); // 27 Nov 09:00 UTC: two digests would have been due
        Assert.Equal(0, await SweepAsync());

        await SayAsync("resume my reminders");
        Assert.StartsWith("Started 1 reminder again; digests missed while it was stopped are not sent.", LastReply());
        Assert.Contains("(active; set by", LastReply());
        Assert.Equal(0, await SweepAsync()); // the missed ones are not sent late
        Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await SweepAsync());
        Assert.Single(_channel.Delivered("CcmBot digest for 28 Nov 2026"));

        await SayAsync("resume reminders");
        Assert.StartsWith("There are no stopped reminders in this conversation to start again.", LastReply());
    }

    [Fact]
    public async Task A_reminder_changed_in_chat_keeps_its_number_and_does_not_send_late_for_its_new_time()
    {
        await SubscribeWithAFollowUpAsync();
        Advance(TimeSpan.FromHours(23.5)); // 26 Nov 08:30 UTC, 09:30 in Zurich: today's 09:00 digest is due
        Assert.Equal(1, await SweepAsync());

        await SayAsync("change my reminder to 9:15");
        Assert.Equal("Changed reminder 1 (my follow-ups), by A Coordinator: every day at 09:00 Europe/Zurich \u2192 every day at 09:15 Europe/Zurich. " +
                     "The next digest comes Fri 27 Nov 2026 09:15 (Europe/Zurich).", LastReply());
        Assert.Equal(0, await SweepAsync()); // 09:15 today passed before the change: not sent late
        Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await SweepAsync());

        await SayAsync("remind me every Monday at 8 about overdue reports");
        await SayAsync("move the digest to Fridays");
        Assert.StartsWith("2 reminders in this conversation could be meant, so nothing was changed. Say which by its number", LastReply());
        await SayAsync("move reminder 2 to Fridays");
        Assert.StartsWith("Changed reminder 2 (overdue reports), by A Coordinator: every Monday at 08:00 Europe/Zurich \u2192 every Friday at 08:00 Europe/Zurich.", LastReply());
        await SayAsync("change the follow-ups one to deadlines two weeks ahead");
        Assert.StartsWith("Changed reminder 1, by A Coordinator: About my follow-ups \u2192 about Art. 3/4 deadlines within 14 days.", LastReply());
        await SayAsync("stop the Friday one");
        Assert.StartsWith("Stopped 1 reminder in this conversation: overdue reports, every Friday at 08:00 Europe/Zurich.", LastReply());
        await SayAsync("make reminder 2 daily");
        Assert.EndsWith("every Friday at 08:00 Europe/Zurich \u2192 every day at 08:00 Europe/Zurich. It is stopped; \"resume reminders\" starts it again.", LastReply());

        await SayAsync("remind me on 3 December to call Togo");
        await SayAsync("move the reminder about Togo to Monday");
        Assert.StartsWith("A one-off note keeps its day", LastReply());
        await SayAsync("change my reminders");
        Assert.StartsWith("Say what to change: the days, the time or the topics", LastReply());
    }

    [Fact]
    public async Task Reminders_paused_until_a_day_stop_now_and_a_note_that_day_says_how_to_start_them_again()
    {
        await SubscribeWithAFollowUpAsync();
        await SayAsync("pause my reminders until January");
        Assert.Equal("Stopped 1 reminder in this conversation. \"resume reminders\" starts it again. Noted: on Fri 1 Jan 2027 at 09:00 (Europe/Zurich) I will remind this conversation: " +
                     "\"your reminders were paused until today; say \"resume reminders\" to start them again\". \"show my reminders\" lists it; \"stop reminders\" cancels it with the others.", LastReply());
        Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await SweepAsync()); // the digest is stopped
        // 1 Jan 2027 09:00 Zurich is 08:00 UTC; the clock starts at 25 Nov 2026 09:00 UTC.
        Advance(new DateTimeOffset(2027, 1, 1, 8, 1, 0, TimeSpan.Zero) - _factory.Clock.GetUtcNow());
        Assert.Equal(1, await SweepAsync());
        Assert.Contains("your reminders were paused until today", LastReply());

        await SayAsync("stop the digest for follow-ups until further notice");
        Assert.StartsWith("That reminder is already stopped.", LastReply());
        await SayAsync("resume reminders");
        await SayAsync("stop the reminder for follow-ups");
        Assert.StartsWith("Stopped 1 reminder in this conversation: my follow-ups, every day at 09:00 Europe/Zurich.", LastReply());
    }

    [Fact]
    public async Task One_reminder_is_stopped_and_resumed_by_its_day_topic_or_number_and_the_others_keep_running()
    {
        // Listed (and numbered) in the order they were set up.
        await SayAsync("remind me every Monday at 9:00 about overdue reports");
        Advance(TimeSpan.FromMinutes(1));
        await SayAsync("daily digest at 8:00 about follow-ups");
        Advance(TimeSpan.FromMinutes(1));
        await SayAsync("remind me tomorrow at 14:00 to call the Togolese mission");
        await SayAsync("show my reminders");
        Assert.Contains("1. overdue reports, every Monday at 09:00", LastReply());
        Assert.Contains("2. follow-ups, every day at 08:00", LastReply());
        Assert.Contains("3. note \"call the Togolese mission\"", LastReply());

        await SayAsync("stop the Monday reminder");
        Assert.StartsWith("Stopped 1 reminder in this conversation: overdue reports, every Monday at 09:00 Europe/Zurich. \"resume reminders\" starts it again. 2 others are still active.", LastReply());
        await SayAsync("cancel the reminder about Togo");
        Assert.StartsWith("Stopped 1 reminder in this conversation: note \"call the Togolese mission\"", LastReply());
        // Nothing matches: nothing changes, and the list says how to choose.
        await SayAsync("stop reminder 7");
        Assert.StartsWith("No reminder in this conversation matches that, so nothing was changed. Say which by its number, e.g. \"stop reminder 1\"", LastReply());
        await SayAsync("stop the monthly digest");
        Assert.StartsWith("No reminder in this conversation matches that", LastReply());
        await SayAsync("show my reminders");
        Assert.Contains("2. follow-ups, every day at 08:00 Europe/Zurich (active;", LastReply());

        await SayAsync("resume reminder 1");
        Assert.StartsWith("Started 1 reminder again;", LastReply());
        Assert.Contains("1. overdue reports, every Monday at 09:00 Europe/Zurich (active;", LastReply());
        Assert.Contains("3. note \"call the Togolese mission\"", LastReply());
        Assert.Contains("(inactive: stopped by", LastReply().Split('\n').Single(l => l.StartsWith("3.", StringComparison.Ordinal)));
        await SayAsync("stop the Monday reminder");
        await SayAsync("stop the Monday reminder");
        Assert.StartsWith("That reminder is already stopped.", LastReply());
    }

    [Fact]
    public async Task Every_other_Monday_sends_on_alternate_Mondays_counted_from_the_first_and_survives_a_restart()
    {
        // Wednesday 25 Nov 2026, 09:00 UTC; the conversation is in Geneva (UTC+1): Monday 09:00 is 08:00 UTC.
        await SayAsync("remind me every other Monday at 9:00 about my follow-ups");
        Assert.StartsWith("Reminder set: my follow-ups, every other Monday at 09:00 Europe/Zurich. The first digest comes Mon 30 Nov 2026 09:00", LastReply());
        await SayAsync("log démarche to Togo on 20 November 2026 about overdue initial report, follow up 26 November 2026");

        Advance(TimeSpan.FromDays(5));                        // Mon 30 Nov 09:00 UTC
        Assert.Equal(1, await SweepAsync());
        Advance(TimeSpan.FromDays(7));                        // Mon 7 Dec: an off week
        Assert.Equal(0, await SweepAsync());
        await SayAsync("show my reminders");
        Assert.Contains("1. my follow-ups, every other Monday at 09:00 Europe/Zurich (active;", LastReply());
        Assert.Contains("next Mon 14 Dec 09:00", LastReply());

        // The weeks are kept in the store: after a restart the off week stays off and the next one comes.
        var path = _folder.File("reminders.db");
        _factory.Dispose();
        _factory = new CcmBotFactory(path, new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await SweepAsync());
        _factory.Clock.Advance(TimeSpan.FromDays(7));         // Mon 14 Dec 12:00 UTC
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(2, _channel.Delivered("CcmBot digest for").Count);
    }

    [Fact]
    public async Task A_one_off_note_is_sent_once_on_its_day_and_then_done()
    {
        // The clock reads Wednesday 25 Nov 2026, 09:00 UTC (10:00 in Geneva, the conversation's zone).
        await SayAsync("remind me tomorrow at 14:00 to call the Togolese mission about the initial report");
        Assert.Equal("Noted: on Thu 26 Nov 2026 at 14:00 (Europe/Zurich) I will remind this conversation: \"call the Togolese mission about the initial report\". " +
                     "\"show my reminders\" lists it; \"stop reminders\" cancels it with the others.", LastReply());
        await SayAsync("show my reminders");
        Assert.Contains("note \"call the Togolese mission about the initial report\", once, on Thu 26 Nov 2026 at 14:00 Europe/Zurich (active; set by", LastReply());
        await SayAsync("send my digest now");
        // A note waits for its day; what a digest would hold today is given instead.
        Assert.StartsWith("There are no active reminders in this conversation to send. This is what needs your attention today:", LastReply());

        Advance(TimeSpan.FromHours(27)); // 26 Nov 12:00 UTC = 13:00 in Geneva: not yet
        Assert.Equal(0, await SweepAsync());
        Advance(TimeSpan.FromHours(1));  // 14:00 in Geneva
        Assert.Equal(1, await Task.WhenAll(SweepAsync(), SweepAsync()).ContinueWith(t => t.Result.Sum()));
        var sent = Assert.Single(_channel.Delivered("Reminder: call the Togolese mission about the initial report"));
        Assert.Contains("\"Reminder\"", Decoded(sent.Activity["attachments"]![0]!["content"]!));
        Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await SweepAsync());
        await SayAsync("show my reminders");
        Assert.Contains("(inactive: sent on 26 Nov 2026 14:00;", LastReply());

        await SayAsync("remind me on 15 December at 9 to send the 14MSP invitations"); // no year: this year's, still to come
        Assert.StartsWith("Noted: on Tue 15 Dec 2026 at 09:00 (Europe/Zurich)", LastReply());
        await SayAsync("remind me on 3 May to call Togo");                                // passed this year: next year's
        Assert.StartsWith("Noted: on Mon 3 May 2027 at 09:00 (Europe/Zurich)", LastReply());

        // Replies returned in the HTTP response leave no address to write to later: the note could never arrive.
        using (var client = _factory.CreateClient())
        {
            var response = await client.PostAsJsonAsync("/api/messages", Activities.Message("remind me tomorrow to call Togo", "slack", conversationId: "no-address", userId: "coordinator-1"));
            Assert.StartsWith("I have no address to send to in this conversation", Assert.Single(await Activities.RepliesAsync(response)).Text());
        }

        await SayAsync("remind me this morning at 8 to call Benin");
        Assert.StartsWith("27 Nov 2026 at 08:00 (Europe/Zurich) has already passed", LastReply());
        await SayAsync("remind me on the 99th to call Benin");
        Assert.StartsWith("\"the 99th\" is not a day I can read", LastReply());
    }

    [Fact]
    public async Task A_due_digest_is_sent_once_to_the_conversation_even_when_sweeps_overlap_or_the_host_restarts()
    {
        await SubscribeWithAFollowUpAsync();
        Advance(TimeSpan.FromDays(1)); // 26 Nov, 09:00 UTC = 10:00 in Geneva: the 09:00 Geneva digest is due
        var sweeps = await Task.WhenAll(SweepAsync(), SweepAsync(), SweepAsync());
        Assert.Equal(1, sweeps.Sum());
        var digest = Assert.Single(_channel.Delivered("CcmBot digest for 26 Nov 2026"));
        Assert.Contains($"/v3/conversations/{Conversation}/activities", digest.Path);
        var card = Decoded(digest.Activity["attachments"]![0]!["content"]!);
        Assert.Contains("Follow up démarche #1 to Togo", card);
        Assert.Contains("Action.Execute", card);
        Assert.Contains("Action.Submit", card); // the fallback
        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task A_sent_digest_is_not_sent_again_after_a_restart_and_the_next_one_still_comes()
    {
        var path = _folder.File("restart.db");
        using (var first = new CcmBotFactory(path, new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)))
        {
            await SayAsync("remind me every day at 9:00 about my follow-ups", factory: first);
            await SayAsync("log démarche to Togo on 20 November 2026 about overdue initial report, follow up 30 November 2026", factory: first);
            first.Clock.Advance(TimeSpan.FromDays(1));
            Assert.Equal(1, await SweepAsync(first));
        }
        using var restarted = new CcmBotFactory(path, new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero));
        Assert.Equal(0, await SweepAsync(restarted));
        Assert.Single(_channel.Delivered("CcmBot digest"));
        restarted.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await SweepAsync(restarted));
        Assert.Single(_channel.Delivered("CcmBot digest for 27 Nov 2026"));
    }

    [Fact]
    public async Task After_downtime_one_digest_catches_up_not_one_per_missed_day()
    {
        await SubscribeWithAFollowUpAsync();
        Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, await SweepAsync());
        Assert.Single(_channel.Delivered("CcmBot digest for 29 Nov 2026"));
        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task A_429_with_retry_after_and_a_503_are_retried_and_the_digest_arrives_once()
    {
        await SubscribeWithAFollowUpAsync();
        Advance(TimeSpan.FromDays(1));
        _channel.FailNext(429, "1");
        _channel.FailNext(503);
        var started = DateTime.UtcNow;
        Assert.Equal(1, await SweepAsync());
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "Retry-After: 1 was not honoured");
        Assert.Single(_channel.Delivered("CcmBot digest"));
        Assert.Equal(2, _channel.Requests.Count(r => r.Status is 429 or 503));
    }

    [Fact]
    public async Task A_403_marks_the_subscription_inactive_says_so_and_is_never_retried()
    {
        await SubscribeWithAFollowUpAsync();
        Advance(TimeSpan.FromDays(1));
        _channel.AlwaysStatus = 403;
        await SweepAsync();
        var attempts = _channel.Requests.Count(r => r.Status == 403);
        Assert.True(attempts == 1, string.Join("\n", _channel.Requests.Select(r => $"{r.Method} {r.Path} {r.Status} {r.Activity["text"]}")));
        Advance(TimeSpan.FromDays(1));
        await SweepAsync();
        Assert.Equal(attempts, _channel.Requests.Count(r => r.Status == 403));

        _channel.AlwaysStatus = null;
        await SayAsync("show my reminders");
        Assert.Contains("inactive: the channel refused the message (403: the bot was removed or blocked)", LastReply());
    }

    [Fact]
    public async Task Send_now_uses_the_proactive_path_and_an_empty_digest_is_not_sent()
    {
        await SayAsync("remind me every Monday at 9:00 about my follow-ups");
        await SayAsync("send my digest now");
        Assert.StartsWith("Nothing to remind you of right now", LastReply());
        Assert.Empty(_channel.Delivered("CcmBot digest"));

        await SayAsync("log démarche to Togo on 20 November 2026 about overdue initial report, follow up 26 November 2026");
        await SayAsync("send my digest now");
        Assert.Single(_channel.Delivered("CcmBot digest for 25 Nov 2026"));
        Assert.StartsWith("Sent 1 digest to this conversation.", LastReply());
    }

    [Fact]
    public async Task A_channel_that_fails_slows_and_drops_at_random_gets_every_digest_once_when_it_recovers()
    {
        var conversations = Enumerable.Range(0, 8).Select(i => $"conversation-chaos-{i}").ToList();
        using var client = _factory.CreateClient();
        foreach (var conversation in conversations)
        {
            var subscribe = Activities.Message("remind me every day at 9:00 about overdue reports", "msteams", conversationId: conversation, userId: "coordinator-1");
            subscribe.Remove("deliveryMode");
            subscribe["serviceUrl"] = _channel.Url;
            (await client.PostAsJsonAsync("/api/messages", subscribe)).EnsureSuccessStatusCode();
        }
        Advance(TimeSpan.FromDays(1));
        _channel.ChaosRate = 0.6;
        await SweepAsync();
        _channel.ChaosRate = 0;
        Assert.Contains(_channel.Requests, r => r.Status is 0 or 500); // the trouble did happen (seeded)
        for (var sweep = 0; sweep < 5 && conversations.Any(c => !DeliveredTo(c)); sweep++) await SweepAsync();

        foreach (var conversation in conversations)
            Assert.Single(_channel.Delivered("CcmBot digest for 26 Nov 2026"), d => d.Path.Contains($"/v3/conversations/{conversation}/", StringComparison.Ordinal));
        Assert.Equal(0, await SweepAsync());

        bool DeliveredTo(string conversation) => _channel.Delivered("CcmBot digest").Any(d => d.Path.Contains($"/v3/conversations/{conversation}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_now_says_when_the_channel_refuses_it_and_when_there_is_no_address()
    {
        await SubscribeWithAFollowUpAsync();
        _channel.AlwaysStatus = 403;
        // Asked with expectReplies, so the answer comes back in the HTTP response while the channel refuses the digest.
        using var client = _factory.CreateClient();
        var ask = Activities.Message("send my digest now", "msteams", conversationId: Conversation, userId: "coordinator-1");
        ask["serviceUrl"] = _channel.Url;
        var reply = (await Activities.RepliesAsync(await client.PostAsJsonAsync("/api/messages", ask)))[0]["text"]!.GetValue<string>();
        Assert.StartsWith("Sent 0 digests; 1 could not be delivered (the channel refused the message (403", reply);
        _channel.AlwaysStatus = null;
        await SayAsync("show my reminders");
        Assert.Contains("inactive: the channel refused the message (403", LastReply());

        // A conversation the bot has never been reached in has no address to send to: no reminder can be set up there,
        var elsewhere = (await _factory.AskAsync("remind me daily at 9 about follow-ups"))[0]["text"]!.GetValue<string>();
        Assert.StartsWith("I have no address to send to in this conversation", elsewhere);
        Assert.EndsWith("Nothing was set up.", elsewhere);
        Assert.Single(_factory.Services.GetRequiredService<ReminderStore>().All());
        // ... and a reminder an earlier version set up there gets its digest, asked for now, as the reply instead, with nothing marked.
        _factory.Services.GetRequiredService<ReminderStore>().Add(new SubscriptionDocument
        {
            Id = "legacy0001", ConversationKey = "msteams|conv-1", OwnerId = "user-1", OwnerName = "user-1", Frequency = "Daily", Topics = ["FollowUps"], CreatedAt = DateTime.UtcNow,
        });
        var noAddress = (await _factory.AskAsync("send my digest now"))[0]["text"]!.GetValue<string>();
        Assert.StartsWith("I have no address to send to in this conversation", noAddress);
        Assert.Contains("so here it is as a reply: nothing was sent or marked", noAddress);
    }

    [Fact]
    public async Task A_note_whose_day_passed_while_stopped_is_not_started_again_and_the_answer_says_so()
    {
        await SayAsync("remind me tomorrow to call Togo");
        Assert.StartsWith("Noted: on Thu 26 Nov 2026 at 09:00 (Europe/Zurich)", LastReply());
        await SayAsync("remind me every Monday at 9:00 about overdue reports");
        await SayAsync("pause my reminders");
        Assert.StartsWith("Stopped 2 reminders", LastReply());
        Advance(TimeSpan.FromDays(2));
        await SayAsync("resume my reminders");
        var resumed = LastReply();
        Assert.StartsWith("Started 1 reminder again", resumed);
        Assert.Contains("Not started again: the note \"call Togo\"", resumed);
        Assert.Equal(0, await SweepAsync());
        await SayAsync("show my reminders");
        Assert.Contains("its day passed while it was stopped", LastReply());
    }

    [Fact]
    public async Task A_reader_previewing_the_conversations_digest_sees_no_follow_ups()
    {
        using var roles = new CcmBotFactory(_folder.File("roles.db"), new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string> { ["Access:Coordinators:0"] = "coordinator-1" });
        await SayAsync("remind me every day at 9:00 about my follow-ups and overdue reports", factory: roles);
        await SayAsync("log démarche to Togo on 20 November 2026 about overdue initial report, follow up 26 November 2026", factory: roles);
        using var client = roles.CreateClient();
        // The same conversation the reminder was set up in (Teams): the lead above the card, the digest on it.
        async Task<string> PreviewFor(string user) => Decoded(Assert.Single(await Activities.RepliesAsync(await client.PostAsJsonAsync("/api/messages",
            Activities.Message("what's in my digest?", "msteams", conversationId: Conversation, userId: user)))));
        Assert.Contains("Togo", await PreviewFor("coordinator-1"));
        var reader = await PreviewFor("a-reader");
        Assert.Contains("A preview of this conversation's digest", reader);
        Assert.Contains("overdue", reader, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Togo", reader);
    }

    [Fact]
    public async Task Whats_in_my_digest_shows_it_in_the_reply_and_sends_nothing()
    {
        await SubscribeWithAFollowUpAsync();
        Advance(TimeSpan.FromDays(1)); // 26 Nov 09:00 UTC: the follow-up is due today, the 10:00 Zurich digest still to come
        await SayAsync("what's in my digest?");
        var preview = _channel.Requests.Last(r => r.Method == "POST").Activity;
        Assert.Equal("A preview of this conversation's digest: nothing was sent or marked, and the scheduled digest comes as planned.", preview["text"]!.GetValue<string>());
        Assert.Contains("Togo", preview["attachments"]!.ToJsonString());
        Assert.Empty(_channel.Delivered("CcmBot digest for 26 Nov 2026")); // nothing proactive
        // The scheduled digest still comes, with the same follow-up in it.
        Assert.Equal(1, await SweepAsync());
        Assert.Contains("Togo", Assert.Single(_channel.Delivered("CcmBot digest for 26 Nov 2026")).Activity.ToJsonString());

        // A conversation with no digest gets today's briefing instead, and is told so.
        var none = Assert.Single(await _factory.AskAsync("preview my digest", channelId: "slack")).Text();
        Assert.StartsWith("No digest is set up in this conversation; this is what needs your attention today.", none);
    }

    [Fact]
    public async Task Snooze_and_done_change_the_digest_and_the_card_is_updated_in_place()
    {
        await SubscribeWithAFollowUpAsync();
        await SayAsync("log letter to Benin on 21 November 2026 about overdue initial report, follow up 26 November 2026");
        Advance(TimeSpan.FromDays(1));
        await SweepAsync();
        var digest = Assert.Single(_channel.Delivered("CcmBot digest"));
        var subscription = _factory.Services.GetRequiredService<ReminderStore>().ForConversation($"msteams|{Conversation}").Single().Id;

        await SayAsync("", new JsonObject { ["action"] = "reminder.snooze", ["subscription"] = subscription, ["key"] = "followup:1", ["days"] = 7 });
        Assert.StartsWith("Snoozed until 3 Dec 2026: Follow up démarche #1 to Togo", LastReply());
        var update = _channel.Requests.Last(r => r.Method == "PUT");
        Assert.EndsWith($"/activities/{digest.AssignedId}", update.Path);
        Assert.DoesNotContain("Togo", Decoded(update.Activity["attachments"]![0]!["content"]!));

        await SayAsync("", new JsonObject { ["action"] = "reminder.done", ["subscription"] = subscription, ["key"] = "followup:2" });
        Assert.StartsWith("Marked done: Follow up letter #2 to Benin", LastReply());
        await SayAsync("show contact 2");
        Assert.Contains("status done", LastReply());

        Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await SweepAsync()); // handled, but empty: nothing sent
        Assert.Single(_channel.Delivered("CcmBot digest"));
    }

    [Fact]
    public async Task The_worker_sends_when_the_clock_reaches_the_time()
    {
        await _channel.DisposeAsync();
        _channel = await ChannelListener.StartAsync();
        _factory.Dispose();
        _factory = new CcmBotFactory(_folder.File("worker.db"), new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string> { ["Reminders:RunWorker"] = "true", ["Reminders:SweepInterval"] = "00:01:00" });
        await SubscribeWithAFollowUpAsync();
        for (var minute = 0; minute < 24 * 60 && _channel.Delivered("CcmBot digest").Count == 0; minute += 30)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(30));
            for (var wait = 0; wait < 20 && _channel.Delivered("CcmBot digest").Count == 0; wait++) await Task.Delay(10);
        }
        var digest = Assert.Single(_channel.Delivered("CcmBot digest for 26 Nov 2026"));
        Assert.NotNull(digest.AssignedId);
    }

    [Fact]
    public async Task A_bad_time_zone_or_time_sets_nothing_up()
    {
        await SayAsync("remind me every day at 9:00 in Mars/Olympus_Mons about follow-ups");
        Assert.StartsWith("\"Mars/Olympus_Mons\" is not a time zone I know", LastReply());
        await SayAsync("remind me every day at 27:00 about follow-ups");
        Assert.Contains("is not a time of day", LastReply());
        await SayAsync("show my reminders");
        Assert.StartsWith("No reminders in this conversation.", LastReply());
    }
}
