using CcmBot.Core.Records;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Records;

public class DataCommandsTests
{
    static readonly DateOnly Today = new(2026, 11, 25);

    static FactDraft Draft(string line)
    {
        var command = DataCommands.Parse(line, Today);
        Assert.Equal(DataAction.Record, command.Action);
        return command.Draft!;
    }

    [Theory]
    [InlineData("Togo submitted its initial report on 3 May 2018", FactKind.ReportReceived, "2018-05-03", "initial")]
    [InlineData("received 2018 annual reports from Chile, Peru and Zambia on 30 April 2019", FactKind.ReportReceived, "2019-04-30", "annual 2018")]
    [InlineData("record: annual report for 2021 from Benin received 2022-05-02", FactKind.ReportReceived, "2022-05-02", "annual 2021")]
    [InlineData("Chile's annual report arrived on 30/04/2019", FactKind.ReportReceived, "2019-04-30", "annual")]
    [InlineData("Nigeria ratified on 28 February 2023", FactKind.Ratification, "2023-02-28", null)]
    [InlineData("Vanuatu deposited its instrument of accession on 18 Aug 2025", FactKind.Accession, "2025-08-18", null)]
    [InlineData("note that Kenya signed the Convention on 3 December 2008", FactKind.Signature, "2008-12-03", null)]
    [InlineData("Lithuania notified its withdrawal on 6 September 2024", FactKind.Withdrawal, "2024-09-06", null)]
    [InlineData("Peru completed stockpile destruction on 1 June 2015", FactKind.Completed, "2015-06-01", null)]
    [InlineData("Chad declared contamination on 2 March 2020", FactKind.ObligationDeclared, "2020-03-02", null)]
    [InlineData("Article 9: Togo adopted specific legislation on 1 February 2024", FactKind.Article9, "2024-02-01", null)]
    [InlineData("Nigeria adopted national legislation on 5 March 2025", FactKind.Article9, "2025-03-05", null)]
    [InlineData("Benin passed its implementing legislation on 2 June 2024", FactKind.Article9, "2024-06-02", null)]
    [InlineData("Togo designated a victim assistance focal point on 1 Feb 2024", FactKind.FocalPoint, "2024-02-01", null)]
    [InlineData("reporting data complete up to 31 October 2026", FactKind.Coverage, "2026-10-31", null)]
    [InlineData("The ISU received Peru's report for 2025 on 2 May 2026", FactKind.ReportReceived, "2026-05-02", "annual 2025")]
    public void Statements_are_read_with_their_kind_date_and_report(string line, FactKind kind, string date, string? report)
    {
        var draft = Draft(line);
        Assert.Equal(kind, draft.Kind);
        Assert.Equal(date, draft.Date);
        Assert.Equal(report, draft.Report);
    }

    [Fact]
    public void An_extension_tells_the_new_deadline_from_the_day_it_was_granted_and_names_the_meeting()
    {
        var draft = Draft("Chile's Article 4 deadline extended to 1 June 2026 by the 11th MSP on 14 September 2023, ref: CCM/MSP/2023/7");
        Assert.Equal(FactKind.ExtensionGranted, draft.Kind);
        Assert.Equal("2026-06-01", draft.Deadline);
        Assert.Equal("2023-09-14", draft.Date);
        Assert.Equal("11MSP", draft.GrantedBy);
        Assert.Equal("4", draft.Article);
        Assert.Equal("CCM/MSP/2023/7", draft.Reference);

        var atMeeting = Draft("The 11MSP granted Chile an extension of its Article 4 deadline until 1 June 2026");
        Assert.Equal(("11MSP", "2026-06-01", (string?)null), (atMeeting.GrantedBy, atMeeting.Deadline, atMeeting.Date));
        Assert.Equal("10MSP", Draft("Lao PDR's clearance deadline was extended to 1 August 2030 at the 10th Meeting of States Parties").GrantedBy);

        var requested = Draft("Bulgaria requested an extension of its stockpile destruction deadline to 1 October 2022 on 3 March 2021");
        Assert.Equal(FactKind.ExtensionRequested, requested.Kind);
        Assert.Equal("3", requested.Article);
        Assert.Equal("2022-10-01", requested.Deadline);
    }

    [Theory]
    [InlineData("record Togo submitted its initial report on 3 May 2018", true)]
    [InlineData("note that Kenya signed the Convention on 3 December 2008", true)]
    [InlineData("Togo submitted its initial report on 3 May 2018", false)]
    [InlineData("extension requests for clearance", false)]
    public void A_statement_says_whether_it_was_typed_as_a_command(string line, bool typedAsCommand) =>
        Assert.Equal(typedAsCommand, DataCommands.Parse(line, Today).Explicit);

