using CcmBot.Core.Outreach;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Outreach;

public sealed class OutreachCommandsTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");
    static readonly StateResolver Resolver = new(
        [A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa"), A.State("GHA", "Ghana", "Africa"), A.State("LAO", "Lao People's Democratic Republic", "Asia")],
        [new("LAO", "Lao PDR")]);

    [Theory]
    [InlineData("log meeting with Kenya on 2 Dec 2026 with Ambassador Otieno about ratification", "2 Dec 2026", "Ambassador Otieno", "ratification")]
    [InlineData("log call with Togo with the first secretary on 3 Dec 2026 re its initial report", "3 Dec 2026", "the first secretary", "its initial report")]
    [InlineData("log meeting with Peru on 1 Dec 2026 about coordination with UNDP", "1 Dec 2026", null, "coordination with UNDP")]
    [InlineData("log letter to Chile on 1 Dec 2026 about its report, counterpart: Minister Soto", "1 Dec 2026", "Minister Soto", "its report")]
    [InlineData("log call with Togo with the first secretary yesterday re its initial report", "yesterday", "the first secretary", "its initial report")]
    [InlineData("log letter to Benin with copy to the ISU on 1 Dec 2026 about reports", "1 Dec 2026", null, "reports")]
    public void With_after_the_States_names_who_was_met(string line, string date, string? counterpart, string chases)
    {
        var draft = OutreachCommands.Parse(line).Draft;
        Assert.Equal((date, counterpart, chases), (draft.Date, draft.Counterpart, draft.Chases));
    }

    [Fact]
    public void A_day_or_topic_written_inside_a_labelled_summary_stays_in_the_summary()
    {
        var draft = OutreachCommands.Parse("log letter to Angola and Kenya on 1 Dec 2026, area: universalization, summary: sent letters to all signatories on 1 Dec asking them to ratify").Draft;
        Assert.Equal(("1 Dec 2026", null, "universalization"), (draft.Date, draft.Chases, draft.Area));
        Assert.Equal("sent letters to all signatories on 1 Dec asking them to ratify", draft.Summary);
        var withTopic = OutreachCommands.Parse("log letter to Angola, summary: wrote on 1 Dec 2026 about ratification").Draft;
        Assert.Equal((null, null), (withTopic.Date, withTopic.Chases));
        // Without a colon a label word is part of the sentence: "about the status of …" is still the topic.
        Assert.Equal("the status of its report", OutreachCommands.Parse("log call with Togo on 3 Dec 2026 about the status of its report").Draft.Chases);
    }

    [Fact]
    public void Reads_the_whole_one_line_form()
    {
        var command = OutreachCommands.Parse("log démarche to Togo and Benin on 3 May 2018 about overdue initial report, outcome: committed to submit, follow up 1 June");
        Assert.Equal(OutreachAction.Log, command.Action);
        var draft = command.Draft;
        Assert.Equal("démarche", draft.Kind);
        Assert.Equal("Togo and Benin", draft.States);
        Assert.Equal("3 May 2018", draft.Date);
        Assert.Equal("overdue initial report", draft.Chases);
        Assert.Equal("committed to submit", draft.Outcome);
        Assert.Equal("1 June", draft.FollowUp);

        var (values, errors) = ContactValidator.Validate(draft, Resolver, Today);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        Assert.Equal(["TGO", "BEN"], values!.States.Select(s => s.Iso3));
        Assert.Equal(A.Day("2018-05-03"), values.Date);
        Assert.Equal(ContactKind.Demarche, values.Kind);
        Assert.Equal(ThematicArea.Transparency, values.Area);
        Assert.Equal("Art. 7 initial report", values.Chases);
        Assert.Equal(ContactOutcome.Committed, values.Outcome);
        Assert.Equal(A.Day("2018-06-01"), values.FollowUp); // "1 June" after the contact date
    }

    [Theory]
    [InlineData("Log a letter to Ghana on 2017-01-15 re national legislation", ContactKind.Letter, ThematicArea.NationalImplementation)]
    [InlineData("record call with Lao PDR on 02/03/2019 about clearance, counterpart: Director of NRA", ContactKind.Call, ThematicArea.Clearance)]
    [InlineData("log bilateral meeting with Togo, Benin on 1 June 2017 about ratification", ContactKind.BilateralMeeting, ThematicArea.Universalization)]
    [InlineData("log email to togo on 5 may 2018 about LAP Action 47", ContactKind.Email, ThematicArea.NationalImplementation)]
    [InlineData("log side event with Ghana on 29 November 2016 about victim assistance", ContactKind.SideEvent, ThematicArea.VictimAssistance)]
    [InlineData("log seminar with Benin on 30 May 2017, area: universalization", ContactKind.Workshop, ThematicArea.Universalization)]
    [InlineData("log a demarche to Ghana yesterday on universalization, outcome: positive", ContactKind.Demarche, ThematicArea.Universalization)]
    [InlineData("log letter to Togo today on Article 7 reporting", ContactKind.Letter, ThematicArea.Transparency)]
    [InlineData("log a meeting with the Ghanaian ambassador on 20 Nov on legislation", ContactKind.BilateralMeeting, ThematicArea.NationalImplementation)]
    [InlineData("log letter to the Togolese mission on 2 Nov about ratification", ContactKind.Letter, ThematicArea.Universalization)]
    public void Reads_kinds_and_areas_as_people_write_them(string line, ContactKind kind, ThematicArea area)
    {
        var (values, errors) = ContactValidator.Validate(OutreachCommands.Parse(line).Draft, Resolver, Today);
        Assert.Empty(errors);
        Assert.Equal(kind, values!.Kind);
        Assert.Equal(area, values.Area);
    }

    // Today is Wednesday 25 Nov 2026.
    [Theory]
    [InlineData("log a demarche to Togo yesterday about clearance, follow up in two weeks", "2026-11-24", "2026-12-09")]
    [InlineData("log letter to Benin today re ratification, follow up next Friday", "2026-11-25", "2026-11-27")]
    [InlineData("log call with Ghana on Monday about the initial report, follow up on Monday", "2026-11-23", "2026-11-30")]
    [InlineData("log meeting with Lao PDR last Thursday about clearance, follow-up: in 1 month", "2026-11-19", "2026-12-25")]
    [InlineData("log email to Togo 3 days ago about NIM, follow up a week from now", "2026-11-22", "2026-12-02")]
    [InlineData("log letter to Togo and Benin 3 May 2019 about ratification", "2019-05-03", null)]
    [InlineData("log email to Togo 1 Nov about Article 4 extension, counterpart: Ambassador Pérez", "2026-11-01", null)]
    [InlineData("log call with Benin Nov 20 re ratification", "2026-11-20", null)]
    [InlineData("log letter to Ghana 3rd May 2019 about NIM", "2019-05-03", null)]
    [InlineData("log a demarche to Togo yesterday on universalization, outcome: positive, follow up in 2 weeks", "2026-11-24", "2026-12-09")]
    [InlineData("log a démarche to Togo on universalization today, they promised to reply by end of January", "2026-11-25", "2027-01-31")]
    [InlineData("log call with Ghana on clearance yesterday", "2026-11-24", null)]
    [InlineData("log letter to Benin on 20 Nov 2026 about ratification, follow up by mid-February", "2026-11-20", "2027-02-15")]
    [InlineData("log meeting with Togo on 24 Nov 2026 about NIM, positive, will revert within two weeks", "2026-11-24", "2026-12-09")]
    [InlineData("log email to Ghana yesterday about the initial report, follow up: early March", "2026-11-24", "2027-03-01")]
    [InlineData("log a meeting with the Ghanaian ambassador on 20 Nov on legislation", "2026-11-20", null)]
    [InlineData("log call with Togo on NIM on 2 Nov", "2026-11-02", null)]
    [InlineData("record a call with Ghana this morning re ratification, follow up 15 Jan", "2026-11-25", "2027-01-15")]
    [InlineData("log letters to Togo and Benin dated 2 November re initial reports", "2026-11-02", null)]
    [InlineData("logged a meeting with Ghana on 20 Nov on universalization, outcome positive", "2026-11-20", null)]
    [InlineData("log: call, Ghana, yesterday, Article 7 report, they'll submit by end Jan", "2026-11-24", "2027-01-31")]
    public void Reads_days_written_the_way_people_log_them(string line, string date, string? followUp)
    {
        var (values, errors) = ContactValidator.Validate(OutreachCommands.Parse(line).Draft, Resolver, Today);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        Assert.Equal(A.Day(date), values!.Date);
        Assert.Equal(followUp is null ? null : A.Day(followUp), values.FollowUp);
        Assert.DoesNotContain(values.States, s => s.Name.Contains(' ') && s.Iso3 != "LAO");
    }

    [Theory]
    [InlineData("contact 12", 12)]
    [InlineData("contact #7?", 7)]
    [InlineData("record 3", 3)]
    public void A_contact_named_alone_is_shown(string line, int id)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal((OutreachAction.Show, (int?)id), (command.Action, command.ContactId));
    }

    [Fact]
    public void A_promise_said_with_a_contraction_is_a_commitment()
    {
        var (values, errors) = ContactValidator.Validate(OutreachCommands.Parse("log: call, Ghana, yesterday, Article 7 report, they'll submit by end Jan").Draft, Resolver, Today);
        Assert.Empty(errors);
        Assert.Equal(ContactOutcome.Committed, values!.Outcome);
    }

    [Fact]
    public void A_contact_said_for_tomorrow_is_refused_as_still_to_come()
    {
        var (values, errors) = ContactValidator.Validate(OutreachCommands.Parse("log meeting with Ghana tomorrow on universalization").Draft, Resolver, Today);
        Assert.Null(values);
        Assert.Equal([("date", "26 Nov 2026 is in the future; a contact is recorded once it has happened (use the follow-up date for what is planned).")], errors.Select(e => (e.Field, e.Message)));
    }

    [Theory]
    [InlineData("last week", "\"last week\" covers 16 Nov 2026 to 22 Nov 2026; give the day itself, like 22 Nov 2026.")]
    [InlineData("in October", "\"in October\" covers 1 Oct 2026 to 31 Oct 2026; give the day itself, like 31 Oct 2026.")]
    [InlineData("the other day", "\"the other day\" is not a date I can read; write it like 3 May 2018, 03/05/2018 or 2018-05-03.")]
    public void A_contact_dated_by_a_span_is_asked_for_its_day(string date, string message)
    {
        var (values, errors) = ContactValidator.Validate(new ContactDraft { States = "Togo", Kind = "letter", Area = "universalization", Date = date }, Resolver, Today);
        Assert.Null(values);
        Assert.Equal([("date", message)], errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Parts_after_the_topic_are_read_on_their_own_and_words_inside_a_labelled_value_stay_in_it()
    {
        var (values, errors) = ContactValidator.Validate(
            OutreachCommands.Parse("log a démarche to Togo on universalization today, they promised to reply by end of January").Draft, Resolver, Today);
        Assert.Empty(errors);
        Assert.Equal(ThematicArea.Universalization, values!.Area);
        Assert.Equal(ContactOutcome.Committed, values.Outcome);

        var positive = OutreachCommands.Parse("log meeting with Togo on 24 Nov 2026 about universalization, positive, will revert within two weeks").Draft;
        Assert.Equal("universalization", positive.Chases);
        Assert.Equal("positive", positive.Outcome);
        Assert.Equal("universalization; will revert within two weeks", positive.Summary);

        var labelled = OutreachCommands.Parse("log letter to Ghana on 20 Nov 2026 about Article 7 reports, summary: asked for the 2025 report, they said it is with the minister").Draft;
        Assert.Equal("asked for the 2025 report, they said it is with the minister", labelled.Summary);
    }

    [Theory]
    [InlineData("mark #12 as replied: Angola says the bill is in parliament", "replied", "Angola says the bill is in parliament")]
    [InlineData("contact 12 declined", "declined", null)]
    [InlineData("#12 committed - will deposit in March", "committed", "will deposit in March")]
    [InlineData("mark contact 12 as no response", "no response", null)]
    [InlineData("record 12 has replied, positive", "replied", "positive")]
    public void An_answer_recorded_against_a_contact_is_its_outcome_with_what_was_said_as_a_note(string line, string outcome, string? note)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal(OutreachAction.Edit, command.Action);
        Assert.Equal(12, command.ContactId);
        Assert.Equal(outcome, command.Draft.Outcome);
        Assert.Equal(note, command.Draft.AddNote);
        Assert.Equal(OutreachAction.Close, OutreachCommands.Parse("mark #12 as done").Action);
    }

    [Fact]
    public void A_subject_after_on_is_not_taken_for_the_day_which_is_then_asked_for()
    {
        var draft = OutreachCommands.Parse("log call with Ghana on clearance").Draft;
        Assert.Equal("clearance", draft.Area);
        Assert.Null(draft.Date);
        var (_, errors) = ContactValidator.Validate(draft, Resolver, Today);
        Assert.Equal(["date"], errors.Select(e => e.Field));
    }

    [Fact]
    public void States_whose_names_hold_and_are_kept_whole()
    {
        var resolver = new StateResolver(
            [A.State("BIH", "Bosnia and Herzegovina"), A.State("TTO", "Trinidad and Tobago", "Americas"), A.State("VCT", "Saint Vincent and the Grenadines", "Americas"), A.State("TCD", "Chad", "Africa")], []);
        Assert.Equal(["Bosnia and Herzegovina", "Trinidad and Tobago", "Chad", "Saint Vincent and the Grenadines"],
            ContactValidator.Split("Bosnia and Herzegovina, Trinidad and Tobago and Chad; Saint Vincent and the Grenadines", resolver));
        Assert.Equal(["Chad", "Bosnia"], ContactValidator.Split("Chad and Bosnia", resolver));
    }

    [Theory]
    [InlineData("log call with the Togo mission today about the initial report", "TGO")]
    [InlineData("log letter to the Permanent Mission of Benin today about ratification", "BEN")]
    [InlineData("log email to Ghana's MFA today about the initial report", "GHA")]
    [InlineData("log démarche to the Embassy of Lao PDR today about clearance", "LAO")]
    public void The_office_written_to_stands_for_its_State(string line, string iso3)
    {
        var (values, errors) = ContactValidator.Validate(OutreachCommands.Parse(line).Draft, Resolver, Today);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        Assert.Equal([iso3], values!.States.Select(s => s.Iso3));
    }

    [Theory]
    [InlineData("log outreach", OutreachAction.OpenForm)]
    [InlineData("log outreach for Togo", OutreachAction.OpenForm)]
    [InlineData("new contact", OutreachAction.OpenForm)]
    [InlineData("close contact 12", OutreachAction.Close)]
    [InlineData("reopen contact #12", OutreachAction.Reopen)]
    [InlineData("delete contact 12", OutreachAction.Delete)]
    [InlineData("history of contact 12", OutreachAction.History)]
    [InlineData("show contact 12", OutreachAction.Show)]
    [InlineData("edit contact 12: outcome: submitted, follow up 10 July 2018", OutreachAction.Edit)]
    [InlineData("who has Article 4 obligations?", OutreachAction.None)]
    [InlineData("add a plan for victim assistance with milestone workshop by June 2027", OutreachAction.None)]
    [InlineData("note the new target for Togo", OutreachAction.None)]
    [InlineData("logged letters to Togo in 2026?", OutreachAction.None)]
    [InlineData("recorded meetings with Togo", OutreachAction.None)]
    [InlineData("tell me about Togo", OutreachAction.None)]
    public void Tells_commands_from_questions(string line, OutreachAction action)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal(action, command.Action);
        if (action is not OutreachAction.None and not OutreachAction.OpenForm) Assert.Equal(12, command.ContactId);
    }

    [Fact]
    public void An_edit_carries_only_the_fields_it_names()
    {
        var draft = OutreachCommands.Parse("edit contact 12: outcome: submitted, follow up 10 July 2018").Draft;
        Assert.Equal("submitted", draft.Outcome);
        Assert.Equal("10 July 2018", draft.FollowUp);
        Assert.Null(draft.States);
        Assert.Null(draft.Summary);
    }

    [Theory]
    [InlineData("change contact 12 outcome to committed to ratify", "committed to ratify", null)]
    [InlineData("set contact 12 outcome to acknowledged", "acknowledged", null)]
    [InlineData("update contact #12: the outcome is now submitted, follow up to 10 July 2018", "submitted", "10 July 2018")]
    [InlineData("set contact 12 follow-up to 10 July 2018", null, "10 July 2018")]
    public void An_edit_saying_what_a_field_becomes_carries_the_value_without_the_to(string line, string? outcome, string? followUp)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal((OutreachAction.Edit, 12), (command.Action, command.ContactId));
        Assert.Equal((outcome, followUp), (command.Draft.Outcome, command.Draft.FollowUp));
    }

    [Fact]
    public void Setting_a_contact_as_an_outcome_is_still_the_outcome()
    {
        var command = OutreachCommands.Parse("set contact 12 as acknowledged");
        Assert.Equal((OutreachAction.Edit, 12, "acknowledged"), (command.Action, command.ContactId, command.Draft.Outcome));
    }

    [Fact]
    public void Every_wrong_field_is_named_with_what_to_fix()
    {
        var draft = new ContactDraft
        {
            States = "Togo, Narnia", Date = "31/02/2018", Kind = "carrier pigeon", Area = null, Summary = new string('x', 10_240),
            FollowUp = "someday", Outcome = "committed",
        };
        var (values, errors) = ContactValidator.Validate(draft, Resolver, Today);
        Assert.Null(values);
        Assert.Contains(errors, e => e.Field == "states" && e.Message.Contains("\"Narnia\" is not a State"));
        Assert.Contains(errors, e => e.Field == "date" && e.Message.Contains("not a date"));
        Assert.Contains(errors, e => e.Field == "kind");
        Assert.Contains(errors, e => e.Field == "summary" && e.Message.Contains("10240 characters"));
        Assert.Contains(errors, e => e.Field == "followUp");
    }

    [Fact]
    public void A_number_is_not_a_kind_an_area_or_an_outcome()
    {
        var draft = new ContactDraft { States = "Togo", Date = "3 May 2018", Kind = "3", Area = "99", Outcome = "12" };
        var (values, errors) = ContactValidator.Validate(draft, Resolver, Today);
        Assert.Null(values);
        Assert.Contains(errors, e => e.Field == "kind");
        Assert.Contains(errors, e => e.Field == "area");
    }

    [Theory]
    [InlineData("2027-01-01", "in the future")]
    [InlineData("2007-01-01", "before the Convention was adopted")]
    public void Dates_must_be_plausible(string date, string message)
    {
        var draft = new ContactDraft { States = "Togo", Date = date, Kind = "letter", Area = "transparency" };
        var (_, errors) = ContactValidator.Validate(draft, Resolver, Today);
        Assert.Contains(errors, e => e.Field == "date" && e.Message.Contains(message));
    }

    [Fact]
    public void A_follow_up_before_the_contact_is_refused()
    {
        var draft = new ContactDraft { States = "Togo", Date = "3 May 2018", Kind = "letter", Area = "transparency", FollowUp = "2018-01-01" };
        Assert.Contains(ContactValidator.Validate(draft, Resolver, Today).Errors, e => e.Field == "followUp");
    }

    [Fact]
    public void A_clear_misspelling_of_a_State_is_accepted_and_a_far_one_gets_suggestions()
    {
        var ok = ContactValidator.Validate(new ContactDraft { States = "Toggo", Date = "2018-05-03", Kind = "letter", Area = "transparency" }, Resolver, Today);
        Assert.Equal("TGO", Assert.Single(ok.Values!.States).Iso3);
        var bad = ContactValidator.Validate(new ContactDraft { States = "Tonga", Date = "2018-05-03", Kind = "letter", Area = "transparency" }, Resolver, Today);
        Assert.Contains(bad.Errors, e => e.Message.Contains("Did you mean Togo"));
    }

    [Theory]
    [InlineData("log it", OutreachAction.Confirm)]
    [InlineData("yes, log it", OutreachAction.Confirm)]
    [InlineData("please save that", OutreachAction.Confirm)]
    [InlineData("OK go ahead and log it!", OutreachAction.Confirm)]
    [InlineData("record the outcome please", OutreachAction.Confirm)]
    [InlineData("log outreach", OutreachAction.OpenForm)]
    public void A_yes_to_the_line_offered_is_told_from_a_command(string line, OutreachAction action)
    {
        Assert.Equal(action, OutreachCommands.Parse(line).Action);
        Assert.NotEqual(OutreachAction.Confirm, OutreachCommands.Parse(line + " as a letter to Togo").Action);
    }

    [Theory]
    [InlineData("close all my contacts with Kenya", "Kenya", true)]
    [InlineData("close my open contacts with Togo and Benin.", "Togo and Benin", true)]
    [InlineData("close contacts with Chile", "Chile", false)]
    public void Closing_every_contact_with_a_State_is_read_with_whose(string line, string states, bool mine)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal((OutreachAction.Close, true, states, mine), (command.Action, command.AllWithStates, command.Draft.States, command.MineOnly));
        Assert.False(OutreachCommands.Parse("close contacts 3, 4 and 7").AllWithStates);
    }

    [Fact]
    public void A_contact_with_States_not_party_and_no_area_said_is_universalization()
    {
        var resolver = new StateResolver([A.State("TGO", "Togo", "Africa"), A.Signatory("KEN", "Kenya"), A.State("BRA", "Brazil", "Americas", signed: null, deposited: null)], []);
        var signatory = ContactValidator.Validate(new ContactDraft { States = "Kenya, Brazil", Date = "2026-11-20", Kind = "meeting", Summary = "the bill goes to cabinet in January" }, resolver, Today);
        Assert.Equal(ThematicArea.Universalization, signatory.Values!.Area);
        // A State Party could be any area: it is asked for.
        var party = ContactValidator.Validate(new ContactDraft { States = "Togo, Kenya", Date = "2026-11-20", Kind = "meeting", Summary = "the bill goes to cabinet in January" }, resolver, Today);
        Assert.Contains(party.Errors, e => e.Field == "area");
    }

    [Theory]
    [InlineData("no reply", ContactOutcome.NoResponse)]
    [InlineData("acknowledged receipt", ContactOutcome.Acknowledged)]
    [InlineData("committed to submit by June", ContactOutcome.Committed)]
    [InlineData("report submitted", ContactOutcome.Submitted)]
    [InlineData("declined to ratify for now", ContactOutcome.Declined)]
    [InlineData("asked for a model law", ContactOutcome.Other)]
    [InlineData("positive", ContactOutcome.Acknowledged)]
    [InlineData("receptive, will consult capital", ContactOutcome.Acknowledged)]
    [InlineData("not interested at this stage", ContactOutcome.Declined)]
    [InlineData("has not replied yet", ContactOutcome.NoResponse)]
    [InlineData("they haven't answered", ContactOutcome.NoResponse)]
    [InlineData("no one responded", ContactOutcome.NoResponse)]
    [InlineData("replied, will consult capital", ContactOutcome.Acknowledged)]
    public void Outcomes_map_to_the_progress_report_categories(string outcome, ContactOutcome expected)
    {
        var draft = new ContactDraft { States = "Togo", Date = "2018-05-03", Kind = "letter", Area = "transparency", Outcome = outcome };
        Assert.Equal(expected, ContactValidator.Validate(draft, Resolver, Today).Values!.Outcome);
    }

    [Fact]
    public void Reads_the_terse_forms_coordinators_type()
    {
        var colon = OutreachCommands.Parse("log: meeting with Ghana, 1 Dec 2026, universalization, positive");
        Assert.Equal(OutreachAction.Log, colon.Action);
        // "positive" is how the meeting went: its outcome (a reply that promises nothing yet), the word kept.
        Assert.Equal(("meeting", "Ghana", "1 Dec 2026", "universalization", "positive"), (colon.Draft.Kind, colon.Draft.States, colon.Draft.Date, colon.Draft.Area, colon.Draft.Outcome));

        var bare = OutreachCommands.Parse("record démarche Togo 2 Dec 2026 re initial report");
        Assert.Equal(("démarche", "Togo", "2 Dec 2026", "initial report"), (bare.Draft.Kind, bare.Draft.States, bare.Draft.Date, bare.Draft.Chases));

        var outcome = OutreachCommands.Parse("log letter to Benin on 3 May 2018, transparency, no reply yet");
        Assert.Equal(("transparency", "no reply yet"), (outcome.Draft.Area, outcome.Draft.Outcome));

        // A kind must be a kind: "record Togo submitted its report" is not outreach.
        Assert.Equal(OutreachAction.None, OutreachCommands.Parse("record Togo submitted its report on 3 May 2018").Action);
        Assert.Equal(OutreachAction.None, OutreachCommands.Parse("record letter of ratification deposited by Kenya on 1 December 2026").Action);
        Assert.Equal(OutreachAction.None, OutreachCommands.Parse("note call tomorrow").Action);
    }

    [Theory]
    [InlineData("mark contact 12 as done", OutreachAction.Close)]
    [InlineData("Mark contact #12 completed", OutreachAction.Close)]
    [InlineData("mark contact 12 as open", OutreachAction.Reopen)]
    [InlineData("contact 12 outcome: committed, follow up 20 January 2027", OutreachAction.Edit)]
    [InlineData("add a note to contact 12: they promised the report by January", OutreachAction.Edit)]
    public void Reads_changes_to_a_contact_written_plainly(string line, OutreachAction action)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal(action, command.Action);
        Assert.Equal(12, command.ContactId);
    }

    [Fact]
    public void A_note_is_added_and_fields_are_changed_as_written()
    {
        Assert.Equal("they promised the report by January", OutreachCommands.Parse("add a note to contact 12: they promised the report by January").Draft.AddNote);
        Assert.Equal("they asked for a template", OutreachCommands.Parse("note on contact 12: they asked for a template").Draft.AddNote);
        var last = OutreachCommands.Parse("delete my last contact");
        Assert.Equal((OutreachAction.Delete, (int?)null, true), (last.Action, last.ContactId, last.LatestOfMine));
        foreach (var undo in new[] { "undo my last contact", "undo the last log entry", "undo my last log" })
            Assert.Equal((OutreachAction.Delete, (int?)null, true), (OutreachCommands.Parse(undo).Action, OutreachCommands.Parse(undo).ContactId, OutreachCommands.Parse(undo).LatestOfMine));
        var edit = OutreachCommands.Parse("edit my latest contact: outcome: committed");
        Assert.Equal((OutreachAction.Edit, "committed", true), (edit.Action, edit.Draft.Outcome, edit.LatestOfMine));
        var free = OutreachCommands.Parse("contact 12: they replied positively");
        Assert.Equal((OutreachAction.Edit, 12, "they replied positively"), (free.Action, free.ContactId, free.Draft.AddNote));
        var fields = OutreachCommands.Parse("contact 12 outcome: committed, follow up 20 January 2027").Draft;
        Assert.Equal(("committed", "20 January 2027"), (fields.Outcome, fields.FollowUp));
    }

    [Fact]
    public void A_contact_day_without_a_year_is_the_latest_that_has_come()
    {
        var (values, errors) = ContactValidator.Validate(new ContactDraft { States = "Togo", Date = "1 December", Kind = "email", Area = "transparency" }, Resolver, Today);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        Assert.Equal(A.Day("2025-12-01"), values!.Date); // today is 25 Nov 2026: 1 December 2026 has not come
        Assert.Equal(A.Day("2026-11-20"), ContactValidator.Validate(new ContactDraft { States = "Togo", Date = "20 November", Kind = "email", Area = "transparency" }, Resolver, Today).Values!.Date);
    }

    [Theory]
    [InlineData("postpone follow-up on contact 12 to 15 December", "15 December")]
    [InlineData("snooze contact 12's follow-up by a week", "in a week")]
    [InlineData("push back the follow-up for contact 12 by two weeks", "in two weeks")]
    [InlineData("move the follow up of contact #12 until 3 January 2027", "3 January 2027")]
    public void A_follow_up_is_moved_as_written(string line, string followUp)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal((OutreachAction.Edit, 12, followUp), (command.Action, command.ContactId, command.Draft.FollowUp));
        Assert.Null(command.Draft.Outcome);
    }

    [Theory]
    [InlineData("set a follow-up for Togo next Friday", "Togo", "next Friday")]
    [InlineData("add a follow up with Lao PDR on 15 January", "Lao PDR", "15 January")]
    [InlineData("follow up with Chile and Peru in 2 weeks", "Chile and Peru", "in 2 weeks")]
    [InlineData("check back with Kenya end of January", "Kenya", "end of January")]
    [InlineData("push the Togo follow-up to January", "Togo", "January")]
    [InlineData("move Chile's follow-up by a week", "Chile", "in a week")]
    [InlineData("reschedule my Guinea-Bissau followup until 3 March 2027", "Guinea-Bissau", "3 March 2027")]
    public void A_follow_up_for_a_State_is_set_on_its_latest_open_contact(string line, string states, string followUp)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal((OutreachAction.Edit, (int?)null, true), (command.Action, command.ContactId, command.LatestWithStates));
        Assert.Equal((states, followUp), (command.Draft.States, command.Draft.FollowUp));
    }

    [Theory]
    [InlineData("follow up with Togo on its initial report")]
    [InlineData("follow up with Togo on the initial report")]
    [InlineData("follow-ups with Togo this month")]
    [InlineData("which follow-ups are due for Togo next week?")]
    public void A_follow_up_without_a_day_or_asked_about_is_not_set(string line)
    {
        Assert.False(OutreachCommands.Parse(line).LatestWithStates);
    }

    [Theory]
    [InlineData("close contacts 1 and 2", OutreachAction.Close, new[] { 1, 2 })]
    [InlineData("close contact 3, 4 and 7", OutreachAction.Close, new[] { 3, 4, 7 })]
    [InlineData("mark contacts 5 & 6 as done", OutreachAction.Close, new[] { 5, 6 })]
    [InlineData("mark contacts #5, #6 as open", OutreachAction.Reopen, new[] { 5, 6 })]
    [InlineData("delete contacts 8 and 9", OutreachAction.Delete, new[] { 8, 9 })]
    [InlineData("show contacts 1, 2", OutreachAction.Show, new[] { 1, 2 })]
    [InlineData("close contact 12", OutreachAction.Close, new[] { 12 })]
    public void A_command_on_several_contacts_names_each(string line, OutreachAction action, int[] ids)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal(action, command.Action);
        Assert.Equal(ids, command.ContactIds);
    }

    [Theory]
    [InlineData("what was the outcome of contact 12?")]
    [InlineData("what's the status of contact 12")]
    [InlineData("outcome of contact #12")]
    [InlineData("what happened with contact 12?")]
    [InlineData("contact 12?")]
    public void A_question_about_one_contact_shows_it(string line)
    {
        var command = OutreachCommands.Parse(line);
        Assert.Equal(OutreachAction.Show, command.Action);
        Assert.Equal(12, command.ContactId);
    }
}
