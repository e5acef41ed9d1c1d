using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Outreach;

/// <summary>The outreach log through the real /api/messages pipeline, on a store file of its own.</summary>
public sealed class OutreachEndToEndTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly CcmBotFactory _factory;

    // Two coordinators and an ISU administrator; anyone else is a reader.
    static readonly Dictionary<string, string> Roles = new()
    {
        ["Access:Coordinators:0"] = "coordinator-1", ["Access:Coordinators:1"] = "someone-else", ["Access:Coordinators:2"] = "user-1",
        ["Access:Admins:0"] = "isu-admin",
    };

    public OutreachEndToEndTests() => _factory = new CcmBotFactory(_folder.File("outreach.db"), settings: Roles);

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    async Task<JsonObject> Say(string text, string user = "coordinator-1", string channel = "slack")
    {
        using var client = _factory.CreateClient();
        var activity = Activities.Message(text, channel, userId: user);
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return Assert.Single(await Activities.RepliesAsync(response));
    }

    async Task<JsonObject> Submit(JsonObject value, string user = "coordinator-1")
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(null, "msteams", value.DeepClone().AsObject(), userId: user));
        response.EnsureSuccessStatusCode();
        return Assert.Single(await Activities.RepliesAsync(response));
    }

    (int Contacts, int Changes) Counts()
    {
        var store = _factory.Services.GetRequiredService<CcmStore>();
        return (store.Database.GetCollection("contacts").Count(), store.Database.GetCollection("contact_changes").Count());
    }

    const string LogLine = "log démarche to Togo and Benin on 3 May 2018 about overdue initial report, outcome: committed to submit, follow up 1 June";

    [Fact]
    public async Task A_chat_line_is_recorded_and_read_back()
    {
        var recorded = (await Say(LogLine)).Text();
        Assert.StartsWith("Contact #1 recorded: démarche to Togo and Benin on 3 May 2018, transparency reporting, chasing Art. 7 initial report; outcome: committed; follow up 1 Jun 2018", recorded);

        var asked = (await Say("what démarches have we made to Togo?")).Text();
        Assert.StartsWith("1 démarche with Togo: démarche to Togo and Benin on 3 May 2018 (#1).", asked);
        Assert.Contains("CcmBot outreach log", asked);

        var profile = (await Say("tell me about Benin")).Text();
        Assert.Contains("Outreach: 1 contact in the log; latest: #1 démarche on 3 May 2018, committed, follow up 1 Jun 2018", profile);

        var followUps = (await Say("follow-ups due this week as of 28 May 2018")).Text();
        Assert.StartsWith("1 open follow-up between 28 May 2018 and 3 Jun 2018", followUps.Replace("this week", "between 28 May 2018 and 3 Jun 2018"));
    }

    [Fact]
    public async Task Outreach_to_a_State_not_party_is_recorded_and_shows_in_its_profile_and_the_report()
    {
        var recorded = (await Say("log démarche to Tuvalu and the USA on 2 November 2026 about accession, area: universalization")).Text();
        Assert.StartsWith("Contact #1 recorded: démarche to Tuvalu and United States of America on 2 Nov 2026, universalization", recorded);

        var offered = (await Say("met the Polish ambassador yesterday about joining the Convention")).Text();
        Assert.Contains("log bilateral meeting with Poland on 24 Nov 2026", offered);

        var profile = (await Say("tell me about Tuvalu")).Text();
        Assert.StartsWith("Tuvalu as of 25 Nov 2026: not party.", profile);
        Assert.Contains("Outreach: 1 contact in the log; latest: #1 démarche on 2 Nov 2026", profile);

        var report = (await Say("outreach report for universalization in 2026")).Text();
        Assert.Contains("1 contact with 2 States", report);
        Assert.Contains("Tuvalu 1", report);
    }

    [Fact]
    public async Task Days_are_read_the_way_coordinators_write_them()
    {
        // The test clock reads Wednesday 25 Nov 2026.
        var recorded = (await Say("log a demarche to Togo yesterday about clearance, follow up in two weeks")).Text();
        Assert.StartsWith("Contact #1 recorded: démarche to Togo on 24 Nov 2026", recorded);
        Assert.Contains("follow up 9 Dec 2026", recorded);
        Assert.StartsWith("You have no open follow-ups due by 2 Dec 2026.", (await Say("my follow-ups")).Text());
        Assert.StartsWith("1 contact with Togo, between 1 Nov 2026 and 30 Nov 2026", (await Say("what did we send to Togo this month?")).Text());
    }

    [Fact]
    public async Task The_form_opens_and_a_card_submit_is_recorded_once()
    {
        var form = (await Say("log outreach for Togo", channel: "msteams")).Card()!;
        var json = form.ToJsonString();
        Assert.Contains("\"Input.Text\"", json);
        Assert.Contains("\"value\":\"Togo\"", json);
        var formId = form["actions"]![0]!["data"]!["formId"]!.GetValue<string>();

        var value = new JsonObject
        {
            ["action"] = "outreach.save", ["formId"] = formId, ["states"] = "Togo", ["date"] = "2018-05-03", ["kind"] = "Letter",
            ["area"] = "Transparency", ["chases"] = "Art. 7 initial report", ["summary"] = "Letter from the Transparency Coordinator", ["outcome"] = "NoResponse", ["followUp"] = "2018-06-15",
        };
        var saved = await Submit(value);
        Assert.StartsWith("Contact #1 recorded: letter to Togo on 3 May 2018", saved.Text());
        Assert.Contains("Mark done", saved.Card()!.ToJsonString());

        var again = await Submit(value);
        Assert.StartsWith("Contact #1 was already recorded from this message", again.Text());
        Assert.Equal(1, Counts().Contacts);
    }

    [Fact]
    public async Task Outreach_told_in_a_sentence_is_offered_for_logging_and_never_taken_as_a_fact()
    {
        // The test clock reads Wednesday 25 Nov 2026; Uganda is a signatory in the shipped data.
        var told = (await Say("we met the Ugandan ambassador yesterday about ratification")).Text().Split('\n');
        Assert.Equal("That reads like outreach, so nothing was saved yet.", told[0]);
        Assert.Equal("log bilateral meeting with Uganda on 24 Nov 2026 about ratification, area: universalization, summary: we met the Ugandan ambassador yesterday about ratification", told[2]);
        Assert.Equal((0, 0), Counts());
        Assert.Equal(0, _factory.Services.GetRequiredService<CcmStore>().Database.GetCollection(DataChangeStore.Collection).Count());
        Assert.Contains("signatory", (await Say("is Uganda a State Party?")).Text());

        var recorded = (await Say(told[2])).Text();
        Assert.StartsWith("Contact #1 recorded: bilateral meeting with Uganda on 24 Nov 2026, universalization, chasing ratification", recorded);

        // What the State answered is offered as the outcome too, and the line reads back to it.
        var answered = (await Say("email sent to the Ugandan mission today about ratification, they promised to ratify by March")).Text().Split('\n');
        Assert.Equal("log email to Uganda on 25 Nov 2026 about ratification, area: universalization, outcome: committed, follow up 31 Mar 2027, " +
                     "summary: email sent to the Ugandan mission today about ratification, they promised to ratify by March", answered[2]);
        Assert.StartsWith("Contact #2 recorded: email to Uganda on 25 Nov 2026, universalization, chasing ratification; outcome: committed; follow up 31 Mar 2027", (await Say(answered[2])).Text());

        // In Teams the same kind of sentence opens the form, filled in; a reader may not log outreach at all.
        var form = (await Say("Called Togo's mission today re its initial report", channel: "msteams")).Card()!.ToJsonString();
        Assert.Contains("nothing was saved yet", form);
        Assert.Contains("\"value\":\"Togo\"", form);
        Assert.Contains("\"value\":\"2026-11-25\"", form);
        Assert.StartsWith("Your role is reader; logging outreach needs the coordinator role.", (await Say("we met the Ugandan ambassador yesterday", user: "a-reader")).Text());
        Assert.Equal(2, Counts().Contacts);
    }

    [Fact]
    public async Task Log_it_saves_the_line_just_offered_once_and_only_for_the_person_it_was_offered_to()
    {
        Assert.StartsWith("Nothing is waiting to be logged", (await Say("log it")).Text());
        var offered = (await Say("we met the Ugandan ambassador yesterday about ratification")).Text();
        Assert.Contains("say \"log it\"", offered);
        Assert.StartsWith("Nothing is waiting to be logged", (await Say("log it", user: "someone-else")).Text());
        Assert.Equal((0, 0), Counts());

        using var client = _factory.CreateClient();
        var yes = Activities.Message("yes, log it", "slack", userId: "coordinator-1");
        var first = Assert.Single(await Activities.RepliesAsync(await client.PostAsJsonAsync("/api/messages", yes))).Text();
        Assert.StartsWith("Contact #1 recorded: bilateral meeting with Uganda on 24 Nov 2026, universalization", first);
        // The channel retries the same message: the same contact, nothing new.
        var retried = Assert.Single(await Activities.RepliesAsync(await client.PostAsJsonAsync("/api/messages", yes))).Text();
        Assert.StartsWith("Contact #1 was already recorded from this message", retried);
        // A second "log it" is not a second contact.
        Assert.StartsWith("That was saved already", (await Say("save it")).Text());
        Assert.Equal(1, Counts().Contacts);

        // A State's reply offered as an outcome is saved the same way.
        var reply = (await Say("Uganda replied, the bill goes to parliament in March")).Text();
        Assert.Contains("say \"save it\"", reply);
        Assert.StartsWith("Contact #1 updated", (await Say("save it")).Text());
        Assert.Contains("the bill goes to parliament in March", (await Say("show contact 1")).Text());
    }

    [Fact]
    public async Task Outreach_told_after_log_is_saved_with_what_the_State_answered()
    {
        // The test clock reads Wednesday 25 Nov 2026.
        var saved = (await Say("log: met the Togolese mission today about their initial report, they promised it by March")).Text();
        Assert.StartsWith("Contact #1 recorded: bilateral meeting with Togo on 25 Nov 2026, transparency reporting", saved);
        var shown = (await Say("show contact 1")).Text();
        Assert.Contains("committed", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("31 Mar 2027", shown);
        Assert.Equal(1, Counts().Contacts);

        // Said to be logged but missing the kind: the form asks, nothing is saved.
        var asked = (await Say("record that we spoke to Benin yesterday about ratification")).Text();
        Assert.StartsWith("Not saved yet. Please fix: Kind:", asked);
        Assert.Equal(1, Counts().Contacts);

        // "log:" then the contact by its noun, with a demonym and "this morning": read as the sentence the log line's fields could not read.
        var called = (await Say("log: phone call with the Ugandan mission this morning on ratification, they said the bill is before parliament")).Text();
        Assert.StartsWith("Contact #2 recorded: call with Uganda on 25 Nov 2026, universalization, chasing ratification", called);
        // By its noun with its day, not asked to be logged: offered, not saved.
        var offered = (await Say("Démarche to Indonesia, Kenya and Angola on 20 Nov 2026 re universalization")).Text();
        Assert.StartsWith("That reads like outreach, so nothing was saved yet.", offered);
        Assert.Contains("log démarche to Indonesia and Kenya and Angola on 20 Nov 2026 about universalization", offered);
        Assert.Equal(2, Counts().Contacts);
    }

    [Fact]
    public async Task A_contact_with_a_group_goes_to_every_State_of_it_on_that_day()
    {
        // The seeds' "letters to States Parties that had overdue submissions": on 30 June 2017, seed 002's 20 overdue initial reports and more.
        var saved = (await Say("log letter to all overdue States on 30 June 2017 about overdue initial reports")).Text();
        Assert.StartsWith("Contact #1 recorded: letter to Belize, Bolivia (Plurinational State of), Cabo Verde,", saved);
        Assert.Contains("Sao Tome and Principe", (await Say("log démarche to all signatories in Africa on 1 June 2018 re ratification")).Text());
        var shown = (await Say("show contact 1")).Text();
        Assert.Contains("To all 23 States Parties with overdue (or last recorded overdue) reports on 30 Jun 2017.", shown);
        // Too many for one contact: refused with what to do, nothing saved.
        Assert.StartsWith("There were 72 States not party on 20 Nov 2026; one contact holds at most 30. Name a region (\"States not party in Africa\")",
            (await Say("log letter to all States not party on 20 November 2026 about universalization")).Text());
        Assert.Equal(2, Counts().Contacts);
    }

    [Fact]
    public async Task A_command_after_a_greeting_is_still_a_command()
    {
        Assert.StartsWith("Contact #1 recorded: letter to Togo on 20 Nov 2026", (await Say("Good morning, log letter to Togo on 20 November 2026 about overdue initial report")).Text());
        Assert.StartsWith("I answer questions", (await Say("hello")).Text());
    }

    [Fact]
    public async Task Close_all_my_contacts_with_a_State_closes_the_open_ones_the_asker_recorded()
    {
        await Say("log letter to Togo on 20 November 2026 about overdue initial report");
        await Say("log call with Togo on 21 November 2026 about its annual report");
        await Say("log email to Togo on 22 November 2026 about ratification", user: "someone-else");
        await Say("log email to Benin on 22 November 2026 about ratification");

        var closed = (await Say("close all my contacts with Togo")).Text().Split('\n');
        Assert.Equal(2, closed.Length);
        Assert.StartsWith("Contact #1 marked done", closed[0]);
        Assert.StartsWith("Contact #2 marked done", closed[1]);
        Assert.StartsWith("No open contacts with Togo recorded by you; nothing was closed.", (await Say("close all my contacts with Togo")).Text());
        // Without "my": every open one, each refused where the asker may not change it.
        Assert.StartsWith("Only A Coordinator, who recorded contact #3", (await Say("close contacts with Togo")).Text());
        Assert.StartsWith("\"Narnia\" names no State I know; nothing was closed.", (await Say("close all my contacts with Narnia")).Text());
        Assert.Contains("status open", (await Say("show contact 4")).Text());
    }

    [Fact]
    public async Task Several_contacts_are_closed_in_one_line_and_one_not_allowed_does_not_stop_the_others()
    {
        await Say("log letter to Togo on 20 November 2026 about overdue initial report");
        await Say("log call with Benin on 21 November 2026 about ratification");
        await Say("log email to Ghana on 22 November 2026 about ratification", user: "someone-else");

        var closed = (await Say("close contacts 1, 2 and 3")).Text().Split('\n');
        Assert.StartsWith("Contact #1 marked done", closed[0]);
        Assert.StartsWith("Contact #2 marked done", closed[1]);
        Assert.StartsWith("Only A Coordinator, who recorded contact #3", closed[2]);
        Assert.Contains("status done", (await Say("what was the outcome of contact 2?")).Text());
        Assert.Contains("status open", (await Say("contact 3?")).Text());
    }

    [Fact]
    public async Task My_last_contact_is_the_askers_latest_and_a_free_note_goes_on_the_contact_named()
    {
        Assert.StartsWith("You have not recorded any contact yet", (await Say("delete my last contact")).Text());
        await Say("log letter to Togo on 20 November 2026 about overdue initial report");
        await Say("log call with Benin on 21 November 2026 about ratification");
        await Say("log email to Ghana on 22 November 2026 about ratification", user: "someone-else");

        Assert.StartsWith("Contact #1 updated", (await Say("contact 1: they asked for a template")).Text());
        Assert.Contains("they asked for a template", (await Say("show contact 1")).Text());
        Assert.StartsWith("Contact #2 deleted (call with Benin on 21 Nov 2026).", (await Say("delete my last contact")).Text());
        Assert.StartsWith("Contact #1 deleted (letter to Togo on 20 Nov 2026).", (await Say("delete my last contact")).Text());
        Assert.Equal(3, Counts().Contacts); // soft deletes: the records stay, out of answers
        Assert.StartsWith("Contact #3", (await Say("show my last contact", user: "someone-else")).Text());
    }

    [Fact]
    public async Task A_States_reply_told_as_news_is_offered_as_the_outcome_of_its_open_contact()
    {
        var none = (await Say("Togo replied, they will submit by January")).Text();
        Assert.StartsWith("That reads like a reply from Togo, but the outreach log has no contact with Togo to attach it to, so nothing was saved.", none);
        Assert.Contains("log letter to Togo on 25 Nov 2026 about <topic>, outcome: Togo replied, they will submit by January", none);
        // Told by what brought it: the suggestion keeps the kind and the day ("email … yesterday").
        Assert.Contains("log email to Benin on 24 Nov 2026 about <topic>, outcome: email from Benin yesterday: the report is on its way",
            (await Say("email from Benin yesterday: the report is on its way")).Text());

        await Say("log letter to Togo on 20 November 2026 about overdue initial report, follow up 4 December 2026");
        var reply = (await Say("Togo replied, they will submit by January")).Text().Split('\n');
        Assert.Equal("That reads like Togo's reply to contact #1 (letter on 20 Nov 2026, chasing Art. 7 initial report), so nothing was saved yet.", reply[0]);
        Assert.Equal("To record it as that contact's outcome, say \"save it\", or send: contact 1 outcome: Togo replied, they will submit by January", reply[1]);
        Assert.Equal((1, 0), Counts());

        // The command given records it: the outcome read from the words, the words kept.
        var recorded = (await Say(reply[1][(reply[1].IndexOf("send: ", StringComparison.Ordinal) + "send: ".Length)..])).Text();
        Assert.StartsWith("Contact #1 updated", recorded);
        Assert.Contains("outcome: committed", recorded);
        Assert.StartsWith("Your role is reader", (await Say("Togo replied, they will submit by January", user: "a-reader")).Text());
    }

    [Fact]
    public async Task What_needs_my_attention_is_today_s_digest_with_the_asker_s_own_follow_ups()
    {
        // The test clock reads 25 Nov 2026.
        await Say("log letter to Togo yesterday about overdue initial report, follow up 2 December 2026");
        await Say("log call to Benin yesterday about its annual report, follow up 1 December 2026", user: "someone-else");

        var briefing = (await Say("what needs my attention?")).Text();
        Assert.StartsWith("CcmBot digest for 25 Nov 2026:", briefing);
        Assert.Contains("overdue reports", briefing);
        Assert.Contains("- Follow up letter #1 to Togo (Art. 7 initial report); due 2 Dec 2026", briefing);
        Assert.DoesNotContain("Benin (", briefing); // someone else's follow-up
        Assert.EndsWith("To have this every morning: \"remind me every weekday at 9am\".", briefing);

        // Readers get the treaty part only: the outreach log is not theirs to read.
        var reader = (await Say("what should I do today?", user: "a-reader")).Text();
        Assert.StartsWith("CcmBot digest for 25 Nov 2026:", reader);
        Assert.DoesNotContain("Follow up letter", reader);
        Assert.DoesNotContain("outreach follow-ups", reader);
        Assert.Equal((2, 0), Counts()); // asking changed nothing (a contact records its own creation)

        // Another day: that day's digest, from the contacts logged by then, with no offer of a standing reminder; a day ahead is refused.
        var past = (await Say("what needs my attention as of 30 June 2017?")).Text();
        Assert.StartsWith("CcmBot digest for 30 Jun 2017:", past);
        Assert.Contains("Belize: initial report overdue; due 28 Aug 2015; 672 days overdue", past);
        Assert.DoesNotContain("Togo (Art. 7 initial report); due 2 Dec 2026", past);
        Assert.DoesNotContain("every morning", past);
        Assert.StartsWith("A briefing is for today or a day past; 1 Jan 2030 is ahead.", (await Say("state of play as of 1 January 2030")).Text());

        Assert.Contains("follow up 16 Dec 2026", (await Say("postpone the follow-up on contact 1 to 16 December")).Text());
        var mine = (await Say("my follow-ups in December 2026")).Text();
        Assert.StartsWith("You have 1 open follow-up", mine);
        Assert.Contains("Togo on 16 Dec 2026 (contact 1)", mine);
    }

    [Fact]
    public async Task A_wrong_field_comes_back_in_the_form_with_what_was_typed()
    {
        var reply = await Say("log letter to Togo on 31/02/2018 about overdue initial report", channel: "msteams");
        Assert.StartsWith("Not saved yet. Please fix: Date:", reply.Text());
        var json = reply.Card()!.ToJsonString();
        Assert.Contains("\"value\":\"31/02/2018\"", json);
        Assert.Contains("\"value\":\"Togo\"", json);
        Assert.Contains("Please fix:", json);
        Assert.Equal((0, 0), Counts());
    }

    [Fact]
    public async Task Edits_close_reopen_and_delete_leave_an_audit_trail()
    {
        await Say(LogLine);
        Assert.StartsWith("Contact #1 updated", (await Say("edit contact 1: outcome: submitted, follow up 10 July 2018")).Text());
        Assert.StartsWith("Contact #1 marked done", (await Say("close contact 1")).Text());
        Assert.StartsWith("Contact #1 reopened", (await Say("reopen contact 1")).Text());

        var history = (await Say("history of contact 1")).Text();
        Assert.Contains("A Coordinator: created (Demarche to TGO, BEN on 2018-05-03)", history);
        Assert.Contains("edited outcome: \"Committed\" -> \"Submitted\"", history);
        Assert.Contains("edited followUp: \"2018-06-01\" -> \"2018-07-10\"", history);
        Assert.Contains("closed status: \"Open\" -> \"Done\"", history);
        Assert.Contains("reopened status: \"Done\" -> \"Open\"", history);

        // Written plainly: marked done, a field changed, a note added to what the summary already says.
        Assert.StartsWith("Contact #1 marked done", (await Say("mark contact 1 as done")).Text());
        Assert.StartsWith("Contact #1 updated", (await Say("contact 1 counterpart: Ambassador X")).Text());
        Assert.StartsWith("Contact #1 updated", (await Say("add a note to contact 1: the report is promised for January")).Text());
        var plain = (await Say("history of contact 1")).Text();
        Assert.Contains("edited counterpart: \"\" -> \"Ambassador X\"", plain);
        Assert.Contains("edited summary: \"overdue initial report\" -> \"overdue initial report\nthe report is promised for January\"", plain.Replace("\r\n", "\n"));

        Assert.StartsWith("Contact #1 deleted", (await Say("delete contact 1")).Text());
        Assert.StartsWith("No démarches with Togo", (await Say("what démarches have we made to Togo?")).Text());
        Assert.Contains("deleted", (await Say("history of contact 1")).Text());
    }

    [Fact]
    public async Task A_follow_up_set_for_a_State_goes_on_its_latest_open_contact_the_asker_may_change()
    {
        await Say("log letter to Togo on 2 November 2026 about overdue initial report");
        await Say("log email to Togo on 10 November 2026 about overdue initial report", user: "someone-else");
        await Say("log démarche to Togo on 5 November 2026 about overdue initial report");

        // #2 is newer but someone else's: a coordinator changes their own.
        Assert.StartsWith("Contact #3 updated: démarche to Togo on 5 Nov 2026", (await Say("set a follow-up for Togo on 1 December")).Text());
        Assert.Contains("follow up 1 Dec 2026", (await Say("show contact 3")).Text());
        Assert.StartsWith("Contact #3 updated", (await Say("push the Togo follow-up by a week")).Text());
        Assert.Contains("follow up 2 Dec 2026", (await Say("show contact 3")).Text()); // a week from today, 25 Nov
        Assert.DoesNotContain("follow up", (await Say("show contact 2")).Text().Split('\n')[0]);

        Assert.StartsWith("No contact with Kenya is in the outreach log", (await Say("set a follow-up for Kenya next Friday")).Text());
        Assert.StartsWith("\"Narnia\" names no State I know", (await Say("follow up with Narnia on 3 December")).Text());

        await Say("close contacts 1 and 3");
        Assert.StartsWith("The open contacts with Togo were recorded by others", (await Say("follow up with Togo in 2 weeks")).Text());
        Assert.StartsWith("Contact #2 updated", (await Say("follow up with Togo in 2 weeks", user: "someone-else")).Text());
        await Say("close contact 2", user: "someone-else");
        Assert.StartsWith("Every contact with Togo is closed (the latest: #2, 10 Nov 2026); \"reopen contact 2\" first", (await Say("follow up with Togo in 2 weeks")).Text());
    }

    [Fact]
    public async Task History_shows_the_contact_as_it_was_created_even_after_its_date_and_States_were_edited()
    {
        await Say(LogLine);
        Assert.StartsWith("Contact #1 updated", (await Say("edit contact 1: date 4 May 2018, states Togo")).Text());
        Assert.StartsWith("Contact #1 updated", (await Say("edit contact 1: date 5 May 2018")).Text());

        var history = (await Say("history of contact 1")).Text().Split('\n');
        Assert.StartsWith("History of contact #1 (4 entries):", history[0]);
        Assert.EndsWith("A Coordinator: created (Demarche to TGO, BEN on 2018-05-03)", history[1].TrimEnd());
        Assert.Contains("edited date: \"2018-05-03\" -> \"2018-05-04\"", history[2] + history[3]);
        Assert.Contains("edited states: \"TGO, BEN\" -> \"TGO\"", history[2] + history[3]);
        Assert.Contains("edited date: \"2018-05-04\" -> \"2018-05-05\"", history[4]);
        Assert.Equal((1, 3), Counts());
    }

    [Fact]
    public async Task Only_the_author_may_change_a_contact()
    {
        await Say(LogLine, user: "coordinator-1");
        var before = Counts();
        var refused = (await Say("edit contact 1: outcome: declined", user: "someone-else")).Text();
        Assert.StartsWith("Only A Coordinator, who recorded contact #1, or an ISU administrator can change it", refused);
        Assert.StartsWith("Only A Coordinator", (await Say("delete contact 1", user: "someone-else")).Text());
        Assert.Equal(before, Counts());
        Assert.Contains("outcome: committed", (await Say("show contact 1")).Text());
        Assert.StartsWith("Contact #1 updated", (await Say("edit contact 1: outcome: declined", user: "isu-admin")).Text());
    }

    [Fact]
    public async Task A_reader_may_ask_questions_but_not_log_or_read_the_outreach_log()
    {
        await Say(LogLine);
        var before = Counts();
        var refused = (await Say(LogLine.Replace("Togo and Benin", "Ghana"), user: "a-reader")).Text();
        Assert.StartsWith("Your role is reader; logging outreach needs the coordinator role.", refused);
        Assert.Contains("Nothing was changed", refused);
        Assert.StartsWith("Your role is reader", (await Say("what démarches have we made to Togo?", user: "a-reader")).Text());
        Assert.DoesNotContain("Outreach:", (await Say("tell me about Togo", user: "a-reader")).Text());
        Assert.Contains("101 States Parties", (await Say("how many States Parties were there on 30 June 2017?", user: "a-reader")).Text());
        Assert.Equal(before, Counts());
    }

    [Fact]
    public async Task Roles_are_managed_by_admins_in_chat_and_every_refusal_says_why()
    {
        Assert.StartsWith("You are A Coordinator (id a-reader); your role is reader.", (await Say("my role", user: "a-reader")).Text());
        Assert.Contains("- coordinator: logging outreach", (await Say("who can log outreach?", user: "a-reader")).Text());
        Assert.EndsWith("\"my role\" shows your id.", (await Say("what can a reader do?", user: "a-reader")).Text());
        Assert.StartsWith("Your role is coordinator; managing roles needs the admin role.", (await Say("make a-reader coordinator", user: "coordinator-1")).Text());
        Assert.StartsWith("a-reader is now coordinator", (await Say("make a-reader coordinator", user: "isu-admin")).Text());
        Assert.StartsWith("Contact #1 recorded", (await Say(LogLine, user: "a-reader")).Text());
        Assert.StartsWith("\"everyone\" names no one in particular, so no role was changed.", (await Say("make everyone admin", user: "isu-admin")).Text());
        Assert.StartsWith("CcmBot has no \"editor\" role, so no role was changed. Its roles are reader", (await Say("make a-reader an editor", user: "isu-admin")).Text());
        Assert.StartsWith("You cannot take the admin role from yourself", (await Say("make me coordinator", user: "isu-admin")).Text());
        Assert.StartsWith("isu-admin is now admin", (await Say("make me admin", user: "isu-admin")).Text());
        var roles = (await Say("who are the admins?", user: "isu-admin")).Text();
        Assert.DoesNotContain("- everyone", roles);
        Assert.DoesNotContain("- me:", roles);
        Assert.Contains("- a-reader: coordinator (set by isu-admin", roles);
        Assert.EndsWith("Anyone else is a reader.", roles);
    }

    [Fact]
    public async Task A_message_over_the_length_limit_is_refused_before_any_turn_logic()
    {
        var reply = (await Say("log letter to Togo on 3 May 2018 about reporting, summary: " + new string('x', 10_240))).Text();
        Assert.StartsWith("That message is 10299 characters; CcmBot reads up to 4000.", reply);
        Assert.Equal((0, 0), Counts());
    }

    [Fact]
    public async Task Contacts_survive_a_restart_of_the_host()
    {
        await Say(LogLine);
        await Say("edit contact 1: outcome: submitted");
        _factory.Dispose();

        using var restarted = new CcmBotFactory(_folder.File("outreach.db"), settings: Roles);
        var reply = Assert.Single(await restarted.AskAsync("show contact 1", "slack"));
        Assert.Contains("outcome: submitted", reply.Text());
        var history = Assert.Single(await restarted.AskAsync("history of contact 1", "slack")).Text();
        Assert.Contains("\"Committed\" -> \"Submitted\"", history);
    }

    public static TheoryData<string, string> BadLines => new()
    {
        { "log letter to Togo about overdue initial report", "Date: Give the date" },
        { "log letter to Narnia on 3 May 2018 about reporting", "\"Narnia\" is not a State that signed or joined the Convention. Did you mean" },
        { "log letter to Togo on 45/13/2018 about reporting", "is not a date I can read" },
        { "log letter to Togo on 3 May 2030 about reporting", "is in the future" },
        { "log pigeon to Togo on 3 May 2018 about reporting", "Kind: Say what kind of contact it was" },
        { "log letter to Togo on 3 May 2018", "Thematic area: Say which thematic area" },
        { "log letter to Togo on 3 May 2018 about reporting, follow up 1 January 2018", "The follow-up date is before the contact date" },
        { "log letter to Togo on 3 May 2018 about reporting, summary: " + new string('x', 3_000), "Summary is 3000 characters; keep it under 2000" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_malformed_chat_line_is_refused_with_what_to_fix_and_nothing_is_stored(string line, string message)
    {
        var reply = (await Say(line)).Text();
        Assert.StartsWith("Not saved yet. Please fix:", reply);
        Assert.Contains(message, reply);
        Assert.Equal((0, 0), Counts());
    }

    public static TheoryData<string, string> ForgedPayloads => new()
    {
        { """{"action":"outreach.save","formId":"f1","states":"Togo","date":"2018-05-03","kind":"Letter","area":"Transparency","isAdmin":true}""", "unexpected field \"isAdmin\"" },
        { """{"action":"outreach.save","formId":"f2","states":["Togo"],"date":"2018-05-03","kind":"Letter","area":"Transparency"}""", "field \"states\" must be text" },
        { """{"action":"outreach.save","formId":"f3","states":"Togo","date":{"$date":"2018-05-03"},"kind":"Letter","area":"Transparency"}""", "field \"date\" must be text" },
        { """{"action":"outreach.save","formId":"f4","states":"Togo","date":20180503,"kind":"Letter","area":"Transparency"}""", "field \"date\" must be text" },
        { """{"action":"outreach.save","id":"abc","formId":"f5","states":"Togo","date":"2018-05-03","kind":"Letter","area":"Transparency"}""", "contact number that is not a number" },
        { """{"action":"outreach.save","states":"Togo","date":"2018-05-03","kind":"Letter","area":"Transparency"}""", "has no form id" },
        { """{"action":"outreach.drop","id":1}""", "not one CcmBot knows" },
        { """{"action":"outreach.save","formId":"f6","states":"Togo","date":"2018-05-03","kind":"Letter","area":"Transparency","summary":"SUMMARY"}""", "more than a form field can hold" },
    };

    [Theory]
    [MemberData(nameof(ForgedPayloads))]
    public async Task A_forged_card_payload_is_refused_and_the_store_is_unchanged(string payload, string message)
    {
        await Say(LogLine);
        var before = Counts();
        var value = JsonNode.Parse(payload.Replace("SUMMARY", new string('y', 10_240)))!.AsObject();
        var reply = (await Submit(value)).Text();
        Assert.Contains(message, reply);
        Assert.Equal(before, Counts());
    }

    [Fact]
    public async Task A_Teams_invoke_is_answered_with_an_adaptive_card_invoke_response()
    {
        await Say(LogLine);
        using var client = _factory.CreateClient();
        var invoke = Activities.Message(null, "msteams", userId: "coordinator-1");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("deliveryMode");
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "close", ["data"] = new JsonObject { ["action"] = "outreach.close", ["id"] = 1 } } };
        var response = await client.PostAsJsonAsync("/api/messages", invoke);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Contact #1 marked done", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task An_outreach_report_counts_by_area_kind_and_outcome_and_exports_csv_and_xlsx()
    {
        await Say(LogLine);
        await Say("log letter to Ghana on 10 March 2017 re national legislation, outcome: no reply");
        await Say("log seminar with Kenya, Uganda on 29 May 2017 about ratification, outcome: acknowledged");
        var reply = (await Say("outreach report for 1 July 2016 to 30 June 2017")).Text();
        Assert.StartsWith("Outreach between 1 Jul 2016 and 30 Jun 2017: 2 contacts with 3 States. By area: universalization 1, national implementation measures 1.", reply);
        var csvUrl = System.Text.RegularExpressions.Regex.Match(reply, @"CSV (\S+)").Groups[1].Value;
        var xlsxUrl = System.Text.RegularExpressions.Regex.Match(reply, @"Excel (\S+)").Groups[1].Value;

        using var client = _factory.CreateClient();
        var csv = await client.GetStringAsync(new Uri(csvUrl).PathAndQuery);
        Assert.Contains("id,date,states,kind,area", csv);
        Assert.Contains("2017-03-10,Ghana,letter,national implementation measures", csv);
        Assert.DoesNotContain("Togo", csv);
        var xlsx = await client.GetByteArrayAsync(new Uri(xlsxUrl).PathAndQuery);
        Assert.Equal((byte)'P', xlsx[0]); // a zip package
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal(["Contacts", "Summary"], document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/exports/0000.csv")).StatusCode);
    }

    [Fact]
    public async Task States_overdue_without_a_recent_contact_are_listed()
    {
        var before = (await Say("who have we not contacted about overdue reports?")).Text();
        Assert.Contains("Togo", before);
        await Say("log démarche to Togo on 1 November 2026 about overdue initial report");
        var after = (await Say("who have we not contacted about overdue reports in 6 months?")).Text();
        Assert.DoesNotContain("Togo", after.Split('\n')[0]);
    }

    [Fact]
    public async Task After_a_restart_a_question_that_does_not_read_the_log_answers_without_reading_every_contact()
    {
        Assert.StartsWith("Contact #1 recorded", (await Say("log letter to Togo on 3 May 2019 about overdue annual report")).Text());
        _factory.Dispose();

        using var restarted = new CcmBotFactory(_folder.File("outreach.db"), settings: Roles);
        using var client = restarted.CreateClient();
        async Task<string> Ask(string text)
        {
            var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack", userId: "coordinator-1"));
            response.EnsureSuccessStatusCode();
            return Assert.Single(await Activities.RepliesAsync(response)).Text();
        }
        var outreach = restarted.Services.GetRequiredService<OutreachStore>();

        Assert.Contains("States Parties", await Ask("how many States Parties?"));
        Assert.False(outreach.DateIndexLoaded, "a question about membership read the whole outreach log");
        Assert.Contains("#1 letter on 3 May 2019", await Ask("tell me about Togo"));
        Assert.StartsWith("1 letter with Togo", await Ask("what letters have we sent to Togo?"));
        Assert.True(outreach.DateIndexLoaded);
    }

    [Fact]
    public async Task Answers_made_stale_by_each_contact_logged_are_replaced_not_kept_beside_the_new_ones()
    {
        var cache = (Microsoft.Extensions.Caching.Memory.MemoryCache)_factory.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>();
        Assert.Contains("Togo", (await Say("tell me about Togo")).Text());
        Assert.Contains("letters", (await Say("what letters have we sent to Togo?")).Text());
        var entriesBefore = cache.Count;

        for (var day = 1; day <= 30; day++)
        {
            Assert.StartsWith("Contact #", (await Say($"log letter to Togo on {day} May 2019 about overdue annual report")).Text());
            Assert.Contains($"#{day} letter on {day} May 2019", (await Say("tell me about Togo")).Text());
            Assert.StartsWith($"{day} letter", (await Say("what letters have we sent to Togo?")).Text());
        }

        // Each of the 60 answers above was stale after the next write; the cache still holds one per question.
        Assert.Equal(entriesBefore, cache.Count);
    }
}