    [Theory]
    [InlineData("NIM-2016 concept note 3.1 completed on 1 December 2016", "NIM-2016 concept note", "3.1", "2016-12-01")]
    [InlineData("mark DAP action 4.1(a) done on 3 May 2017, ref: CCM/MSP/2017/9", "DAP", "4.1(a)", "2017-05-03")]
    [InlineData("record that LAP 47 was achieved on 2024-05-03", "LAP", "47", "2024-05-03")]
    [InlineData("milestone victim assistance 2 done today", "victim assistance", "2", "2026-11-25")]
    [InlineData("NIM 3.2 done", "NIM", "3.2", null)]
    [InlineData("NIM 3.2 was completed", "NIM", "3.2", null)]
    [InlineData("mark NIM 3.1 as done", "NIM", "3.1", "2026-11-25")]
    [InlineData("please mark DAP action 4.1(a) as completed now", "DAP", "4.1(a)", "2026-11-25")]
    public void A_milestone_completed_is_read_with_its_plan_action_and_day(string line, string plan, string action, string? date)
    {
        var draft = Draft(line);
        Assert.Equal(FactKind.MilestoneCompleted, draft.Kind);
        Assert.Equal((plan, action, date), (draft.Plan, draft.Action, draft.Date));
        // Only "mark … as done" with no day at all is dated today by default, and the reply says so ("now" names the day).
        Assert.Equal(line == "mark NIM 3.1 as done", draft.DatedToday);
    }

    [Fact]
    public void A_milestone_added_is_read_with_its_plan_title_target_and_who()
    {
        var draft = Draft("add milestone to the victim assistance plan: hold a regional workshop in Southeast Asia, by end June 2027, responsible: VA coordinators");
        Assert.Equal(FactKind.MilestoneAdded, draft.Kind);
        Assert.Equal(("victim assistance plan", "hold a regional workshop in Southeast Asia", "end June 2027", "VA coordinators"), (draft.Plan, draft.Title, draft.Deadline, draft.Responsible));
        Assert.Equal("14MSP", Draft("new milestone for our universalization plan: visit three signatories before 14MSP").Deadline);
    }

    [Fact]
    public void A_plan_set_up_with_its_first_milestone_is_that_milestone_added()
    {
        var draft = Draft("add a plan for victim assistance with milestone workshop by June 2027");
        Assert.Equal((FactKind.MilestoneAdded, "victim assistance plan", "workshop", "June 2027"), (draft.Kind, draft.Plan, draft.Title, draft.Deadline));
        var named = Draft("create a new plan called outreach to signatories: first milestone: visit Kenya, by end March 2027");
        Assert.Equal(("outreach to signatories plan", "visit Kenya", "end March 2027"), (named.Plan, named.Title, named.Deadline));
        // With no milestone, what is missing is for the answer to say.
        var bare = Draft("create a plan for universalization");
        Assert.Equal((FactKind.MilestoneAdded, "universalization plan", null), (bare.Kind, bare.Plan, bare.Title));
    }

    [Theory]
    [InlineData("is NIM 3.1 done?")]
    [InlineData("Peru completed stockpile destruction on 1 June 2015")]
    [InlineData("what milestones are due next month")]
    public void Questions_and_other_facts_are_not_milestones(string line) =>
        Assert.NotEqual(FactKind.MilestoneCompleted, DataCommands.Parse(line, Today).Draft?.Kind);

    [Fact]
    public void A_withdrawal_reads_its_effective_date()
    {
        var draft = Draft("Lithuania notified its withdrawal on 6 September 2024, effective 6 March 2025");
        Assert.Equal("2024-09-06", draft.Date);
        Assert.Equal("2025-03-06", draft.EffectiveDate);
    }

