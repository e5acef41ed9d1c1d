using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CcmBot.Core.Treaties;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Records;

/// <summary>Recording facts, reading them back in answers and reverting them, through /api/messages on a store of its own.</summary>
public sealed class DataKeepingEndToEndTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly CcmBotFactory _factory;

    static readonly Dictionary<string, string> Roles = new()
    {
        ["Access:Coordinators:0"] = "coordinator-1", ["Access:Coordinators:1"] = "coordinator-2", ["Access:Admins:0"] = "isu-admin",
    };

    public DataKeepingEndToEndTests() => _factory = new CcmBotFactory(_folder.File("data.db"), settings: Roles);

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    async Task<string> Say(string text, string user = "coordinator-1")
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack", userId: user));
        response.EnsureSuccessStatusCode();
        return Assert.Single(await Activities.RepliesAsync(response)).Text();
    }

    TreatyData Data => _factory.Services.GetRequiredService<TreatyDataCache>().Current;
    int UserRows(string collection) => _factory.Services.GetRequiredService<CcmStore>().Database.GetCollection(collection).Count(LiteDB.Query.EQ("origin", CcmStore.OriginUser));

    static int ChangeNumber(string reply)
    {
        var match = System.Text.RegularExpressions.Regex.Match(reply, @"^Recorded as change #(\d+)");
        Assert.True(match.Success, reply);
        return int.Parse(match.Groups[1].Value);
    }

    [Fact]
    public async Task A_report_received_changes_todays_overdue_list_but_not_30_June_2017_and_a_revert_restores_it()
    {
        const string today = "which States are overdue with their initial report?";
        const string in2017 = "which States are overdue with their initial report as of 30 June 2017?";
        var todayBefore = await Say(today);
        var in2017Before = await Say(in2017);
        // A State the data last saw missing its initial report, in 2017 and later.
        var state = Data.States.First(s => todayBefore.Contains($"- {s.Name}: unknown") && in2017Before.Contains($"- {s.Name}: overdue"));

        var recorded = await Say($"{state.Name} submitted its initial report on 12 March 2024, ref: APLC/CCM/2024/{state.Iso3}");
        var change = ChangeNumber(recorded);
        Assert.Contains("initial transparency report (Art. 7(1)): met", recorded);

        var todayAfter = await Say(today);
        Assert.DoesNotContain($"- {state.Name}: unknown", todayAfter);
        Assert.NotEqual(todayBefore, todayAfter);
        Assert.Equal(in2017Before, await Say(in2017));
        Assert.Contains("Initial transparency report (Art. 7(1)): met; due", await Say($"{state.Name} reporting history"));

        Assert.Contains($"Reverted change #{change}", await Say($"revert change {change}", user: "isu-admin"));
        Assert.Equal(todayBefore, await Say(today));
        Assert.Equal(in2017Before, await Say(in2017));

        var trail = await Say($"history of {state.Name}");
        Assert.Contains($"#{change} ", trail);
        Assert.Contains("[reverted by", trail);
        Assert.Contains($"reverted change #{change}", trail);
        Assert.Contains($"APLC/CCM/2024/{state.Iso3}", await Say($"show change {change}"));
    }

    [Fact]
    public async Task Reporting_data_declared_complete_turns_unknown_into_overdue_up_to_that_day()
    {
        const string question = "which States are overdue with their initial report as of 31 October 2026?";
        const string today = "which States are overdue with their initial report?";
        var before = await Say(question);
        var todayBefore = await Say(today);
        Assert.StartsWith("As of 31 Oct 2026: no State Party is recorded as overdue", before);
        ChangeNumber(await Say("reporting data complete up to 31 October 2026"));
        var after = await Say(question);
        Assert.Matches(@"^As of 31 Oct 2026: \d+ States Parties overdue with their initial report", after);
        Assert.Contains("reporting data is declared complete up to 31 Oct 2026", after);
        // After the line, no receipt on record still means "unknown".
        Assert.Equal(todayBefore, await Say(today));
    }

    [Fact]
    public async Task A_ratification_derives_entry_into_force_and_the_initial_report_deadline_and_a_revert_restores_the_signatory()
    {
        var signatory = Data.States.First(s => s.SignatureDate is not null && s.InstrumentDate is null);
        var profileBefore = await Say($"tell me about {signatory.Name}");
        var signatoriesBefore = await Say("which signatories have not ratified?");
        Assert.Contains(signatory.Name, signatoriesBefore);

        var recorded = await Say($"{signatory.Name} deposited its instrument of ratification on 3 March 2025");
        var change = ChangeNumber(recorded);
        // Art. 17(2): in force on the first day of the sixth month after deposit; Art. 7(1): initial report 180 days later.
        Assert.Contains("in force for it from 1 Sep 2025 (Art. 17)", recorded);
        Assert.Contains("initial report due 28 Feb 2026 (Art. 7(1))", recorded);
        Assert.Contains("instrument was empty", recorded);

        var profile = await Say($"tell me about {signatory.Name}");
        Assert.Contains("Entry into force: 1 Sep 2025", profile);
        Assert.Contains("due 28 Feb 2026", profile);
        Assert.DoesNotContain($"- {signatory.Name}:", await Say("which signatories have not ratified?"));
        // Before the deposit it was a signatory, as before.
        Assert.StartsWith($"{signatory.Name} as of 1 Jan 2025: signatory.", await Say($"tell me about {signatory.Name} as of 1 January 2025"));
        Assert.DoesNotContain("Entry into force", await Say($"tell me about {signatory.Name} as of 1 January 2025"));

        await Say($"revert change {change}", user: "isu-admin");
        Assert.Equal(profileBefore, await Say($"tell me about {signatory.Name}"));
        Assert.Equal(signatoriesBefore, await Say("which signatories have not ratified?"));
    }

    /// <summary>A State Party whose Article 4 obligation is open today (25 Nov 2026) with a deadline before <paramref name="before"/>.</summary>
    StateInfo OpenArticle4DeadlineBefore(DateOnly before) =>
        Data.States.First(s => Data.EventsFor(s.Iso3).Any(e => e.Article == 4) && s.EntryIntoForce is not null
            && StateAssessment.Article(Data, s, 4, new DateOnly(2026, 11, 25)) is { Deadline: { } d, Status: not ObligationStatus.Met and not ObligationStatus.NotApplicable } && d < before);

    [Fact]
    public async Task An_extension_moves_the_article_4_deadline_from_the_day_it_was_granted_and_a_revert_moves_it_back()
    {
        var state = OpenArticle4DeadlineBefore(new DateOnly(2030, 1, 1));
        var profileBefore = await Say($"tell me about {state.Name}");

        var recorded = await Say($"{state.Name}'s Article 4 deadline extended to 1 December 2030, granted on 20 November 2026");
        var change = ChangeNumber(recorded);
        Assert.Contains("extension to 1 Dec 2030 granted (20 Nov 2026)", recorded);
        Assert.Contains("not yet due — deadline 1 Dec 2030", recorded);

        var profile = await Say($"tell me about {state.Name}");
        Assert.Contains("deadline 1 Dec 2030", profile);
        Assert.Contains("1 Dec 2030", await Say("Article 4 deadlines before 2031"));
        Assert.DoesNotContain("1 Dec 2030", await Say($"tell me about {state.Name} as of 1 November 2026"));

        await Say($"revert change {change}", user: "isu-admin");
        Assert.Equal(profileBefore, await Say($"tell me about {state.Name}"));
    }

    [Fact]
    public async Task An_extension_to_a_year_is_stored_as_that_year_and_answered_with_it()
    {
        var state = OpenArticle4DeadlineBefore(new DateOnly(2031, 1, 1));

        var recorded = await Say($"{state.Name} was granted an extension of its Article 4 deadline to 2032 on 20 November 2026");
        Assert.Contains("extension to 2032 granted (20 Nov 2026)", recorded);
        Assert.Contains("not yet due — deadline 2032", recorded);
        Assert.Contains("deadline 2032", await Say($"what is {state.Name}'s clearance deadline?"));
    }

    [Fact]
    public async Task A_question_asked_before_a_State_was_added_is_read_again_with_it()
    {
        Assert.StartsWith("I could not find a State called \"freedonia\"", await Say("tell me about Freedonia"));
        Assert.StartsWith("Recorded as change", await Say("Freedonia (FRD, Europe) acceded on 1 June 2026"));
        Assert.StartsWith("Freedonia as of 25 Nov 2026: State Party", await Say("tell me about Freedonia"));
    }

    [Fact]
    public async Task Roles_decide_who_records_and_who_reverts_and_refusals_change_nothing()
    {
        var refused = await Say("Togo submitted its initial report on 12 March 2024", user: "a-reader");
        Assert.StartsWith("Your role is reader;", refused);
        Assert.Equal(0, UserRows("report_evidence"));

        var change = ChangeNumber(await Say("Togo submitted its initial report on 12 March 2024"));
        Assert.Contains("only an ISU administrator can revert someone else's change", await Say($"revert change {change}", user: "coordinator-2"));
        Assert.StartsWith("Your role is coordinator;", await Say("export data", user: "coordinator-2"));
        Assert.Contains($"Reverted change #{change}", await Say($"revert change {change}"));
        Assert.Contains("was already reverted", await Say($"revert change {change}", user: "isu-admin"));
        Assert.Equal("There is no change #999.", await Say("revert change 999", user: "isu-admin"));
    }

    [Fact]
    public async Task A_milestone_completed_leaves_the_overdue_list_from_that_day_and_a_coordinators_own_milestone_is_answered()
    {
        const string march2017 = "what is overdue in the NIM plan as of 1 March 2017?";
        const string november2016 = "what is overdue in the NIM plan as of 5 December 2016?";
        var before = await Say(march2017);
        Assert.Contains("- NIM-2016 concept note 3.1:", before);

        var change = ChangeNumber(await Say("NIM-2016 concept note 3.1 completed on 1 December 2016"));
        var after = await Say(march2017);
        Assert.DoesNotContain("- NIM-2016 concept note 3.1:", after);
        Assert.Contains("- NIM-2016 concept note 3.1: Draw up a target list", await Say("NIM milestones as of 1 March 2017"));
        Assert.Contains("completed on 1 Dec 2016", await Say("NIM milestones as of 1 March 2017"));
        // Before it was done, it was not done.
        Assert.DoesNotContain("- NIM-2016 concept note 3.1:", await Say(november2016));
        Assert.Contains($"Reverted change #{change}", await Say($"revert change {change}"));
        Assert.Contains("- NIM-2016 concept note 3.1:", await Say(march2017));

        Assert.Contains("Nothing was recorded. No plan \"Unicorn plan\" in CcmBot's data; its plans are", await Say("Unicorn plan 2 done on 1 December 2016"));
        Assert.StartsWith("Your role is reader;", await Say("NIM-2016 concept note 3.2 completed on 1 December 2016", user: "a-reader"));

        ChangeNumber(await Say("add milestone to the victim assistance plan: hold a regional workshop in Southeast Asia, by 30 June 2027, responsible: VA coordinators"));
        var due = await Say("what milestones are due in 2027?");
        Assert.Contains("victim assistance plan 1: hold a regional workshop in Southeast Asia", due);
        Assert.Contains("due 30 Jun 2027", due);
        Assert.Contains("victim assistance plan 1", await Say("what's coming up in the next 12 months?"));
    }

    [Fact]
    public async Task Bad_statements_are_refused_politely_with_the_reason_and_record_nothing()
    {
        Assert.Contains("in the future", await Say("Togo submitted its initial report on 3 May 2027"));
        Assert.Contains("Give the day the report was received", await Say("Togo submitted its initial report"));
        Assert.Contains("open for signature from 3 Dec 2008 until it entered into force on 1 Aug 2010", await Say("Togo signed the Convention on 3 March 2015"));
        Assert.Contains("not later than the deadline the rule gives", await Say("Lao PDR Article 4 deadline extended to 1 January 2012 on 1 March 2020"));
        Assert.Contains("was not a State Party on", await Say("Kenya submitted its initial report on 3 March 2020"));
        Assert.Contains("Say which report", await Say("Togo submitted a report on 3 March 2020"));
        Assert.Equal(0, _factory.Services.GetRequiredService<CcmStore>().Database.GetCollection(DataChangeStore.Collection).Count());
        // Questions and outreach notes are not taken for statements.
        Assert.DoesNotContain("Recorded as change", await Say("has Togo submitted its initial report?"));
        Assert.StartsWith("Contact #1 recorded", await Say("log letter to Chile on 3 May 2019 about annual report, outcome: report received"));
        // A topic typed without a State is a question, for readers too; "record …" without a State is a statement missing it.
        foreach (var user in new[] { "coordinator-1", "a-reader" })
        {
            var topic = await Say("extension requests for clearance", user);
            Assert.StartsWith("As of ", topic);
            Assert.Contains("Art. 4", topic);
        }
        Assert.Contains("Name the State", await Say("record extension requested for clearance on 3 March 2020"));
        Assert.Equal(0, _factory.Services.GetRequiredService<CcmStore>().Database.GetCollection(DataChangeStore.Collection).Count());
    }

    [Fact]
    public async Task The_card_records_a_fact_and_a_wrong_field_comes_back_in_the_form()
    {
        using var client = _factory.CreateClient();
        var open = await client.PostAsJsonAsync("/api/messages", Activities.Message("record data", "msteams", userId: "coordinator-1"));
        var form = Assert.Single(await Activities.RepliesAsync(open)).Card()!;
        Assert.Contains("\"data.record\"", form.ToJsonString());

        var value = new JsonObject { ["action"] = "data.record", ["kind"] = "Article9", ["states"] = "Togo", ["date"] = "2024-05-03", ["article9Status"] = "specific_legislation", ["reference"] = "Law 2024-012" };
        var saved = await client.PostAsJsonAsync("/api/messages", Activities.Message(null, "msteams", value, userId: "coordinator-1"));
        Assert.StartsWith("Recorded as change #1", Assert.Single(await Activities.RepliesAsync(saved)).Text());
        Assert.Contains("specific legislation adopted", await Say("Article 9 status of Togo"));

        var wrong = new JsonObject { ["action"] = "data.record", ["kind"] = "ReportReceived", ["states"] = "Togo", ["date"] = "31/02/2024", ["report"] = "initial" };
        var refused = await client.PostAsJsonAsync("/api/messages", Activities.Message(null, "msteams", wrong, userId: "coordinator-1"));
        var reply = Assert.Single(await Activities.RepliesAsync(refused));
        Assert.StartsWith("Nothing was recorded.", reply.Text());
        Assert.Contains("31/02/2024", reply.Card()!.ToJsonString());
        Assert.Equal(1, UserRows("article9_status"));
        Assert.Equal(0, UserRows("report_evidence"));
    }

    [Fact]
    public async Task What_changed_this_week_lists_every_change_with_who_and_when()
    {
        await Say("received 2023 annual reports from Chile, Peru and Zambia on 30 April 2024");
        await Say("Togo designated a victim assistance focal point on 1 February 2024", user: "coordinator-2");
        var week = await Say("what changed this week?");
        Assert.StartsWith("2 data changes recorded this week", week);
        // Two people with the same display name are told apart by their ids.
        Assert.Contains("by A Coordinator (coordinator-1) 1, A Coordinator (coordinator-2) 1; newest first:", week);
        // A single day is said once.
        Assert.StartsWith("2 data changes recorded today (25 Nov 2026), by", await Say("who made changes today?"));
        Assert.Contains("Chile, Peru and Zambia: annual report for 2023 (Art. 7(2)) received on 30 Apr 2024", week);
        Assert.Contains("Togo: victim assistance focal point designated on 1 Feb 2024", week);
        Assert.StartsWith("No data changes were recorded", await Say("what changed since 1 December 2026"));
    }

    [Fact]
    public async Task My_last_change_is_reverted_and_only_mine()
    {
        Assert.StartsWith("You have no recorded change still in effect to revert.", await Say("revert my last change", user: "coordinator-1"));
        var first = ChangeNumber(await Say("Togo submitted its initial report on 1 December 2025", user: "coordinator-1"));
        var second = ChangeNumber(await Say("Benin submitted its initial report on 2 December 2025", user: "coordinator-1"));
        var other = ChangeNumber(await Say("Chile submitted its annual report for 2024 on 3 May 2025", user: "coordinator-2"));

        // "Undo that" right after a change is that change.
        Assert.StartsWith($"Reverted change #{second} (Benin", await Say("undo that", user: "coordinator-1"));
        Assert.StartsWith($"Reverted change #{first} (Togo", await Say("revert my last change", user: "coordinator-1"));
        Assert.StartsWith("You have no recorded change still in effect to revert.", await Say("revert the last change", user: "coordinator-1"));
        Assert.DoesNotContain("[reverted by", await Say($"show change {other}"));
    }

    [Fact]
    public async Task A_receipt_for_a_report_already_recorded_as_submitted_is_kept_and_the_reply_says_which_answers_go_by()
    {
        var first = await Say("Togo submitted its initial report on 1 December 2025");
        Assert.DoesNotContain("already recorded", first);
        var again = await Say("Togo submitted its initial report on 3 December 2025");
        Assert.StartsWith("Recorded as change #2: Togo: initial transparency report (Art. 7(1)) received on 3 Dec 2025.", again);
        Assert.Contains("Note: Togo's initial transparency report (Art. 7(1)) was already recorded as submitted (due 30 May 2013; submitted on 1 Dec 2025", again);
        Assert.Contains("both records are kept, and answers go by the earlier one.", again);
    }

    [Fact]
    public async Task Undo_that_undoes_the_latest_change_or_contact_of_the_last_half_hour_and_otherwise_asks_which()
    {
        var change = ChangeNumber(await Say("Togo submitted its initial report on 1 December 2025"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.StartsWith("Contact #1 recorded", await Say("log letter to Benin on 20 November 2026 about its initial report"));
        // The contact came last: it is what "that" is; the data change stays.
        Assert.StartsWith("Contact #1 deleted", await Say("undo that"));
        Assert.Contains("Togo", await Say($"show change {change}"));
        Assert.DoesNotContain("[reverted by", await Say($"show change {change}"));

        // Half an hour on, "that" points at nothing plain: both commands are offered, nothing is undone.
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.StartsWith($"\"Undo that\" could be a data change or an outreach contact, so nothing was undone: \"undo my last change\" reverts your latest data change, #{change} (Togo", await Say("undo that"));
        // A contact edited since it was logged is not deleted by "undo that".
        Assert.StartsWith("Contact #2 recorded", await Say("log call with Chile on 21 November 2026 about its annual report"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.StartsWith("Contact #2 updated", await Say("contact 2 outcome: acknowledged"));
        Assert.StartsWith("\"Undo that\" could be a data change or an outreach contact, so nothing was undone", await Say("undo that"));
        Assert.StartsWith("Contact #2", await Say("show contact 2"));
        // A reader may not undo anything: asked, the refusal comes from the command it would have been.
        Assert.DoesNotContain("deleted", await Say("undo that", user: "reader-1"));
    }
}
