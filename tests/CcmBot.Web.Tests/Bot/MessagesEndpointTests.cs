using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Bot;

/// <summary>Questions POSTed to the real /api/messages pipeline (CloudAdapter, bot, store) with expectReplies.</summary>
public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.Host>, IDisposable
{
    public sealed class Host : IDisposable
    {
        readonly TempFolder _folder = new();
        public CcmBotFactory Factory { get; }
        public Host() => Factory = new CcmBotFactory(_folder.File("ccmbot.db"));
        public void Dispose()
        {
            Factory.Dispose();
            _folder.Dispose();
        }
    }

    readonly CcmBotFactory _factory;
    public MessagesEndpointTests(Host host) => _factory = host.Factory;
    public void Dispose() { }

    [Fact]
    public async Task States_Parties_on_30_June_2017_are_101_of_which_100_in_force_with_the_source()
    {
        var reply = Assert.Single(await _factory.AskAsync("how many States Parties were there on 30 June 2017?", channelId: "slack"));
        var text = reply.Text();
        Assert.Contains("As of 30 Jun 2017: 101 States Parties (instrument deposited: 89 by ratification, 11 by accession, 1 by acceptance), of which 100 with the Convention in force", text);
        Assert.Contains("Madagascar, in force from 1 Nov 2017", text);
        Assert.Contains("18 signatories", text);
        Assert.Contains("7MSP progress report, data as of 30 Jun 2017 (seed 002) §3 reports 101 states parties (30 Jun 2017): the same", text);
        Assert.Contains("(Art. 17)", text);
        Assert.Contains("Source: membership data (UN Treaty Collection XXVI-6", text);
    }

    [Fact]
    public async Task Madagascar_as_of_30_June_2017_has_its_dates_rule_and_source()
    {
        var reply = Assert.Single(await _factory.AskAsync("tell me about Madagascar as of 30 June 2017", channelId: "slack"));
        var text = reply.Text();
        Assert.Contains("Madagascar as of 30 Jun 2017: State Party (not yet in force)", text);
        Assert.Contains("Ratification: deposited 20 May 2017", text);
        Assert.Contains("Entry into force: 1 Nov 2017", text);
        Assert.Contains("Initial transparency report (Art. 7(1)): not yet due, due 30 Apr 2018 [Art. 7(1)]", text);
        Assert.Contains("Madagascar membership: seed 002 (7MSP progress report) para 3", text);
    }

    [Fact]
    public async Task Teams_shows_no_line_twice_the_card_reads_its_first_line_itself_and_the_summary_stays_short()
    {
        var slack = Assert.Single(await _factory.AskAsync("who has Article 5 obligations?", channelId: "slack")).Text();
        var lead = slack.Split('\n')[0].TrimEnd('\r');
        Assert.True(lead.Length > 300, "this answer's first line was expected to be long");

        var teams = Assert.Single(await _factory.AskAsync("who has Article 5 obligations?"));

        // The card reads the line, so no text above it (Teams would show the paragraph twice).
        Assert.Null(teams["text"]);
        Assert.Contains(lead, TextBlocks(teams.Card()!));
        // Notifications show the summary: the same line, cut at a word under 300 characters.
        var summary = teams["summary"]!.GetValue<string>();
        Assert.EndsWith("…", summary);
        Assert.True(summary.Length <= 300, $"summary of {summary.Length} characters");
        Assert.StartsWith(summary[..^1], lead);

        // A card that does not read the line itself keeps it above the card.
        var profile = Assert.Single(await _factory.AskAsync("tell me about Madagascar as of 30 June 2017"));
        Assert.Equal("Madagascar as of 30 Jun 2017: State Party (not yet in force).", profile.Text());
        Assert.DoesNotContain(profile.Text(), TextBlocks(profile.Card()!));
    }

    [Fact]
    public async Task A_line_that_only_changes_the_State_follows_on_from_the_same_person_s_last_question_in_the_conversation()
    {
        async Task<string> Say(string text, string user) =>
            Assert.Single(await _factory.AskInAsync(text, conversationId: "conv-follow-on", userId: user)).Text();

        await Say("Chile reporting history", "coord-a");
        var peru = await Say("and Peru?", "coord-a");
        Assert.StartsWith("Read as: \"Peru reporting history\".", peru);
        Assert.Contains("Peru, reporting as of", peru);
        var dated = await Say("what about as of 30 June 2017?", "coord-a");
        Assert.Contains("Peru, reporting as of 30 Jun 2017", dated);

        // Someone else in the same conversation has asked nothing yet: "and Togo?" is Togo on its own.
        var other = await Say("and Togo?", "coord-b");
        Assert.DoesNotContain("Read as:", other);
        Assert.StartsWith("Togo as of", other);

        // A question of its own is not combined, and becomes the one to follow on from.
        Assert.DoesNotContain("Read as:", await Say("who still owes an initial report?", "coord-a"));
        Assert.StartsWith("Read as: \"who still owes an initial report in africa\".", await Say("and in Africa?", "coord-a"));
    }

    static List<string> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o["text"]!.GetValue<string>()],
        JsonObject o => o.SelectMany(p => TextBlocks(p.Value)).ToList(),
        JsonArray a => a.SelectMany(TextBlocks).ToList(),
        _ => [],
    };

    [Fact]
    public async Task Teams_gets_a_summary_line_and_an_Adaptive_Card_1_5()
    {
        var reply = Assert.Single(await _factory.AskAsync("how many States Parties were there on 30 June 2017?"));
        Assert.DoesNotContain("\n", reply.Text());
        var card = reply.Card();
        Assert.NotNull(card);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var json = card.ToJsonString();
        Assert.Contains("\"101\"", json);
        Assert.Contains("Sources", json);
        Assert.Contains("\"type\":\"Table\"", json);
    }

    [Theory]
    [InlineData("Lao PDR status", "Lao People's Democratic Republic as of 25 Nov 2026")]
    [InlineData("what do we know about the DRC?", "Democratic Republic of the Congo as of 25 Nov 2026: signatory")]
    [InlineData("tell me about Cote d'Ivoire", "Côte d'Ivoire as of 25 Nov 2026")]
    [InlineData("Guinea Bissau", "Guinea-Bissau as of 25 Nov 2026")]
    [InlineData("Dominic Republic as of 30/06/2017", "Dominican Republic as of 30 Jun 2017")]
    [InlineData("tell me about madagscar", "Madagascar as of 25 Nov 2026")]
    [InlineData("RDC", "Democratic Republic of the Congo as of 25 Nov 2026: signatory")]
    [InlineData("whats up with burkina", "Burkina Faso as of 25 Nov 2026")]
    public async Task State_names_resolve_through_aliases_and_typos(string question, string expectedStart)
    {
        var reply = Assert.Single(await _factory.AskAsync(question, channelId: "slack"));
        Assert.StartsWith(expectedStart, reply.Text());
    }

    [Fact]
    public async Task A_profile_card_offers_to_log_outreach_for_that_State()
    {
        var card = Assert.Single(await _factory.AskAsync("tell me about Togo")).Card()!;
        Assert.Contains("\"question\":\"log outreach for Togo\"", card.ToJsonString());
        // What is overdue and what is not known come first on the card too, as in the text.
        Assert.Contains(TextBlocks(card), t => t.StartsWith("Overdue: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_a_State_joined_is_the_first_line_on_the_card_and_no_text_repeats_it()
    {
        var reply = Assert.Single(await _factory.AskAsync("when did Chile join?"));
        var card = reply.Card()!;
        const string joined = "Chile signed the Convention on 3 Dec 2008 and deposited its instrument of ratification on 16 Dec 2010; the Convention entered into force for it on 1 Jun 2011 (Art. 17).";
        Assert.Equal(joined, TextBlocks(card).ElementAt(1));
        Assert.True(string.IsNullOrEmpty(reply.Text()));
        Assert.StartsWith(joined, Assert.Single(await _factory.AskAsync("when did Chile join?", channelId: "slack")).Text());
    }

    [Fact]
    public async Task The_share_of_UN_members_that_are_party_comes_from_the_shipped_membership_data()
    {
        var reply = Assert.Single(await _factory.AskAsync("what percentage of UN members are party?", channelId: "slack")).Text();
        Assert.Contains("Of the 193 UN Member States, 108 were States Parties (56%); the other 4 States Parties are not UN members (Cook Islands, Holy See, Niue and State of Palestine).", reply);
        Assert.Contains("- UN Member State: no (not a member of the United Nations)", Assert.Single(await _factory.AskAsync("is Niue a UN member?", channelId: "slack")).Text());
        Assert.Contains("- UN Member State: yes", Assert.Single(await _factory.AskAsync("tell me about Brazil", channelId: "slack")).Text());
    }

    [Fact]
    public async Task A_local_run_with_no_roles_set_says_everyone_is_an_admin_as_my_role_does()
    {
        Assert.EndsWith("your role is admin.", Assert.Single(await _factory.AskAsync("my role", channelId: "slack")).Text());
        Assert.StartsWith("No roles are recorded; everyone is an admin (a local run without an app id", Assert.Single(await _factory.AskAsync("who are the admins?", channelId: "slack")).Text());
        Assert.StartsWith("No roles are recorded", Assert.Single(await _factory.AskAsync("list bot coordinators", channelId: "slack")).Text());
        // The Convention's coordinators are the thematic mandates, not CcmBot's roles.
        foreach (var asked in new[] { "who are the coordinators?", "list coordinators" })
            Assert.Contains("CcmBot's records of mandates run to 6 Sep 2017", Assert.Single(await _factory.AskAsync(asked, channelId: "slack")).Text());
    }

    [Fact]
    public async Task Help_card_examples_are_buttons_that_ask_the_question()
    {
        var reply = Assert.Single(await _factory.AskAsync("help"));
        var json = reply.Card()!.ToJsonString();
        Assert.Contains("\"Action.Submit\"", json);
        Assert.Contains("\"imBack\"", json);
        Assert.Contains("how many States Parties were there on 30 June 2017?", json);
    }

    [Fact]
    public async Task Help_on_one_topic_is_one_card_with_every_example_of_it()
    {
        var reply = Assert.Single(await _factory.AskAsync("help with reminders"));
        var json = reply.Card()!.ToJsonString();
        Assert.Contains("Reminders: Digests of what is overdue or coming", json);
        Assert.Contains("pause my reminders until January", json);
        Assert.DoesNotContain("who still owes an initial report?", json);
        // The overview shows a few examples a topic, in one message.
        Assert.DoesNotContain("pause my reminders until January", Assert.Single(await _factory.AskAsync("help")).Card()!.ToJsonString());
    }

    [Fact]
    public async Task A_card_button_submit_without_text_asks_its_question()
    {
        var value = new JsonObject { ["action"] = "ask", ["question"] = "tell me about Madagascar as of 30 June 2017" };
        var reply = Assert.Single(await _factory.AskAsync("", channelId: "slack", value: value));
        Assert.StartsWith("Madagascar as of 30 Jun 2017", reply.Text());
    }

    [Fact]
    public async Task Something_it_cannot_read_gets_a_polite_answer_with_suggestions()
    {
        var reply = Assert.Single(await _factory.AskAsync("please order pizza", channelId: "slack"));
        Assert.StartsWith("Sorry, I did not understand that.", reply.Text());
    }

    [Fact]
    public async Task A_new_member_is_welcomed_with_the_help_card()
    {
        using var client = _factory.CreateClient();
        var activity = Activities.Message(null);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1", ["name"] = "A Coordinator" });
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        var reply = Assert.Single(await Activities.RepliesAsync(response));
        Assert.Contains("I answer questions about the Convention on Cluster Munitions", reply.Card()!.ToJsonString());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_activity_is_refused_with_400(string body)
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_ok_and_the_seeded_data()
    {
        using var client = _factory.CreateClient();
        var health = await client.GetFromJsonAsync<JsonObject>("/healthz");
        Assert.Equal("ok", health!["status"]!.GetValue<string>());
        Assert.Equal(197, health["states"]!.GetValue<int>());
    }
}