    [Theory]
    [InlineData("has Togo submitted its initial report?")]
    [InlineData("did Chile submit its 2018 annual report")]
    [InlineData("which States ratified since 2020")]
    [InlineData("who submitted annual reports in 2019?")]
    [InlineData("Togo submitted its initial report?")]
    [InlineData("log letter to Chile on 3 May 2019 about annual report, outcome: report received")]
    [InlineData("log démarche to Togo on 3 May 2018 about overdue initial report")]
    [InlineData("tell me about Lao PDR")]
    [InlineData("overdue reports as of 30 June 2017")]
    [InlineData("we met the Ugandan ambassador yesterday about ratification")]
    [InlineData("Called Indonesia's mission today re accession")]
    [InlineData("we sent a letter to Togo about its overdue report")]
    [InlineData("Yesterday, the coordinators wrote to Chile about its annual report submitted late")]
    [InlineData("Sweden met Uganda's minister about ratification on 1 Dec 2026")]
    [InlineData("Norway and Togo discussed ratification on 3 May 2018")]
    [InlineData("Angola is considering accession, said its minister on 2 May 2019")]
    public void Questions_and_outreach_notes_are_not_statements(string line) =>
        Assert.Equal(DataAction.None, DataCommands.Parse(line, Today).Action);

    [Theory]
    [InlineData("history of Togo", DataAction.StateHistory)]
    [InlineData("show the audit trail for Lao PDR", DataAction.StateHistory)]
    [InlineData("what changed this week?", DataAction.Changes)]
    [InlineData("changes since 1 November 2026", DataAction.Changes)]
    [InlineData("what changed in the last 30 days", DataAction.Changes)]
    [InlineData("changes on 3 November 2026", DataAction.Changes)]
    [InlineData("who made changes this month?", DataAction.Changes)]
    [InlineData("who has edited the data since Monday?", DataAction.Changes)]
    [InlineData("changes to Togo", DataAction.StateHistory)]
    [InlineData("what changed for Lao PDR?", DataAction.StateHistory)]
    [InlineData("revert change 12", DataAction.Revert)]
    [InlineData("undo change #3", DataAction.Revert)]
    [InlineData("revert my last change", DataAction.Revert)]
    [InlineData("undo the last change", DataAction.Revert)]
    [InlineData("show change 4", DataAction.ShowChange)]
    [InlineData("undo that", DataAction.UndoWhich)]
    [InlineData("undo", DataAction.UndoWhich)]
    [InlineData("please revert it", DataAction.UndoWhich)]
    [InlineData("what changes have been made?", DataAction.Changes)]
    [InlineData("show the recent changes", DataAction.Changes)]
    [InlineData("what data changes were made this month?", DataAction.Changes)]
    [InlineData("data conflicts", DataAction.Conflicts)]
    [InlineData("export data as csv", DataAction.Export)]
    [InlineData("back up the store", DataAction.Backup)]
    [InlineData("record data", DataAction.OpenForm)]
    [InlineData("import receipts dry run\nstate,report,received_on\nTogo,initial,2018-05-03", DataAction.Import)]
    public void Data_keeping_commands_are_recognised(string line, DataAction action) =>
        Assert.Equal(action, DataCommands.Parse(line, Today).Action);

    [Theory]
    [InlineData("who changed Togo's data?", "Togo")]
    [InlineData("who edited the record for Lao PDR?", "Lao PDR")]
    [InlineData("who updated Chile", "Chile")]
    [InlineData("who entered the data on Togo?", "Togo")]
    [InlineData("who added the records for Lao PDR", "Lao PDR")]
    public void Who_changed_a_State_is_its_history(string line, string subject)
    {
        var command = DataCommands.Parse(line, Today);
        Assert.Equal(DataAction.StateHistory, command.Action);
        Assert.Equal(subject, command.Subject);
    }

    [Theory]
    [InlineData("Lebanon extension", true)]
    [InlineData("Iraq Article 4 extension", true)]
    [InlineData("Togo has designated a victim assistance focal point", false)]
    [InlineData("Chile's extension was granted", false)]
    [InlineData("Lebanon extension to 1 May 2031", false)]
    public void A_State_and_a_topic_without_a_day_or_a_verb_is_a_topic(string line, bool topic)
    {
        var command = DataCommands.Parse(line, Today);
        Assert.Equal(DataAction.Record, command.Action);
        Assert.Equal(topic, DataCommands.IsTopicOnly(line, command.Draft!));
    }

    [Fact]
    public void History_of_a_contact_stays_with_outreach() =>
        Assert.Equal(DataAction.None, DataCommands.Parse("history of contact 12", Today).Action);

    [Fact]
    public void What_changed_reads_its_period()
    {
        var week = DataCommands.Parse("what changed this week", Today).Window!;
        Assert.Equal(new DateOnly(2026, 11, 23), week.From);
        var since = DataCommands.Parse("what has changed since 1 November 2026?", Today).Window!;
        Assert.Equal(new DateOnly(2026, 11, 1), since.From);
        Assert.Null(since.To);
    }

    [Theory]
    [InlineData("11th MSP", "11MSP")]
    [InlineData("the 9 msp", "9MSP")]
    [InlineData("Second Review Conference", "2RC")]
    [InlineData("2RC", "2RC")]
    public void Meetings_are_named_the_way_the_meeting_list_names_them(string text, string id) =>
        Assert.Equal(id, DataCommands.NormalizeMeeting(text));
}

public class FactValidatorTests
{
    static readonly DateOnly Today = new(2026, 11, 25);
    static readonly TreatyData Data = new(
        [
            A.State("TGO", "Togo", deposited: "2012-06-22"),
            A.Signatory("KEN", "Kenya", "2008-12-03"),
            A.State("CHL", "Chile", deposited: "2010-12-16"),
            A.State("PER", "Peru", deposited: "2012-09-26"),
        ],
        obligationEvents: [A.Event(4, ObligationEventKind.ObligationDeclared, "2011-06-01", iso3: "CHL")],
        meetings: [new Meeting("11MSP", "Eleventh Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2023-09-11"), PartialDate.Parse("2023-09-14"), null, A.Source)]);

    [Theory]
    [InlineData("extension requests for clearance", true)]
    [InlineData("stockpile destruction completed", true)]
    [InlineData("Chile's extension request", false)]
    [InlineData("Togo submitted its initial report", false)]
    [InlineData("TGO submitted its initial report", false)]
    [InlineData("Narnia (NRN, Europe) signed", false)]
    [InlineData("reporting data complete up to 31 October 2026", false)]
    public void A_fact_about_a_State_that_names_none_lacks_its_State(string line, bool lacks)
    {
        var draft = DataCommands.Parse(line, Today).Draft!;
        Assert.Equal(lacks, FactValidator.LacksItsState(draft, Data));
    }

    [Theory]
    [InlineData("Laos extension request status", true)]
    [InlineData("latest on Chile's request?", true)]
    [InlineData("Lebanon extension", true)]
    [InlineData("Lebanon requested an extension", false)]
    [InlineData("Lebanon requested an extension to 1 May 2031 on 3 March 2025", false)]
    public void A_line_that_asks_about_a_topic_is_not_a_fact_to_record(string line, bool topic) =>
        Assert.Equal(topic, DataCommands.Parse(line, Today).Draft is not { } draft || DataCommands.IsTopicOnly(line, draft));

    [Theory]
    [InlineData("Peru deposited its instrument of ratification on 10 Nov 2026", "Peru is recorded as having deposited its instrument of ratification on 26 Sep 2012")]
    [InlineData("Kenya signed on 5 Dec 2008", "Kenya is recorded as having signed on 3 Dec 2008")]
    [InlineData("Lithuania acceded on 1 Nov 2026", "Lithuania deposited its instrument on 24 Mar 2011 and withdrew with effect from 6 Mar 2025; CcmBot keeps one membership per State")]
    public void A_second_date_for_a_membership_already_recorded_is_refused_unless_said_as_a_correction(string line, string refusal)
    {
        var data = new TreatyData([.. Data.States, A.State("LTU", "Lithuania", deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06")]);
        var (fact, errors) = FactValidator.Validate(DataCommands.Parse(line, Today).Draft!, data, Today);
        Assert.Null(fact);
        Assert.StartsWith(refusal, Assert.Single(errors).Message);
        Assert.Contains("say \"correct: ", errors[0].Message);

        var corrected = DataCommands.Parse("correct: " + line, Today);
        Assert.False(corrected.Explicit); // a correction does not claim a line for data ("correct contact 3 outcome: …" is outreach)
        var (fixedFact, none) = FactValidator.Validate(corrected.Draft!, data, Today);
        Assert.Empty(none);
        Assert.NotNull(fixedFact);
    }

    [Fact]
    public void The_same_date_again_is_not_a_conflict() =>
        Assert.Empty(FactValidator.Validate(DataCommands.Parse("Peru ratified on 26 September 2012", Today).Draft!, Data, Today).Errors);

    [Fact]
    public void An_extension_to_a_year_keeps_the_year_and_the_day_after_on_is_the_request_date()
    {
        var draft = DataCommands.Parse("Lebanon requested an extension to 2031 on 3 March 2025", Today).Draft!;
        Assert.Equal("2031", draft.Deadline);
        Assert.Equal("2025-03-03", draft.Date);
    }

    static readonly TreatyData Plans = new([A.State("TGO", "Togo", deposited: "2012-06-22")],
        meetings: [new Meeting("14MSP", "Fourteenth Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2027-09-06"), PartialDate.Parse("2027-09-09"), null, A.Source)],
        milestones:
        [
            new Milestone("NIM-2016 concept note", "3.1", "Draw up a target list", "by end November 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-11-30"), null, null, null, A.Source),
            new Milestone("NIM-LAP concept note", "3.1", "Another list", "by 10MSP", MilestoneTargetType.Date, PartialDate.Parse("2022-08-30"), null, null, null, A.Source),
            new Milestone("NIM-LAP concept note", "4", "Workshop", "by end 2023", MilestoneTargetType.Date, PartialDate.Parse("2023"), null, null, null, A.Source),
            new Milestone("DAP", "1.1", "Raise the number", "by 2RC", MilestoneTargetType.Date, PartialDate.Parse("2020"), null, null, null, A.Source, CompletedOn: A.Day("2020-11-25")),
        ]);

    static (Fact? Fact, string Errors) Milestone(string line)
    {
        var (fact, errors) = FactValidator.Validate(DataCommands.Parse(line, Today).Draft!, Plans, Today);
        return (fact, string.Join("; ", errors.Select(e => e.Message)));
    }

    [Fact]
    public void A_milestone_completion_finds_its_milestone_or_says_what_is_wrong()
    {
        var done = Assert.IsType<MilestoneCompletedFact>(Milestone("NIM 2016 3.1 completed on 1 December 2016").Fact);
        Assert.Equal(("NIM-2016 concept note", A.Day("2016-12-01")), (done.Milestone.Plan, done.CompletedOn));
        Assert.Equal("NIM-LAP concept note", Assert.IsType<MilestoneCompletedFact>(Milestone("NIM-LAP 4 done on 3 March 2024").Fact).Milestone.Plan);

        Assert.Contains("could be NIM-2016 concept note 3.1 or NIM-LAP concept note 3.1", Milestone("NIM 3.1 done on 1 December 2016").Errors);
        Assert.Contains("NIM-LAP concept note has no action 9; its actions are 3.1, 4", Milestone("NIM-LAP 9 done on 1 December 2016").Errors);
        Assert.Contains("no plan \"Unicorn plan\" in CcmBot's data; its plans are DAP, NIM-2016 concept note, NIM-LAP concept note", Milestone("Unicorn plan 2 done on 1 December 2016").Errors);
        Assert.Contains("give the day it was completed", Milestone("NIM-LAP 4 done").Errors);
        Assert.Contains("in the future", Milestone("NIM-LAP 4 done on 3 March 2027").Errors);
        Assert.Contains("already recorded as completed on 25 Nov 2020", Milestone("DAP 1.1 done on 1 December 2020").Errors);
    }

    [Fact]
    public void A_plan_set_up_without_a_milestone_is_told_it_starts_with_its_first()
    {
        var (fact, errors) = Milestone("create a plan for universalization");
        Assert.Null(fact);
        Assert.Equal("a plan is kept as its milestones, so \"universalization plan\" starts with its first: say what is to be done and by when, " +
                     "e.g. \"add a plan for universalization with milestone <what is to be done> by June 2027\"", errors);
        // With the target alone, only the missing task is asked for.
        var (_, targetOnly) = FactValidator.Validate(new FactDraft { Kind = FactKind.MilestoneAdded, Plan = "victim assistance plan", Deadline = "June 2027" }, Plans, Today);
        Assert.Equal(["say what is to be done"], targetOnly.Select(e => e.Message));
    }

    [Fact]
    public void A_milestone_added_gets_the_next_number_of_its_plan_and_a_readable_target()
    {
        var own = Assert.IsType<MilestoneAddedFact>(Milestone("add milestone to the victim assistance plan: hold a regional workshop, by end June 2027, responsible: VA coordinators").Fact).Milestone;
        Assert.Equal(("victim assistance plan", "1", "hold a regional workshop", "2027-06-30", "VA coordinators"), (own.Plan, own.ActionId, own.Title, own.TargetDate.Text, own.Responsible));
        Assert.Equal(RecordOrigin.User, own.Origin);

        var shipped = Assert.IsType<MilestoneAddedFact>(Milestone("add milestone to the NIM-LAP concept note: a follow-up survey, due 30 September 2027").Fact).Milestone;
        Assert.Equal(("NIM-LAP concept note", "5", "2027-09-30"), (shipped.Plan, shipped.ActionId, shipped.TargetDate.Text));

        var meeting = Assert.IsType<MilestoneAddedFact>(Milestone("add milestone for our universalization plan: visit three signatories before 14MSP").Fact).Milestone;
        Assert.Equal((MilestoneTargetType.MeetingRelative, "14MSP", "2027-09-06"), (meeting.TargetType, meeting.TargetMeeting, meeting.TargetDate.Text));

        Assert.Equal("2027-06", Assert.IsType<MilestoneAddedFact>(Milestone("add milestone to the VA plan: a report, by June 2027").Fact).Milestone.TargetDate.Text);
        Assert.Contains("is not a target CcmBot can read", Milestone("add milestone to the VA plan: something, by whenever").Errors);
        Assert.Contains("15MSP is not a meeting CcmBot knows", Milestone("add milestone to the VA plan: something, before 15MSP").Errors);
    }

    [Theory]
    [InlineData("add a milestone: hold a regional workshop in Africa by June 2027 (universalization plan)", "universalization plan", "hold a regional workshop in Africa", "2027-06")]
    [InlineData("add milestone: visit three signatories before 14MSP (for the VA plan)", "VA plan", "visit three signatories", "2027-09-06")]
    [InlineData("create a milestone - a follow-up survey by 30 September 2027 for the victim assistance plan", "victim assistance plan", "a follow-up survey", "2027-09-30")]
    public void A_milestone_added_with_its_plan_said_last_is_read_the_same(string line, string plan, string title, string target)
    {
        var added = Assert.IsType<MilestoneAddedFact>(Milestone(line).Fact).Milestone;
        Assert.Equal((plan, title, target), (added.Plan, added.Title, added.TargetDate.Text));
    }

    [Theory]
    [InlineData("add a milestone: hold a regional workshop by June 2027", "name the plan")]
    [InlineData("add a milestone", "name the plan", "say what is to be done", "give the target")]
    [InlineData("add milestone: hold a workshop", "name the plan", "give the target")]
    public void A_milestone_line_that_leaves_something_out_says_what(string line, params string[] errors)
    {
        var said = Milestone(line).Errors;
        Assert.All(errors, e => Assert.Contains(e, said));
        Assert.Equal(errors.Length, said.Split("; ").Length);
    }

    [Theory]
    [InlineData("new milestones due next month")]
    [InlineData("add milestone?")]
    public void A_question_about_milestones_is_not_a_milestone_added(string line) =>
        Assert.NotEqual(FactKind.MilestoneAdded, DataCommands.Parse(line, Today).Draft?.Kind);

    static Fact Valid(FactDraft draft)
    {
        var (fact, errors) = FactValidator.Validate(draft, Data, Today);
        Assert.True(fact is not null, string.Join("; ", errors.Select(e => e.Message)));
        return fact!;
    }

    static string Error(FactDraft draft)
    {
        var (fact, errors) = FactValidator.Validate(draft, Data, Today);
        Assert.Null(fact);
        return string.Join("; ", errors.Select(e => e.Message));
    }

    [Fact]
    public void A_ratification_derives_entry_into_force_and_the_initial_report_deadline()
    {
        var fact = Assert.IsType<MembershipFact>(Valid(new FactDraft { Kind = FactKind.Ratification, States = "Kenya", Date = "2025-03-03" }));
        Assert.Equal(new DateOnly(2025, 9, 1), fact.State.EntryIntoForce);
        Assert.Contains("initial report due 28 Feb 2026", fact.Describe());
        Assert.Null(fact.Before!.InstrumentDate);
    }

    [Fact]
    public void A_withdrawal_takes_effect_six_months_after_notice_unless_a_later_day_is_given()
    {
        var fact = Assert.IsType<MembershipFact>(Valid(new FactDraft { Kind = FactKind.Withdrawal, States = "Togo", Date = "2024-09-06" }));
        Assert.Equal(new DateOnly(2025, 3, 6), fact.Effective);
        Assert.Contains("not before 6 Mar 2025", Error(new FactDraft { Kind = FactKind.Withdrawal, States = "Togo", Date = "2024-09-06", EffectiveDate = "2024-12-01" }));
    }

    [Fact]
    public void An_extension_must_move_the_deadline_later_and_takes_its_date_from_the_meeting()
    {
        var fact = Assert.IsType<ObligationFact>(Valid(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Article = "4", Deadline = "2026-06-01", GrantedBy = "11MSP" }));
        Assert.Equal(new DateOnly(2023, 9, 14), fact.Date);
        Assert.Contains("not later than the deadline the rule gives (1 Jun 2021", Error(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Article = "4", Deadline = "2020-01-01", Date = "2019-09-01" }));
        Assert.Contains("say when it was granted", Error(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Article = "4", Deadline = "2026-06-01" }));
        // Chile has only an Article 4 obligation, so an extension that names no article is that one; Peru has neither.
        Assert.Equal(4, Assert.IsType<ObligationFact>(Valid(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Deadline = "2026-06-01", Date = "2023-09-14" })).Article);
        Assert.Contains("Article 3 (stockpile destruction) or Article 4", Error(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Peru", Deadline = "2026-06-01", Date = "2023-09-14" }));
    }

    [Fact]
    public void An_extension_to_a_year_keeps_the_year_and_records_no_day()
    {
        var fact = Assert.IsType<ObligationFact>(Valid(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Article = "4", Deadline = "2031", GrantedBy = "11MSP" }));
        Assert.Equal((DatePrecision.Year, new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31)), (fact.Deadline.Precision, fact.Deadline.Earliest, fact.Deadline.Latest));
        Assert.Contains("extension to 2031 granted by 11MSP", fact.Describe());
        // A year that ends before the rule's deadline is no extension; a word is no year.
        Assert.Contains("2020 is not later than the deadline the rule gives (1 Jun 2021", Error(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Article = "4", Deadline = "2020", Date = "2019-09-01" }));
        Assert.Contains("\"soon\" is not a date", Error(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Article = "4", Deadline = "soon", Date = "2019-09-01" }));
    }

    [Fact]
    public void An_extension_naming_no_article_is_of_the_one_obligation_still_open()
    {
        var data = new TreatyData([A.State("CHL", "Chile", deposited: "2010-12-16"), A.State("BIH", "Bosnia and Herzegovina", deposited: "2010-09-07")],
            obligationEvents: [A.Event(3, ObligationEventKind.ObligationDeclared, "2011-06-01", iso3: "CHL"), A.Event(3, ObligationEventKind.Completed, "2011-12-01", iso3: "CHL"),
                A.Event(4, ObligationEventKind.ObligationDeclared, "2011-06-01", iso3: "CHL"),
                A.Event(3, ObligationEventKind.ObligationDeclared, "2011-06-01", iso3: "BIH"), A.Event(4, ObligationEventKind.ObligationDeclared, "2011-06-01", iso3: "BIH")]);
        var (chile, _) = FactValidator.Validate(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Chile", Deadline = "2026-06-01", Date = "2021-02-01" }, data, Today);
        Assert.Equal(4, Assert.IsType<ObligationFact>(chile).Article);
        var (bosnia, errors) = FactValidator.Validate(new FactDraft { Kind = FactKind.ExtensionGranted, States = "Bosnia and Herzegovina", Deadline = "2026-06-01", Date = "2021-02-01" }, data, Today);
        Assert.Null(bosnia);
        Assert.Contains("Article 3 (stockpile destruction) or Article 4", string.Join("; ", errors.Select(e => e.Message)));
    }

    [Fact]
    public void New_stocks_after_a_completion_reopen_the_obligation()
    {
        var data = new TreatyData([A.State("CHL", "Chile", deposited: "2010-12-16")],
            obligationEvents: [A.Event(3, ObligationEventKind.Completed, "2015-06-01", iso3: "CHL")]);
        var (fact, _) = FactValidator.Validate(new FactDraft { Kind = FactKind.ObligationDeclared, States = "Chile", Article = "3", Date = "2020-01-10" }, data, Today);
        Assert.Equal(ObligationEventKind.NewStockpile, Assert.IsType<ObligationFact>(fact).Event);
    }

    [Theory]
    [InlineData(FactKind.Signature, "Kenya", "2015-01-01", "until it entered into force on 1 Aug 2010")]
    [InlineData(FactKind.Ratification, "Togo", "2027-01-01", "in the future")]
    [InlineData(FactKind.ReportReceived, "Kenya", "2020-01-01", "was not a State Party on 1 Jan 2020")]
    [InlineData(FactKind.ReportReceived, "Narnia", "2020-01-01", "name the State")]
    [InlineData(FactKind.Completed, "Togo", "2007-01-01", "before the Convention was opened for signature")]
    [InlineData(FactKind.Ratification, "Togo and Peru", "2020-01-01", "record one State at a time")]
    public void Facts_the_rules_rule_out_are_refused_with_the_reason(FactKind kind, string states, string date, string reason) =>
        Assert.Contains(reason, Error(new FactDraft { Kind = kind, States = states, Date = date, Report = "initial", Article = "4" }));

    [Fact]
    public void An_annual_report_cannot_arrive_before_its_year_is_over_and_an_unnamed_year_is_the_one_before()
    {
        Assert.Contains("covers that calendar year", Error(new FactDraft { Kind = FactKind.ReportReceived, States = "Peru", Date = "2019-06-01", Report = "annual 2019" }));
        var fact = Assert.IsType<ReportReceived>(Valid(new FactDraft { Kind = FactKind.ReportReceived, States = "Peru, Chile", Date = "2019-04-30", Report = "annual" }));
        Assert.Equal(Deliverable.AnnualReport(2018), fact.Report);
        Assert.NotNull(fact.Assumption);
        Assert.Equal(2, fact.States.Count);
    }

    [Fact]
    public void A_State_not_yet_in_the_list_can_accede_with_its_code()
    {
        var fact = Assert.IsType<MembershipFact>(Valid(new FactDraft { Kind = FactKind.Accession, NewStateName = "Ukraine", NewStateIso3 = "UKR", NewStateRegion = "Europe", Date = "2026-06-15" }));
        Assert.Equal("UKR", fact.State.Iso3);
        Assert.Equal(new DateOnly(2026, 12, 1), fact.State.EntryIntoForce);
        Assert.Contains("only signatories ratify", Error(new FactDraft { Kind = FactKind.Ratification, NewStateName = "Ukraine", NewStateIso3 = "UKR", Date = "2026-06-15" }));
    }
}

public class CoverageTests
{
    static readonly RuleDeadline Due = TreatyCalendar.InitialReportDue(new DateOnly(2012, 12, 1));
    static readonly ReportingCoverage Coverage = new(new DateOnly(2026, 10, 31), A.Source);

    [Fact]
    public void Up_to_the_declared_day_no_receipt_means_overdue_and_after_it_unknown()
    {
        var on = DeliverableAssessor.Assess(Deliverable.InitialReport, Due, new DateOnly(2026, 10, 31), [], Coverage);
        Assert.Equal(ObligationStatus.Overdue, on.Status);
        Assert.Contains("declared complete up to 31 Oct 2026", on.Explanation);
        Assert.Equal(ObligationStatus.Unknown, DeliverableAssessor.Assess(Deliverable.InitialReport, Due, new DateOnly(2026, 11, 1), [], Coverage).Status);
    }

    [Fact]
    public void A_receipt_after_the_date_asked_about_still_leaves_it_overdue_then_and_met_after()
    {
        var receipt = A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedOn, "2024-03-12");
        Assert.Equal(ObligationStatus.Overdue, DeliverableAssessor.Assess(Deliverable.InitialReport, Due, new DateOnly(2020, 1, 1), [receipt], Coverage).Status);
        Assert.Equal(ObligationStatus.Met, DeliverableAssessor.Assess(Deliverable.InitialReport, Due, new DateOnly(2024, 3, 12), [receipt], Coverage).Status);
    }

    [Fact]
    public void A_receipt_of_unknown_date_keeps_the_answer_unknown()
    {
        var seen = A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedBy, "2024-03-12");
        Assert.Equal(ObligationStatus.Unknown, DeliverableAssessor.Assess(Deliverable.InitialReport, Due, new DateOnly(2020, 1, 1), [seen], Coverage).Status);
    }
}

public class FactCsvTests
{
    [Fact]
    public void Rows_carry_their_line_numbers_even_across_quoted_line_breaks()
    {
        var (rows, errors) = FactCsv.Read(ImportKind.Receipts, "State;Report;Received On\nTogo;initial;2018-05-03\n\"Lao\nPDR\";2019;2020-04-30\nPeru;annual 2019;2020-05-01\n");
        Assert.Empty(errors);
        Assert.Equal([2, 3, 5], rows.Select(r => r.Line));
        Assert.Equal("annual 2019", rows[1].Draft.Report);
    }

    [Fact]
    public void A_missing_column_and_an_unknown_event_are_reported_by_line()
    {
        Assert.Equal(1, Assert.Single(FactCsv.Read(ImportKind.Receipts, "state,report\nTogo,initial\n").Errors).Line);
        var (_, errors) = FactCsv.Read(ImportKind.Membership, "state,event,date\nTogo,ratification,2012-06-22\nPeru,coronation,2012-09-26\n");
        Assert.Equal(3, Assert.Single(errors).Line);
    }
}
