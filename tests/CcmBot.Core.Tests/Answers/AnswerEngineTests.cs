using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public sealed class AnswerEngineTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [
            A.State("MDG", "Madagascar", "Africa", deposited: "2017-05-20"),
            A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"),
            A.State("LAO", "Lao People's Democratic Republic", "Asia", deposited: "2009-03-18"),
            A.State("LTU", "Lithuania", "Europe", deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06"),
            A.Signatory("COD", "Democratic Republic of the Congo"),
            A.State("AUT", "Austria", "Europe", deposited: "2009-04-02"),
            A.State("AUS", "Australia", "Pacific", deposited: "2012-10-08"),
        ],
        aliases: [new("LAO", "Lao PDR"), new("LAO", "Laos"), new("COD", "DRC")],
        evidence: [A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedOn, "2011-01-25", "LAO", "Monitor Lao PDR profile")],
        figures: [new ReportedFigure("membership", "states_parties", PartialDate.Parse("2017-06-30"), 6, null, null, new Provenance("seed 002 §3", PartialDate.Parse("2017-06-30")))]);

    static Answer Ask(string text) => new AnswerEngine().Answer(text, Data, Today);

    [Theory]
    [InlineData("Lausanne action plan action 47 — who hasn't done it?", null, true)]
    [InlineData("which States have met LAP action 47?", null, false)]
    [InlineData("which States Parties have adopted national legislation?", Article9Category.SpecificLegislation, false)]
    [InlineData("how many States have specific CCM legislation?", Article9Category.SpecificLegislation, false)]
    [InlineData("who has enacted a dedicated law?", Article9Category.SpecificLegislation, false)]
    [InlineData("which States have not adopted legislation?", null, true)]
    [InlineData("who is still drafting legislation?", Article9Category.InProcess, false)]
    public void Article_9_questions_name_the_status_asked_about(string question, Article9Category? category, bool lacking)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal(Intent.Article9, parsed.Intent);
        Assert.Equal(category, parsed.Article9Category);
        Assert.Equal(lacking, parsed.Article9Lacking);
    }

    [Theory]
    [InlineData("who owes us a reply?", false)]
    [InlineData("who still hasn't replied?", false)]
    [InlineData("which States are we waiting to hear from?", false)]
    [InlineData("pending replies", false)]
    [InlineData("states we haven't heard back from", false)]
    [InlineData("which missions have we had no word from?", false)]
    [InlineData("who have we not had a reply from?", false)]
    [InlineData("which of my contacts have not been answered yet?", true)]
    public void Waiting_for_a_reply_is_the_open_contacts_with_no_answer(string question, bool mine)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.OutreachContacts, true, CcmBot.Core.Outreach.ContactOutcome.NoResponse, mine), (parsed.Intent, parsed.OpenOnly, parsed.ContactOutcome, parsed.Mine));
        Assert.Empty(parsed.States);
        Assert.Equal(Intent.OutreachContacts, new RuleBasedQuestionParser().Parse("has Norway replied?", Today, Data.Resolver).Intent);
        Assert.Equal(Intent.OverdueReports, new RuleBasedQuestionParser().Parse("who hasn't reported?", Today, Data.Resolver).Intent);
    }

    [Theory]
    [InlineData("which States Parties have deadlines this month?")]
    [InlineData("which States have deadlines in 2027?")]
    [InlineData("what falls due next year?")]
    public void Deadlines_in_a_period_are_what_falls_due_then_not_a_list_of_States(string question) =>
        Assert.Equal(Intent.ComingUp, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);

    [Theory]
    [InlineData("Kosovo", "I could not find a State called \"Kosovo\"")]
    [InlineData("Taiwan?", "I could not find a State called \"Taiwan\"")]
    [InlineData("blah blah", "Sorry, I did not understand that.")]
    [InlineData("Outreach", "No contacts in the outreach log.")] // a word of the help is never taken for a name
    [InlineData("Milestones", "No milestone in CcmBot's data.")]
    public void A_name_alone_that_is_no_State_is_said_to_be_not_found(string question, string start) =>
        Assert.StartsWith(start, Ask(question).Text);

    [Theory]
    [InlineData("quels États sont en retard ?", "French")]
    [InlineData("qui est le coordinateur pour l'universalisation ?", "French")]
    [InlineData("¿qué estados están atrasados?", "Spanish")]
    public void A_question_in_French_or_Spanish_is_told_that_questions_are_read_in_English_with_examples(string question, string language)
    {
        var answer = Ask(question);
        Assert.StartsWith($"Sorry, I read questions in English only, and that looks like {language}. In English, for example:", answer.Text);
        Assert.Equal(4, Assert.IsType<NotUnderstoodModel>(answer.Model).Suggestions.Count);
    }

    [Theory]
    [InlineData("who are you?")]
    [InlineData("what is CcmBot?")]
    [InlineData("introduce yourself")]
    public void Asking_what_the_bot_is_gets_the_help(string question) =>
        Assert.Equal(Intent.Help, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);

    [Theory]
    [InlineData("what's Austria's EIF date?")]
    [InlineData("date of ratification for Austria")]
    [InlineData("Austria ratification date")]
    [InlineData("entry into force date Austria")]
    [InlineData("when did Austria ratify?")]
    public void A_day_of_membership_asked_as_a_thing_comes_first(string question) =>
        Assert.StartsWith("Austria signed the Convention on 3 Dec 2008 and deposited its instrument of ratification on 2 Apr 2009; the Convention entered into force for it on 1 Aug 2010", Ask(question).Text);

    [Theory]
    [InlineData("what did the 11MSP decide on Norway?")]
    [InlineData("what was decided for Norway at 11MSP?")]
    [InlineData("what did Norway request?")]
    [InlineData("what has Norway asked for?")]
    public void What_a_meeting_decided_on_a_State_is_that_States_extensions(string question)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.StateProfile, ObligationView.Extensions, "NOR"), (parsed.Intent, parsed.View, parsed.States.Single().Iso3));
        Assert.Equal(Intent.Meetings, new RuleBasedQuestionParser().Parse("when was the 11MSP?", Today, Data.Resolver).Intent);
    }

    [Fact]
    public void Retained_cluster_munitions_are_the_Article_3_6_records_with_their_date_and_source()
    {
        var seed = new Provenance("seed 002 §26", PartialDate.Parse("2017-06-30"));
        var data = new TreatyData([A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"), A.State("AUT", "Austria", "Europe", deposited: "2009-04-02")],
            articleSnapshots:
            [
                new ArticleSnapshot("NOR", "3.8", "retaining", PartialDate.Parse("2017-06-30"), null, ["retains_or_retained"], "Keeps munitions for training.", seed),
                new ArticleSnapshot("AUT", "3", "current", PartialDate.Parse("2017-06-30"), null, [], null, seed),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        var all = Ask("who retains cluster munitions for training?");
        Assert.StartsWith("As of 25 Nov 2026: 1 State recorded as retaining cluster munitions or submunitions for training or counter-measures (Art. 3(6)), by the latest record (30 Jun 2017): Norway.", all.Text);
        Assert.Contains("- Norway: retaining; Keeps munitions for training. (as of 30 Jun 2017)", all.Text);
        Assert.Contains("Note: CcmBot's retention records run to 30 Jun 2017", all.Text);
        Assert.Contains("seed 002 §26", all.Text);
        Assert.StartsWith("As of 25 Nov 2026: CcmBot's data record no retention of cluster munitions by Austria (Art. 3(6))", Ask("does Austria retain cluster munitions?").Text);
        Assert.StartsWith("As of 31 Dec 2015: CcmBot's data record no retention of cluster munitions by any State Party (Art. 3(6)); its retention records are as of 30 Jun 2017.", Ask("retention as of 2015").Text);
    }

    [Fact]
    public void What_happened_in_a_past_period_lists_who_joined_or_left_then_and_what_fell_due()
    {
        var joined = Ask("what happened in 2017?");
        Assert.StartsWith("As of 25 Nov 2026, between 1 Jan 2017 and 31 Dec 2017: 1 instrument of joining or withdrawal", joined.Text);
        Assert.Contains("- Madagascar: ratification deposited 20 May 2017; in force from 1 Nov 2017 (Art. 17)", joined.Text);
        Assert.Contains("- Lithuania: withdrawal took effect 6 Mar 2025", Ask("what happened in 2025?").Text);
        // A period to come is what falls due, with nothing about joining.
        Assert.DoesNotContain("Joined or left", Ask("what happens in 2027?").Text);
    }

    [Theory]
    [InlineData("which States have I not followed up with?", true)]
    [InlineData("who haven't we followed up on?", false)]
    public void Not_followed_up_is_the_open_follow_ups_past_their_date(string question, bool mine)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.FollowUps, true, true, mine), (parsed.Intent, parsed.OpenOnly, parsed.OverdueOnly, parsed.Mine));
    }

    [Fact]
    public void How_many_meetings_were_held_counts_by_their_numbering_and_names_gaps_in_the_records()
    {
        Meeting M(string id, string kind, string start) => new(id, id, kind, null, PartialDate.Parse(start), PartialDate.Parse(start), null, A.Source);
        var data = new TreatyData([A.State("NOR", "Norway", "Europe", deposited: "2008-12-03")],
            meetings: [M("1MSP", "ccm_msp", "2010-11"), M("2MSP", "ccm_msp", ""), M("4MSP", "ccm_msp", "2013-09"), M("1RC", "ccm_rc", "2015-09-07"), M("5MSP", "ccm_msp", "2030-09-01")]);
        var answer = new AnswerEngine().Answer("how many MSPs have there been?", data, Today);
        Assert.StartsWith("By 25 Nov 2026: 4 Meetings of States Parties (the latest held: 4MSP, September 2013); 2MSP is recorded without a date; " +
                          "CcmBot's data have no record of 3MSP; 1 Review Conference (the latest held: 1RC, 7 Sep 2015).", answer.Text);
        Assert.Equal(Intent.Meetings, new RuleBasedQuestionParser().Parse("how many review conferences have been held?", Today, Data.Resolver).Intent);
    }

    [Theory]
    [InlineData("meetings")]
    [InlineData("all MSPs")]
    [InlineData("review conferences")]
    [InlineData("meetings so far")]
    public void Meetings_named_alone_are_every_meeting_on_record(string question)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.Meetings, null, false, false), (parsed.Intent, parsed.MeetingId, parsed.NextOnly, parsed.CountsMeetings));
    }

    [Fact]
    public void The_share_that_reported_this_year_is_the_rate_of_this_year_s_round() =>
        Assert.Equal(Intent.ReportingRate, new RuleBasedQuestionParser().Parse("what percentage of States Parties have reported this year?", Today, Data.Resolver).Intent);

    [Theory]
    [InlineData("who is responsible for the NIM plan?", "National implementation")]
    [InlineData("which coordinator covers Article 7?", "Transparency")]
    [InlineData("who leads on universalization?", "Universalization")]
    [InlineData("who's in charge of victim assistance?", "Victim assistance")]
    [InlineData("who coordinates Art. 4?", "Clearance")]
    public void Who_is_responsible_for_an_area_or_article_is_its_coordinators(string question, string area)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.Coordinators, area), (parsed.Intent, parsed.Area));
    }

    [Theory]
    [InlineData("Norway at the 1RC", "1RC")]
    [InlineData("what did the 1RC report say about Norway?", "1RC")]
    [InlineData("Norway's status at 1RC", "1RC")]
    public void A_State_at_a_meeting_is_that_State_as_it_stood_then(string question, string meeting)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal(meeting, parsed.AsOfMeeting);
        Assert.NotEqual(Intent.Meetings, parsed.Intent);
        Assert.NotEqual(Intent.OutreachContacts, parsed.Intent);
    }

    [Theory]
    [InlineData("how many States Parties in Europe and Asia?")]
    [InlineData("which region has more States Parties, Europe or Asia?")]
    public void Two_regions_named_are_each_counted_not_the_first_alone(string question)
    {
        var answer = Ask(question);
        Assert.Contains("- Asia: 1 State Party (1 in force), 0 signatories", answer.Text);
        Assert.Contains("- Europe: 2 States Parties (2 in force), 0 signatories", answer.Text);
        Assert.DoesNotContain("- Pacific:", answer.Text);
        Assert.Contains("Most States Parties: Europe (2); fewest: Asia (1).", answer.Text);
        Assert.DoesNotContain("only.", answer.Text);
    }

    [Theory]
    [InlineData("which States are in the Pacific?", "Pacific")]
    [InlineData("countries in Africa", "Africa")]
    [InlineData("who is in Europe?", "Europe")]
    [InlineData("list the states in Asia", "Asia")]
    public void A_region_alone_is_its_States_Parties(string question, string region)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.MembershipList, region), (parsed.Intent, parsed.Region));
    }

    [Theory]
    [InlineData("how are we doing on the LAP?", "LAP")]
    [InlineData("where do we stand on the DAP?", "DAP")]
    [InlineData("are we on track with the NIM plan?", "NIM")]
    [InlineData("LAP implementation update", "LAP")]
    public void How_a_plan_is_going_is_its_milestones(string question, string plan)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.Milestones, plan), (parsed.Intent, parsed.Plan));
    }

    [Theory]
    [InlineData("What are the NIM milestones for 2017?")]
    [InlineData("NIM milestones due in 2017")]
    [InlineData("NIM milestones 2017")]
    public void A_plan_s_milestones_for_a_year_are_those_due_in_it(string question)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.Milestones, "NIM", new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31)), (parsed.Intent, parsed.Plan, parsed.Window?.From, parsed.Window?.To));
    }

    [Theory]
    [InlineData("what is overdue in the Vientiane Action Plan?")]
    [InlineData("which actions of the Vientiane Action Plan are due in 2027?")]
    [InlineData("next milestone in the Vientiane Action Plan")]
    [InlineData("what did we complete in the Vientiane Action Plan this year?")]
    public void An_action_plan_CcmBot_has_no_milestones_of_is_said_to_be_missing_with_the_plans_it_has(string question) =>
        Assert.StartsWith("No milestone in the Vientiane Action Plan in CcmBot's data.", Ask(question).Text);

    [Theory]
    [InlineData("Article 6")]
    [InlineData("cooperation")]
    [InlineData("cooperation and assistance requests")]
    [InlineData("who requested assistance?")]
    public void Cooperation_records_are_said_to_be_missing_with_what_the_data_hold(string question)
    {
        Assert.Equal(Intent.Cooperation, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);
        var model = Assert.IsType<NotUnderstoodModel>(Ask(question).Model);
        Assert.StartsWith("CcmBot's data hold no records under Article 6 (international cooperation and assistance)", model.Message);
        Assert.Contains(model.Suggestions, s => s.Label == "Who coordinates cooperation?");
    }

    [Theory]
    [InlineData("who coordinates cooperation?", Intent.Coordinators)]
    [InlineData("what does Article 6 require?", Intent.Rules)]
    [InlineData("victim assistance", Intent.ArticleObligations)]
    public void Cooperation_asked_of_its_coordinators_or_rule_keeps_its_answer(string question, Intent intent) =>
        Assert.Equal(intent, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);

    [Fact]
    public void The_share_of_States_Parties_in_a_region_is_its_count_against_all_of_them()
    {
        // Five States Parties in the test data on 25 Nov 2026 (Lithuania withdrew), one in Africa.
        var answer = Ask("what percentage of States Parties are in Africa?");
        Assert.StartsWith("Africa: 1 of the 5 States Parties (20%) as of 25 Nov 2026.", answer.Text);
        Assert.Contains("Africa only. As of 25 Nov 2026: 1 State", answer.Text);
    }

    [Theory]
    [InlineData("which States are in arrears?")]
    [InlineData("who has paid their contributions?")]
    [InlineData("what is the ISU budget?")]
    [InlineData("which States owe money to the ISU?")]
    [InlineData("what do we owe the ISU?")]
    [InlineData("who has not paid for the meeting?")]
    public void Money_is_said_to_be_outside_the_data_with_what_the_data_hold_about_owing(string question)
    {
        var answer = Ask(question);
        var model = Assert.IsType<NotUnderstoodModel>(answer.Model);
        Assert.StartsWith("CcmBot's data hold no financial records", model.Message);
        Assert.Contains(model.Suggestions, s => s.Text == "who is overdue with reports?");
        // Asked about a contact, it is the outreach log's; owing a report is not money.
        Assert.Equal(Intent.OutreachContacts, new RuleBasedQuestionParser().Parse("what did Norway say about funding?", Today, Data.Resolver).Intent);
        Assert.Equal(Intent.OverdueReports, new RuleBasedQuestionParser().Parse("who owes a report?", Today, Data.Resolver).Intent);
    }

    [Theory]
    [InlineData("help outreach", "Outreach log")]
    [InlineData("help with reminders", "Reminders")]
    [InlineData("how do I log a démarche?", "Outreach log")]
    [InlineData("how do I record a ratification?", "Keeping the data true")]
    [InlineData("how can I export a list to Excel?", "Reporting at a glance")]
    [InlineData("how do I set up a weekly digest?", "Reminders")]
    public void A_how_to_is_the_help_of_its_topic_with_every_example(string question, string topic)
    {
        var answer = Ask(question);
        var model = Assert.IsType<HelpModel>(answer.Model);
        Assert.Equal(topic, Assert.Single(model.Topics).Title);
        Assert.StartsWith($"{topic}: ", answer.Text);
        Assert.All(model.Topics[0].Examples, e => Assert.Contains($"- \"{e}\"", answer.Text));
    }

    [Theory]
    [InlineData("how do I contact the ISU?")]
    [InlineData("how long has Togo been overdue?")]
    [InlineData("can I get the signatories in Excel?")]
    [InlineData("help")]
    public void Other_how_questions_and_plain_help_keep_their_answer(string question) =>
        Assert.NotEqual(1, (Ask(question).Model as HelpModel)?.Topics.Count);

    [Theory]
    [InlineData("which P5 members are party?", "the P5")]
    [InlineData("EU member states not party", "the EU")]
    [InlineData("how many NATO countries have signed?", "NATO")]
    [InlineData("which nato members are in?", "NATO")]
    [InlineData("which ASEAN states have joined?", "ASEAN")]
    public void A_political_grouping_is_said_to_be_outside_the_data_which_hold_regions(string question, string grouping)
    {
        var model = Assert.IsType<NotUnderstoodModel>(Ask(question).Model);
        Assert.StartsWith($"CcmBot's data place States by region (Africa, Americas, Asia, Europe, Middle East, Pacific), not by political grouping, so they cannot say which States belong to {grouping}.", model.Message);
        Assert.Contains(model.Suggestions, s => s.Text == "which States in Europe are not party?");
    }

    [Theory]
    [InlineData("Lao PDR")]
    [InlineData("States Parties in Europe")]
    [InlineData("who is the coordinator for universalization?")]
    public void Questions_without_a_grouping_keep_their_answer(string question) =>
        Assert.NotEqual(Intent.Groupings, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);

    [Theory]
    [InlineData("who did I meet this week?", CcmBot.Core.Outreach.ContactKind.BilateralMeeting, true)]
    [InlineData("which States have we called this month?", CcmBot.Core.Outreach.ContactKind.Call, false)]
    [InlineData("who did we email yesterday?", CcmBot.Core.Outreach.ContactKind.Email, false)]
    [InlineData("which missions have we written to?", null, false)]
    public void Who_was_met_called_or_written_to_is_the_outreach_log_of_that_kind(string question, CcmBot.Core.Outreach.ContactKind? kind, bool mine)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.OutreachContacts, kind, mine, kind is null), (parsed.Intent, parsed.ContactKind, parsed.Mine, parsed.WrittenOnly));
    }

    [Fact]
    public void A_meeting_named_for_context_does_not_date_the_question()
    {
        var parsed = new RuleBasedQuestionParser().Parse("I'm preparing the 14MSP progress report, which States still haven't submitted their initial reports and when were they due?", Today, Data.Resolver);
        Assert.Equal((Intent.OverdueReports, (string?)null), (parsed.Intent, parsed.AsOfMeeting));
        Assert.Equal("7MSP", new RuleBasedQuestionParser().Parse("who was overdue with initial reports when the 7MSP opened?", Today, Data.Resolver).AsOfMeeting);
    }

    [Theory]
    [InlineData("States Parties")]
    [InlineData("state parties on 1 August 2010")]
    [InlineData("States Parties as of 1/8/2010")]
    [InlineData("all States Parties to the Convention")]
    [InlineData("we need a list of all 112 States Parties with their EIF dates")]
    public void States_Parties_named_alone_are_the_list(string question) =>
        Assert.Equal(Intent.MembershipList, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);

    [Theory]
    [InlineData("annual reports?", ReportScope.Annual)]
    [InlineData("what about initial reports?", ReportScope.Initial)]
    [InlineData("transparency reports", ReportScope.Both)]
    [InlineData("reporting", ReportScope.Both)]
    [InlineData("Article 7", ReportScope.Both)]
    [InlineData("transparency reporting", ReportScope.Both)]
    public void Reports_named_alone_ask_who_owes_them(string question, ReportScope scope)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.OverdueReports, scope), (parsed.Intent, parsed.Reports));
    }

    [Fact]
    public void Counts_States_Parties_separating_deposited_from_in_force()
    {
        var answer = Ask("how many States Parties were there on 30 June 2017?");
        var model = Assert.IsType<MembershipCountModel>(answer.Model);
        Assert.Equal(A.Day("2017-06-30"), model.AsOf);
        Assert.Equal(6, model.StatesParties); // NOR, LAO, LTU, AUT, AUS in force; MDG deposited
        Assert.Equal(5, model.InForce);
        Assert.Equal("MDG", Assert.Single(model.NotYetInForceStates).Iso3);
        Assert.Equal(1, model.Signatories);
        Assert.Contains("6 States Parties", answer.Text);
        Assert.Contains("in force from 1 Nov 2017", answer.Text);
        Assert.Contains("seed 002 §3 reports 6 states parties (30 Jun 2017): the same", answer.Text);
        Assert.Contains("Art. 17", answer.Text);
        Assert.Contains("Source:", answer.Text);
    }

    [Fact]
    public void A_withdrawn_State_no_longer_counts()
    {
        var model = Assert.IsType<MembershipCountModel>(Ask("how many states parties are there").Model);
        Assert.Equal(5, model.StatesParties);
        Assert.Equal(1, model.Withdrawn);
        Assert.Contains(model.Caveats, c => c.Contains("run to 23 Jan 2026"));
    }

    [Fact]
    public void Profile_of_a_State_for_a_past_date_gives_dates_rules_and_sources()
    {
        var answer = Ask("tell me about Madagascar as of 30 June 2017");
        var model = Assert.IsType<StateProfileModel>(answer.Model);
        Assert.Equal(MembershipStatus.StatePartyNotYetInForce, model.Membership.Status);
        Assert.Contains("deposited 20 May 2017", answer.Text);
        Assert.Contains("Entry into force: 1 Nov 2017", answer.Text);
        var initial = model.Obligations.First(o => o.Rule == Rules.InitialReport);
        Assert.Equal(ObligationStatus.NotYetDue, initial.Status);
        Assert.Equal(A.Day("2018-04-30"), initial.Deadline);
        Assert.Contains("due 30 Apr 2018", answer.Text);
        Assert.Contains("Art. 7(1)", answer.Text);
        Assert.Contains("Sources:", answer.Text);
    }

    [Theory]
    [InlineData("Lao PDR status", "LAO")]
    [InlineData("LAOS?", "LAO")]
    [InlineData("what do we know about the DRC?", "COD")]
    [InlineData("tell me about Madagscar", "MDG")]
    public void Profiles_resolve_aliases_and_typos(string question, string iso3) =>
        Assert.Equal(iso3, Assert.IsType<StateProfileModel>(Ask(question).Model).State.Iso3);

    [Fact]
    public void A_recorded_submission_shows_as_met_with_its_source()
    {
        var answer = Ask("tell me about Lao PDR");
        var model = Assert.IsType<StateProfileModel>(answer.Model);
        var initial = model.Obligations.First(o => o.Rule == Rules.InitialReport);
        Assert.Equal(ObligationStatus.Met, initial.Status);
        Assert.Contains(model.Sources, s => s.Contains("Monitor Lao PDR profile"));
    }

    [Fact]
    public void A_signatory_owes_no_report()
    {
        var model = Assert.IsType<StateProfileModel>(Ask("DRC").Model);
        Assert.Equal(MembershipStatus.Signatory, model.Membership.Status);
        Assert.Equal(ObligationStatus.NotApplicable, model.Obligations.First(o => o.Rule == Rules.InitialReport).Status);
    }


    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("what can you do")]
    [InlineData("")]
    public void Help_lists_what_it_answers_with_examples(string question)
    {
        var model = Assert.IsType<HelpModel>(Ask(question).Model);
        Assert.All(model.Topics, t => Assert.NotEmpty(t.Examples));
    }

    [Theory]
    [InlineData("what's the weather like")]
    [InlineData("{\"$where\": \"1==1\"}")]
    [InlineData("'; DROP TABLE states; --")]
    public void What_it_cannot_read_gets_a_short_message_with_suggestions(string question)
    {
        var answer = Ask(question);
        var model = Assert.IsType<NotUnderstoodModel>(answer.Model);
        Assert.NotEmpty(model.Suggestions);
        Assert.StartsWith("Sorry, I did not understand", answer.Text);
    }

    [Fact]
    public void A_suggestion_is_offered_once_even_when_two_help_topics_give_it()
    {
        // "what is overdue in the NIM plan?" is an example under action plans and under Article 9.
        var suggestions = Assert.IsType<NotUnderstoodModel>(Ask("what is in the").Model).Suggestions.Select(s => s.Text).ToList();
        Assert.Equal(suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Count(), suggestions.Count);
    }

    [Fact]
    public void A_name_that_is_no_State_gets_suggestions()
    {
        var answer = Ask("tell me about Narnia");
        var model = Assert.IsType<NotUnderstoodModel>(answer.Model);
        Assert.Contains("could not find a State called \"narnia\"", answer.Text);
        Assert.Contains("among the 7 States", answer.Text);
        _ = model;
    }

    [Fact]
    public void Two_equally_close_States_are_asked_back()
    {
        var data = new TreatyData([A.State("TES", "Testland"), A.State("TOS", "Tostland")]);
        var answer = new AnswerEngine().Answer("tell me about Tastland as of 1 May 2015", data, Today);
        var model = Assert.IsType<ChooseStateModel>(answer.Model);
        Assert.Equal(["Testland", "Tostland"], model.Choices.Select(c => c.Label).Order().ToArray());
        Assert.Contains(model.Choices, c => c.Text == "tell me about Testland as of 1 May 2015");
    }

    [Theory]
    [InlineData("who is overdue as of 9999-12-31?")]
    [InlineData("tell me about Testland as of 0001-01-01")]
    [InlineData("who have we not contacted about overdue reports as of 0001-01-01?")]
    [InlineData("Article 4 deadlines after 9999-12-30")]
    public void Dates_outside_the_answerable_years_get_a_polite_refusal(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("I can answer for dates from 1900 to 2199", answer.Text);
    }

    [Theory]
    [InlineData("my open follow-ups", true)]
    [InlineData("follow-ups due this week", false)]
    [InlineData("who is overdue?", false)]
    [InlineData("tell me about Lao PDR", false)]
    public void Knows_which_answers_depend_on_who_asks(string question, bool personal) =>
        Assert.Equal(personal, new AnswerEngine().DependsOn(question, Data, Today).Personal);

    [Theory]
    [InlineData("follow-ups due this week", true)]
    [InlineData("what démarches have we made to Madagascar?", true)]
    [InlineData("what did we send to Madagascar last month?", true)]
    [InlineData("what have we done with Norway?", true)]
    [InlineData("who have we not contacted about overdue reports?", true)]
    [InlineData("tell me about Madagascar", true)]
    [InlineData("who is overdue?", false)]
    [InlineData("Article 4 deadlines before 2027", false)]
    [InlineData("how many States Parties?", false)]
    public void Knows_which_answers_read_the_outreach_log(string question, bool reads) =>
        Assert.Equal(reads, new AnswerEngine().DependsOn(question, Data, Today).ReadsOutreachLog);

    [Theory]
    [InlineData("who is overdue as of 31 Juen 2017")]
    [InlineData("how many States Parties as of 30 Jnue 2017?")]
    [InlineData("tell me about Lao PDR as at sometime")]
    public void A_date_it_cannot_read_is_said_not_replaced_by_today(string question) =>
        Assert.StartsWith("I could not read the date in \"as ", Ask(question).Text);

    [Fact]
    public void Pending_extension_requests_are_those_no_later_grant_decided()
    {
        var data = new TreatyData(
            [A.State("AAA", "Aland", deposited: "2010-01-05"), A.State("BBB", "Borduria", deposited: "2010-01-05")],
            obligationEvents:
            [
                A.Event(4, ObligationEventKind.ObligationDeclared, "2011-01-01", iso3: "AAA"),
                A.Event(4, ObligationEventKind.ObligationDeclared, "2011-01-01", iso3: "BBB"),
                A.Event(4, ObligationEventKind.ExtensionRequested, "2024-03-01", "2030-08-01", iso3: "AAA"),
                A.Event(4, ObligationEventKind.ExtensionRequested, "2023-03-01", "2028-08-01", iso3: "BBB"),
                A.Event(4, ObligationEventKind.ExtensionGranted, "2023-09-14", "2028-08-01", iso3: "BBB", grantedBy: "11MSP"),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        var pending = Ask("pending clearance extension requests");
        Assert.StartsWith("As of 25 Nov 2026: Art. 4 (clearance): 1 extension request with no recorded outcome (Aland)", pending.Text);
        Assert.Equal(["Aland"], Assert.IsType<ListAnswerModel>(pending.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label));

        var all = Assert.IsType<ListAnswerModel>(Ask("article 4 extensions").Model).Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal(["requested, granted later", "granted", "requested"], all.Select(r => r.Status));
        // Before the grant, Borduria's request was still open.
        Assert.Contains("(Borduria)", Ask("pending clearance extension requests as of 1 June 2023").Text);
    }

    [Fact]
    public void What_falls_due_before_a_meeting_runs_to_its_opening_or_the_next_12_months_without_its_date()
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2017-01-05")],
            obligationEvents: [A.Event(4, ObligationEventKind.ObligationDeclared, "2018-01-01", iso3: "AAA"), A.Event(4, ObligationEventKind.OriginalDeadline, "2017-07-01", "2027-07-01", iso3: "AAA")],
            meetings: [new Meeting("3RC", "Third Review Conference", "ccm_rc", "Vientiane", PartialDate.Parse("2027-09-14"), PartialDate.Parse("2027-09-18"), null, A.Source)]);
        var dated = new AnswerEngine().Answer("what falls due between now and the 3RC?", data, Today);
        Assert.StartsWith("As of 25 Nov 2026, due between 25 Nov 2026 and 13 Sep 2027:", dated.Text);
        var undated = new AnswerEngine().Answer("what falls due between now and the 14MSP?", data, Today);
        Assert.StartsWith("CcmBot has no date for the 14MSP, so this is what falls due in the next 12 months instead. As of 25 Nov 2026, due between 25 Nov 2026 and 24 Nov 2027:", undated.Text);
        Assert.True(undated.Text.Contains("Aland"), undated.Text);
    }

    [Theory]
    [InlineData("which requests will the 14MSP consider?", "CcmBot has no record of the 14MSP's dates or agenda")]
    [InlineData("what extension requests are before the next MSP?", null)]
    [InlineData("requests to be decided at the 14MSP", "CcmBot has no record of the 14MSP's dates or agenda")]
    [InlineData("which extension requests will the 3RC consider?", "The 3RC opens on 14 Sep 2027; its agenda is not in CcmBot's data")]
    public void Requests_a_meeting_ahead_will_consider_are_those_with_no_recorded_decision(string question, string? note)
    {
        var data = new TreatyData(
            [A.State("AAA", "Aland", deposited: "2010-01-05"), A.State("BBB", "Borduria", deposited: "2010-01-05")],
            obligationEvents:
            [
                A.Event(4, ObligationEventKind.ExtensionRequested, "2025", "2030-08-01", iso3: "AAA", grantedBy: "13MSP (outcome not found)"),
                A.Event(4, ObligationEventKind.ExtensionRequested, "2023-03-01", "2028-08-01", iso3: "BBB"),
                A.Event(4, ObligationEventKind.ExtensionGranted, "2023-09-14", "2028-08-01", iso3: "BBB", grantedBy: "11MSP"),
            ],
            meetings: [new Meeting("3RC", "Third Review Conference", "ccm_rc", "Vientiane", PartialDate.Parse("2027-09-14"), PartialDate.Parse("2027-09-18"), null, A.Source)]);
        var answer = new AnswerEngine().Answer(question, data, Today);
        Assert.StartsWith("As of 25 Nov 2026: Art. 3 (stockpile destruction): 0 extension requests with no recorded outcome; Art. 4 (clearance): 1 extension request with no recorded outcome (Aland)", answer.Text);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        if (note is null) Assert.DoesNotContain(model.Notes, n => n.Contains("agenda"));
        else Assert.Contains(model.Notes, n => n.StartsWith(note, StringComparison.Ordinal) && n.EndsWith("the requests listed have no recorded decision, so they are the ones that may come before it.", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_coming_up_gathers_every_kind_of_deadline_in_the_window_and_only_those()
    {
        var data = new TreatyData(
            [
                A.State("AAA", "Aland", deposited: "2010-01-05"),
                // Deposited 10 Apr 2026: in force 1 Oct 2026, initial report due 30 Mar 2027.
                A.State("NEW", "Newland", deposited: "2026-04-10"),
            ],
            obligationEvents:
            [
                A.Event(4, ObligationEventKind.ObligationDeclared, "2011-01-01", iso3: "AAA"),
                A.Event(4, ObligationEventKind.ExtensionGranted, "2021-09-20", "2027-02-01", iso3: "AAA", grantedBy: "2RC"),
            ],
            meetings: [new Meeting("14MSP", "Fourteenth Meeting of States Parties", "ccm_msp", null, PartialDate.Parse("2027-09-06"), PartialDate.Parse("2027-09-09"), null, A.Source)],
            milestones:
            [
                new Milestone("LAP", "9", "Report on progress", "by end January 2027", MilestoneTargetType.Date, PartialDate.Parse("2027-01-31"), null, null, null, A.Source),
                new Milestone("LAP", "10", "A later step", "by end 2028", MilestoneTargetType.Date, PartialDate.Parse("2028-12-31"), null, null, null, A.Source),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        // Today is 25 Nov 2026: the next 90 days run to 23 Feb 2027.
        var next90 = Ask("what's due?");
        Assert.StartsWith("As of 25 Nov 2026, due between 25 Nov 2026 and 23 Feb 2027 (the next 90 days): 1 Art. 4 (clearance) deadline and 1 action-plan milestone.", next90.Text);
        Assert.Contains("- Aland: ", next90.Text);
        Assert.Contains("- LAP 9: Report on progress", next90.Text);
        Assert.DoesNotContain("Newland", next90.Text);
        Assert.DoesNotContain("LAP 10", next90.Text);

        var sixMonths = Ask("anything coming up in the next 6 months?");
        Assert.Contains("2 Art. 7 reporting deadlines", sixMonths.Text);
        Assert.Contains("- Newland: initial report, not yet due; due 30 Mar 2027", sixMonths.Text);
        Assert.Contains("- Annual reports for 2026: due 30 Apr 2027", sixMonths.Text);

        var in2027 = Assert.IsType<ListAnswerModel>(Ask("what is due in 2027").Model);
        Assert.Equal(["Art. 4 (clearance): deadlines", "Action-plan milestones", "Art. 7 reports falling due", "Meetings"], in2027.Groups.Select(g => g.Title));
        Assert.Contains("14MSP: Fourteenth Meeting of States Parties", in2027.Groups[3].Rows[0].Label);

        var quiet = Ask("what is due next month?");
        Assert.StartsWith("As of 25 Nov 2026: nothing in CcmBot's data falls due between 1 Dec 2026 and 31 Dec 2026", quiet.Text);
        // A State named is its profile, not the calendar; with a period named, its own deadlines in that period.
        Assert.IsType<StateProfileModel>(Ask("what is due for Aland?").Model);
        var alandIn2027 = Ask("anything due for Newland in 2027?");
        Assert.StartsWith("As of 25 Nov 2026, due for Newland between 1 Jan 2027 and 31 Dec 2027: 2 Art. 7 reporting deadlines.", alandIn2027.Text);
        Assert.Contains("- Newland: initial report, not yet due; due 30 Mar 2027", alandIn2027.Text);
        Assert.Contains("- Newland: annual report for 2026; due 30 Apr 2027; owed by CcmBot's rule", alandIn2027.Text);
        Assert.DoesNotContain("Aland", alandIn2027.Text);
        Assert.DoesNotContain("LAP 9", alandIn2027.Text);
        Assert.DoesNotContain("14MSP", alandIn2027.Text);
        Assert.StartsWith("As of 25 Nov 2026, due for Newland between 1 Jan 2027 and 31 Dec 2027", Ask("Newland deadlines next year").Text);
        Assert.StartsWith("As of 25 Nov 2026: nothing in CcmBot's data falls due for Aland between 1 Dec 2026 and 31 Dec 2026 (Art. 3 and 4 deadlines, Art. 7 reports).",
            Ask("what's coming up for Aland next month?").Text);
    }

    [Fact]
    public void A_region_named_narrows_counts_and_lists_to_its_States_and_the_answer_says_so()
    {
        var count = Ask("how many States Parties in Europe?");
        Assert.StartsWith("Europe only. As of 25 Nov 2026: 2 States Parties", count.Text);
        Assert.Equal("Europe", Assert.IsType<MembershipCountModel>(count.Model).Region);
        // The seed's figure counts every State Party, not Europe's: it is not set beside a regional count.
        Assert.DoesNotContain("seed 002", Ask("how many States Parties in Europe as of 30 June 2017?").Text);

        var overdue = Ask("which African States are overdue with their initial report?");
        var list = Assert.IsType<ListAnswerModel>(overdue.Model);
        Assert.StartsWith("Africa only. As of 25 Nov 2026", list.Summary);
        Assert.EndsWith("— Africa", list.Title);
        Assert.All(list.Groups.SelectMany(g => g.Rows), r => Assert.Equal("Madagascar", r.Label));
        Assert.DoesNotContain("Lao", overdue.Text);

        // Without a region word nothing changes.
        var everywhere = Ask("how many States Parties?");
        Assert.StartsWith("As of 25 Nov 2026: 5 States Parties", everywhere.Text);
        Assert.Null(Assert.IsType<MembershipCountModel>(everywhere.Model).Region);
    }

    [Fact]
    public void A_coordinator_is_in_office_only_inside_a_recorded_term_and_unknown_outside_it()
    {
        var data = new TreatyData([A.State("CHL", "Chile", deposited: "2010-12-16"), A.State("AUS", "Australia", deposited: "2012-10-08")],
            meetings:
            [
                new Meeting("1RC", "First Review Conference", "ccm_rc", "Dubrovnik", PartialDate.Parse("2015-09-07"), PartialDate.Parse("2015-09-11"), null, A.Source),
                new Meeting("7MSP", "Seventh Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2017-09-04"), PartialDate.Parse("2017-09-06"), null, A.Source),
            ],
            coordinators:
            [
                new Coordinator("Victim assistance", "coordinator", "Chile", "1RC", "7MSP", "until the end of 7MSP", A.Source),
                new Coordinator("Victim assistance", "co-coordinator", "Australia", "1RC", null, "end of term not stated", A.Source),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        var during = Ask("who coordinates victim assistance as of 1 January 2016?");
        Assert.StartsWith("As of 1 Jan 2016, in office for victim assistance by CcmBot's data: Chile (coordinator, victim assistance).", during.Text);
        Assert.Contains("- Chile, coordinator: in office; from 1RC to 7MSP (7 Sep 2015 – 6 Sep 2017)", during.Text);
        Assert.DoesNotContain("Australia (co-coordinator", during.Text.Split('\n')[0]);

        var before = Ask("who coordinates victim assistance as of 1 January 2015?");
        Assert.StartsWith("As of 1 Jan 2015: unknown — no recorded term for victim assistance covers that day", before.Text);

        var today = Ask("who are the coordinators?");
        Assert.StartsWith("As of 25 Nov 2026: unknown — no recorded term covers that day (CcmBot's records of mandates run to 6 Sep 2017). Last recorded: ", today.Text);
        Assert.Contains("- Chile, coordinator: term ended 6 Sep 2017", today.Text);
        Assert.Contains("- Australia, co-coordinator: in office from its start; end of term not stated (unknown on that day)", today.Text);
        Assert.IsType<ListAnswerModel>(Ask("is Chile a coordinator?").Model);

        // A period: every term that overlaps it, those with an end not recorded as possible.
        Assert.StartsWith("Between 1 Jan 2017 and 31 Dec 2017, in office for at least part of the period for victim assistance by CcmBot's data: Chile (coordinator, victim assistance); " +
                          "possibly, with a term whose start or end is not recorded: Australia (co-coordinator, victim assistance).", Ask("who coordinated victim assistance in 2017?").Text);
        Assert.StartsWith("As of 31 Dec 2014: unknown", Ask("who coordinated victim assistance in 2014?").Text);
    }

    [Theory]
    [InlineData("list the coordination committee", Intent.Coordinators)]
    [InlineData("who sits on the coordination committee?", Intent.Coordinators)]
    [InlineData("coordination committee members", Intent.Coordinators)]
    [InlineData("what is the coordination committee?", Intent.Glossary)]
    public void The_coordination_committee_asked_for_is_its_members(string question, Intent intent) =>
        Assert.Equal(intent, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).Intent);

    [Fact]
    public void A_meetings_president_comes_from_its_record_where_no_term_gives_it()
    {
        var data = new TreatyData([A.State("PHL", "Philippines", deposited: "2019-01-03"), A.State("DEU", "Germany", deposited: "2009-07-08")],
            meetings:
            [
                new Meeting("7MSP", "Seventh Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2017-09-04"), PartialDate.Parse("2017-09-06"), null, A.Source, "Germany"),
                new Meeting("13MSP", "Thirteenth Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2025-09-16"), PartialDate.Parse("2025-09-19"), null, A.Source, "Philippines"),
                new Meeting("9MSP", "Ninth Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2019-09-02"), PartialDate.Parse("2019-09-04"), null, A.Source),
            ],
            coordinators: [new Coordinator("Presidency", "president", "Germany", "6MSP", "7MSP", null, A.Source)]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        foreach (var question in new[] { "who is the president of the 13MSP?", "who presided over the 13MSP?", "who chaired 13MSP", "who presided over the thirteenth MSP?", "President of the Thirteenth Meeting of States Parties?", "who chaired the 13th MSP" })
            Assert.StartsWith("Thirteenth Meeting of States Parties (13MSP, 16 Sep 2025 to 19 Sep 2025) was presided over by Philippines, by the meeting's record; CcmBot's records of mandates hold no term tied to it.", Ask(question).Text);
        // A term already naming the president: the terms answer, once.
        var seventh = Ask("who was president of 7MSP?").Text;
        Assert.StartsWith("Recorded for presidency with a term starting or ending at 7MSP: Germany (president, presidency).", seventh);
        Assert.DoesNotContain("by the meeting's record", seventh);
        // No record for the meeting: said, with the presidents on record, MSPs by number.
        Assert.StartsWith("CcmBot's data do not record who presided over the 9MSP. Presidents on record: 7MSP Germany, 13MSP Philippines.", Ask("who presided over 9MSP?").Text);

        // Asked today, with the mandates ending in 2017: unknown, and the latest meeting whose record names its president.
        var now = Ask("who is the president?");
        Assert.StartsWith("As of 25 Nov 2026: unknown — no recorded term for presidency covers that day (CcmBot's records of mandates run to 6 Sep 2017). Last recorded: Germany (president, presidency). " +
                          "The latest meeting whose president CcmBot's data name: the Thirteenth Meeting of States Parties (13MSP, 16 Sep 2025 to 19 Sep 2025), presided over by Philippines.", now.Text);
        Assert.Contains("13MSP president", Assert.IsType<ListAnswerModel>(now.Model).Groups.Select(g => g.Title));
        // Before that meeting began, it is not named.
        Assert.DoesNotContain("Philippines", Ask("who was the president as of 1 January 2020?").Text);
    }

    [Fact]
    public void A_coordinators_own_plan_and_a_year_for_outreach_are_read_from_the_question()
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")],
            milestones:
            [
                new Milestone("victim assistance plan", "1", "Hold a regional workshop", "by end June 2027", MilestoneTargetType.Date, PartialDate.Parse("2027-06-30"), null, null, null, A.Source, RecordOrigin.User),
                new Milestone("NIM-2016 concept note", "3.1", "Draw up a target list", "by end November 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-11-30"), null, null, null, A.Source),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        var own = Ask("what is overdue in our victim assistance plan as of 1 January 2028?");
        Assert.StartsWith("As of 1 Jan 2028: 1 milestone in the victim assistance plan overdue", own.Text);
        Assert.DoesNotContain("NIM-2016 concept note 3.1:", own.Text);
        Assert.Contains("NIM-2016 concept note 3.1", Ask("what is overdue in the NIM plan?").Text);
        // Named at the start of the line, without "the" or "our".
        Assert.StartsWith("As of 25 Nov 2026: 0 milestones in the victim assistance plan overdue", Ask("victim assistance plan progress").Text);

        Assert.StartsWith("Outreach between 1 Jan 2026 and 31 Dec 2026", Ask("export outreach for 2026").Text);
    }

    [Theory]
    [InlineData("is Russia a state party?", "russia")]
    [InlineData("has the United States signed?", "united states")]
    [InlineData("is Narnia a member", "narnia")]
    public void A_membership_question_about_a_State_outside_the_Convention_says_it_is_not_found(string question, string name) =>
        Assert.StartsWith($"I could not find a State called \"{name}\" among the", Ask(question).Text);

    [Fact]
    public void A_profile_says_what_is_overdue_and_what_is_not_known_before_the_detail()
    {
        var lines = Ask("tell me about Lao PDR").Text.Split('\n');
        Assert.StartsWith("Lao People's Democratic Republic as of 25 Nov 2026: State Party (in force).", lines[0]);
        Assert.StartsWith("Overdue: nothing recorded; not known either way: annual report for 2025 (Art. 7(2))", lines[1]);
        Assert.DoesNotContain("initial transparency report", lines[1]); // submitted 25 Jan 2011
        // "What's overdue for …?" puts the State's deadlines first, then the same profile.
        var asked = Ask("what's overdue for Lao PDR?").Text.Split('\n');
        Assert.StartsWith("Lao People's Democratic Republic's deadlines as of 25 Nov 2026. Next: annual report for 2026 (Art. 7(2)), due 30 Apr 2027. Overdue: none recorded.", asked[0]);
        Assert.Equal(lines, asked[1..]);
        Assert.DoesNotContain("Overdue:", Ask("tell me about the DRC").Text); // a signatory owes nothing
    }

    [Theory]
    [InlineData("has Norway signed?", "NOR")]
    [InlineData("is Madagascar a State Party?", "MDG")]
    [InlineData("did the DRC ratify", "COD")]
    public void A_membership_question_about_a_known_State_is_its_profile(string question, string iso3) =>
        Assert.Equal(iso3, Assert.IsType<StateProfileModel>(Ask(question).Model).State.Iso3);

    [Fact]
    public void Accessions_asked_for_are_every_accession_not_the_latest_instruments()
    {
        var data = new TreatyData(
        [
            A.State("AAA", "Aland", deposited: "2010-01-05"),
            A.State("BBB", "Bland", instrument: InstrumentKind.Accession, signed: null, deposited: "2012-06-01"),
            A.State("CCC", "Cland", instrument: InstrumentKind.Accession, signed: null, deposited: "2020-03-01"),
        ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);
        var all = Ask("list all states parties that acceded");
        Assert.StartsWith("2 States deposited an instrument of accession by 25 Nov 2026: Bland and Cland.", all.Text);
        Assert.DoesNotContain("Aland", all.Text);
        Assert.StartsWith("1 State deposited an instrument of accession between 2015 and 2025", Ask("accessions between 2015 and 2025").Text.Replace("1 Jan 2015 and 31 Dec 2025", "2015 and 2025"));
        Assert.Contains("Aland", Ask("who ratified or acceded in 2010?").Text);
        var signatories = Ask("which signatories ratified after 2005?");
        Assert.StartsWith("1 signatory ratified (or accepted or approved) since 1 Jan 2006: Aland.", signatories.Text);
    }

    [Fact]
    public void Article9_by_status_and_those_without_legislation()
    {
        Article9Observation Obs(string iso3, Article9Category category) =>
            new(iso3, category, PartialDate.Parse("2017-06-30"), "stated", null, A.Source);
        var data = new TreatyData(
            [A.State("AAA", "Aland"), A.State("BBB", "Bland"), A.State("CCC", "Cland"), A.State("DDD", "Dland"), A.State("EEE", "Eland")],
            article9:
            [
                Obs("AAA", Article9Category.SpecificLegislation), Obs("BBB", Article9Category.ExistingLawSufficient),
                Obs("CCC", Article9Category.InProcess), Obs("DDD", Article9Category.NoInformation),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        var without = Ask("who has no national legislation?");
        Assert.Equal(["Cland", "Dland"], Assert.IsType<ListAnswerModel>(without.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label).Order());
        Assert.StartsWith("As of 25 Nov 2026: CcmBot has a status short of adopted legislation or existing law deemed sufficient recorded for 2 States Parties", without.Text);
        Assert.Contains("States Parties with no Article 9 status recorded at all are not listed", without.Text);
        Assert.Equal(["Dland"], Assert.IsType<ListAnswerModel>(Ask("which States Parties have no information on national legislation?").Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label));
        Assert.Equal(4, Assert.IsType<ListAnswerModel>(Ask("national legislation status").Model).Groups.SelectMany(g => g.Rows).Count());
    }

    [Fact]
    public void Signatures_in_a_period_are_listed_whatever_came_after()
    {
        // In the data: Madagascar, Norway, Lao PDR, Lithuania, Austria, Australia signed 3 Dec 2008; the DRC on 18 Mar 2009.
        var in2008 = Ask("who signed in 2008?");
        var model = Assert.IsType<ListAnswerModel>(in2008.Model);
        Assert.StartsWith("6 States signed the Convention between 1 Jan 2008 and 31 Dec 2008; 6 of them deposited an instrument of ratification, acceptance or approval by 25 Nov 2026", in2008.Text);
        Assert.DoesNotContain("Democratic Republic of the Congo", in2008.Text);
        Assert.Contains(model.Groups.SelectMany(g => g.Rows), r => r.Label == "Lithuania" && r.Status == "withdrawn");

        var onDay = Ask("which States signed on 18 March 2009?");
        Assert.StartsWith("1 State signed the Convention", onDay.Text);
        Assert.Contains("Democratic Republic of the Congo", onDay.Text);
        Assert.StartsWith("No State signed the Convention", Ask("who signed in 2015?").Text);
        var twoApart = Ask("who signed in 2008 or 2010?");
        Assert.StartsWith("6 States signed the Convention between 1 Jan 2008 and 31 Dec 2008", twoApart.Text);
        Assert.Contains("One period is answered at a time: 2010 was left out; ask again for it.", twoApart.Text);
        // Not a period: the signatories that have not ratified, as before.
        Assert.NotEqual("Signatures", (Ask("who signed but never ratified?").Model as ListAnswerModel)?.Title);
    }

    [Fact]
    public void Rules_thanks_and_one_action_of_a_plan_are_answered()
    {
        var article7 = Ask("what does Article 7 require?");
        Assert.StartsWith("What CcmBot applies for Art. 7:", article7.Text);
        Assert.Contains("- Art. 7(1): initial transparency report due 180 days after entry into force", article7.Text);
        Assert.DoesNotContain("Art. 4(1)", article7.Text);
        Assert.Contains("Art. 4(1)", Ask("what are the rules?").Text);
        Assert.StartsWith("CcmBot applies no rule of Art. 12", Ask("what does article 12 say").Text);
        Assert.StartsWith("You're welcome.", Ask("thanks!").Text);
        Assert.StartsWith("All right. Ask me anything else", Ask("ok").Text);
        Assert.StartsWith("All right.", Ask("got it").Text);
        Assert.StartsWith("Sorry, I did not understand that.", Ask("what about it?").Text);
        Assert.StartsWith("What CcmBot applies for Art. 7:", Ask("what's article 7?").Text);
        Assert.StartsWith("What CcmBot applies for Art. 7:", Ask("when does the treaty require annual reports?").Text);
        Assert.StartsWith("CCM — Convention on Cluster Munitions: The treaty that bans", Ask("what is the CCM?").Text);
        Assert.StartsWith("CCM — Convention on Cluster Munitions:", Ask("what is the convention about?").Text);

        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")],
            milestones:
            [
                new Milestone("DAP", "4.1(a)", "Designate a focal point", "by end 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-12-31"), null, null, null, A.Source),
                new Milestone("DAP", "4.10", "Something else", "by end 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-12-31"), null, null, null, A.Source),
                new Milestone("DAP", "3.1", "Survey", "by end 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-12-31"), null, null, null, A.Source),
            ]);
        var vaInDap = new AnswerEngine().Answer("Dubrovnik Action Plan actions on victim assistance", new TreatyData(data.States,
            milestones:
            [
                new Milestone("DAP", "4.1(a)", "Designate a focal point", "by end 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-12-31"), null, "Victim assistance coordinators", null, A.Source),
                new Milestone("DAP", "3.1", "Survey", "by end 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-12-31"), null, "Clearance coordinators", null, A.Source),
            ]), Today);
        Assert.Contains("in the Dubrovnik Action Plan for victim assistance", vaInDap.Text);
        Assert.Contains("DAP 4.1(a)", vaInDap.Text);
        Assert.DoesNotContain("DAP 3.1", vaInDap.Text);
        var action = new AnswerEngine().Answer("DAP action 4.1 status", data, Today);
        Assert.Contains("DAP 4.1(a)", action.Text);
        Assert.DoesNotContain("DAP 4.10", action.Text);
        Assert.DoesNotContain("DAP 3.1", action.Text);
    }

    [Theory]
    [InlineData("good morning", Intent.Help)]
    [InlineData("Hello!", Intent.Help)]
    [InlineData("Good morning, which signatories are overdue?", Intent.OverdueReports)]
    [InlineData("hi there - tell me about Aland", Intent.StateProfile)]
    [InlineData("hey CcmBot, how many States Parties are there?", Intent.MembershipCount)]
    public void A_greeting_alone_gets_help_and_before_a_question_is_passed_over(string question, Intent intent) =>
        Assert.Equal(intent, new RuleBasedQuestionParser().Parse(question, Today, new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")]).Resolver).Intent);

    [Theory]
    [InlineData("how is the universalization plan going?")]
    [InlineData("how is our universalization plan going?")]
    [InlineData("is the universalization plan going well?")]
    [InlineData("universalization plan progress")]
    [InlineData("the universalization plan")]
    public void A_coordinators_own_plan_is_read_by_its_name_however_the_question_starts(string question)
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")],
            milestones: [new Milestone("universalization plan", "1", "Visit three signatories", "before 14MSP", MilestoneTargetType.Date, PartialDate.Parse("2026-09-01"), null, null, null, A.Source)]);
        var answer = new AnswerEngine().Answer(question, data, Today);
        Assert.Contains("universalization plan 1", answer.Text);
        Assert.DoesNotContain("the universalization plan plan", answer.Text);
        Assert.DoesNotContain("the the", answer.Text);
    }

    [Fact]
    public void A_day_named_without_as_of_is_the_window_and_the_NIM_notes_are_told_apart()
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")],
            milestones:
            [
                new Milestone("NIM-2016 concept note", "3.1", "Draw up a target list", "by end November 2016", MilestoneTargetType.Date, PartialDate.Parse("2016-11-30"), null, null, null, A.Source),
                new Milestone("NIM-LAP concept note", "A", "Priority list", "by end 2026", MilestoneTargetType.Date, PartialDate.Parse("2026-11-26"), null, null, null, A.Source),
                new Milestone("LAP", "47", "National measures", "before 11MSP", MilestoneTargetType.Date, PartialDate.Parse("2023-09-11"), null, null, null, A.Source),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        // Today is 25 Nov 2026: tomorrow is 26 Nov, and only that day.
        Assert.StartsWith("As of 25 Nov 2026, due on 26 Nov 2026: 1 action-plan milestone.", Ask("anything due tomorrow?").Text);
        // Nothing in the 90 days from the day asked about: the year from it instead.
        Assert.StartsWith("Nothing in CcmBot's data falls due in the next 90 days; looking a year ahead. As of 1 Jun 2026, due between 1 Jun 2026 and 1 Jun 2027:", Ask("what is due as of 1 June 2026?").Text);

        var lausanneNote = Ask("NIM-LAP status").Text;
        Assert.Contains("NIM-LAP concept note A", lausanneNote);
        Assert.DoesNotContain("LAP 47:", lausanneNote);
        Assert.DoesNotContain("NIM-2016 concept note 3.1:", lausanneNote);
        Assert.Contains("NIM-2016 concept note 3.1", Ask("what is overdue in the NIM 2016 plan?").Text);
        Assert.DoesNotContain("NIM-LAP concept note A:", Ask("what is overdue in the NIM 2016 plan?").Text);
    }

    [Fact]
    public void Milestones_before_a_meeting_none_is_tied_to_are_those_due_until_it_opens_and_unknown_meetings_are_listed_in_order()
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")],
            meetings:
            [
                new Meeting("14MSP", "Fourteenth Meeting of States Parties", "ccm_msp", null, PartialDate.Parse("2027-09-06"), PartialDate.Parse("2027-09-09"), null, A.Source),
                new Meeting("1RC", "First Review Conference", "ccm_rc", "Dubrovnik", PartialDate.Parse("2015-09-07"), PartialDate.Parse("2015-09-11"), null, A.Source),
                new Meeting("2MSP", "Second Meeting of States Parties", "ccm_msp", null, PartialDate.Parse(""), PartialDate.Parse(""), null, A.Source),
            ],
            milestones:
            [
                new Milestone("LAP", "9", "Report on progress", "by end January 2027", MilestoneTargetType.Date, PartialDate.Parse("2027-01-31"), null, null, null, A.Source),
                new Milestone("LAP", "10", "A later step", "by end 2028", MilestoneTargetType.Date, PartialDate.Parse("2028-12-31"), null, null, null, A.Source),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, Today);

        var before = Ask("milestones coming up before the 14MSP");
        Assert.StartsWith("1 milestone due between 25 Nov 2026 and 5 Sep 2027: LAP 9 (Report on progress).", before.Text);
        Assert.DoesNotContain("LAP 10", before.Text);

        Assert.StartsWith("CcmBot has no record of the 15MSP. Meetings it knows: 1RC, 14MSP and 2MSP.", Ask("when is the 15MSP?").Text);
    }

    [Theory]
    [InlineData("draft a letter to Aland", "letter")]
    [InlineData("can you write a démarche to Aland?", "démarche")]
    [InlineData("please prepare an email for Aland", "email")]
    public void A_letter_asked_for_is_declined_plainly_with_the_State_s_deadlines_and_how_to_log_it(string question, string kind)
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")]);
        var answer = new AnswerEngine().Answer(question, data, Today);
        Assert.StartsWith($"CcmBot does not write {kind}s; what the data say about Aland, to put in one, follows. Once it is sent: \"log {kind} to Aland today about …, follow up in 4 weeks\".\nAland's deadlines as of 25 Nov 2026.", answer.Text);
        Assert.IsType<StateProfileModel>(answer.Model);
    }

    [Theory]
    [InlineData("prep me for my meeting with Aland", Intent.StateProfile)]
    [InlineData("talking points for Aland", Intent.StateProfile)]
    [InlineData("background on Aland before my call", Intent.StateProfile)]
    [InlineData("can you brief me ahead of the bilateral with Aland?", Intent.StateProfile)]
    [InlineData("meetings with Aland", Intent.OutreachContacts)]
    [InlineData("prepare a letter to Aland", Intent.StateProfile)]
    [InlineData("what should I raise with Aland?", Intent.StateProfile)]
    [InlineData("what did I raise with Aland?", Intent.OutreachContacts)]
    public void A_briefing_asked_for_before_meeting_a_State_is_its_profile_not_the_outreach_log(string question, Intent intent)
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")]);
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, data.Resolver);
        Assert.Equal(intent, parsed.Intent);
        Assert.Equal(question.StartsWith("prepare a letter", StringComparison.Ordinal), parsed.DraftAsked is not null);
    }

    [Theory]
    [InlineData("Indonesia - why hasn't it ratified?")]
    [InlineData("why has Indonesia still not ratified?")]
    public void Why_a_State_has_not_joined_is_its_dates_and_profile(string question)
    {
        var data = new TreatyData([A.Signatory("IDN", "Indonesia"), A.Signatory("KEN", "Kenya")]);
        var answer = new AnswerEngine().Answer(question, data, Today);
        var profile = Assert.IsType<StateProfileModel>(answer.Model);
        Assert.Equal("Indonesia", profile.State.Name);
        Assert.StartsWith("Indonesia signed the Convention on ", answer.Text);
    }

    [Fact]
    public void A_State_with_two_completion_records_is_counted_once_and_both_records_are_shown()
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05"), A.State("BBB", "Bland", deposited: "2010-01-05")],
            obligationEvents:
            [
                A.Event(3, ObligationEventKind.Completed, "2013-12-17", iso3: "AAA"),
                A.Event(3, ObligationEventKind.Completed, "2020-12-01", iso3: "AAA"),
                A.Event(3, ObligationEventKind.Completed, "2015-06-01", iso3: "BBB"),
            ]);
        var answer = new AnswerEngine().Answer("how many States have completed stockpile destruction?", data, Today);
        Assert.StartsWith("As of 25 Nov 2026: Art. 3 (stockpile destruction): 2 States recorded as completed by 25 Nov 2026 (Aland and Bland).", answer.Text);
        Assert.Contains("Art. 3 (stockpile destruction): completion records, 2 States (3):", answer.Text);

        // A period with "completions" narrows what was completed; it does not ask for deadlines.
        var since = new AnswerEngine().Answer("Article 3 completions since 2015", data, Today);
        Assert.StartsWith("As of 25 Nov 2026: Art. 3 (stockpile destruction): 2 States recorded as completed since 1 Jan 2015 (Bland and Aland).", since.Text);
        Assert.StartsWith("As of 25 Nov 2026: Art. 3 (stockpile destruction): 1 State recorded as completed between 1 Jan 2013 and 31 Dec 2013 (Aland).",
            new AnswerEngine().Answer("stockpile destruction completed in 2013", data, Today).Text);
    }

    [Fact]
    public void Several_States_named_get_each_profile_in_the_order_written_up_to_five()
    {
        var data = new TreatyData(new[] { "AAA", "BBB", "CCC", "DDD", "EEE", "FFF" }.Select(iso => A.State(iso, iso[0] + "land", deposited: "2010-01-05")).Append(A.Signatory("SIG", "Signland")).ToList());
        var engine = new AnswerEngine();

        var two = engine.Answer("compare Signland and Bland", data, Today);
        Assert.StartsWith("2 States as of 25 Nov 2026: Signland: signatory and Bland: State Party (in force).\n\nSignland as of 25 Nov 2026", two.Text);
        var model = Assert.IsType<StateProfilesModel>(two.Model);
        Assert.Equal(["SIG", "BBB"], model.Profiles.Select(p => p.State.Iso3));

        var six = engine.Answer("Aland, Bland, Cland, Dland, Eland and Fland status", data, Today);
        Assert.Contains("Shown: the first 5 of the 6 named; ask again for the others.", six.Text);
        Assert.Equal(5, Assert.IsType<StateProfilesModel>(six.Model).Profiles.Count);
        Assert.Equal(["AAA", "BBB", "CCC", "DDD", "EEE"], engine.DependsOn("Aland, Bland, Cland, Dland, Eland and Fland status", data, Today).OutreachStates);
    }

    [Fact]
    public void Signatories_that_signed_in_a_period_are_today_s_signatories_whose_signature_falls_in_it()
    {
        var data = new TreatyData([
            A.Signatory("OLD", "Oldsign", signed: "2008-12-03"),
            A.Signatory("NEW", "Newsign", signed: "2009-06-12"),
            A.State("RAT", "Ratland", signed: "2008-12-03", deposited: "2012-01-10"),
        ]);
        var engine = new AnswerEngine();

        var before = engine.Answer("which signatories signed before 2009 and still haven't ratified?", data, Today);
        Assert.StartsWith("As of 25 Nov 2026: 1 signatory that signed up to 31 Dec 2008 had not ratified: Oldsign. Of the 2 States that signed up to 31 Dec 2008, 1 had ratified (50%).", before.Text);
        Assert.DoesNotContain("Newsign", before.Text);

        var in2009 = engine.Answer("which signatories signed in 2009?", data, Today);
        Assert.StartsWith("As of 25 Nov 2026: 1 signatory that signed between 1 Jan 2009 and 31 Dec 2009 had not ratified: Newsign.", in2009.Text);

        // Signature closed at entry into force: a later period finds none, and says why.
        var after = engine.Answer("which signatories signed after 2010?", data, Today);
        Assert.StartsWith("As of 25 Nov 2026: no signatory that signed since 1 Jan 2011 was still to ratify.", after.Text);
        Assert.Contains("No State can sign after 31 Jul 2010", after.Text);

        // A date alone is still the day asked about.
        var asOf = engine.Answer("signatories as of 2010", data, Today);
        Assert.StartsWith("As of 31 Dec 2010: 3 signatories had not ratified", asOf.Text);
    }

    [Theory]
    [InlineData("who is late with the annual report due April 2017?", Intent.OverdueReports, 2016)]
    [InlineData("which States missed the report due 30 April 2019", Intent.OverdueReports, 2018)]
    [InlineData("how many annual reports came in for 2016", Intent.ReportingRate, 2016)]
    [InlineData("how many reports were received for 2018?", Intent.ReportingRate, 2018)]
    [InlineData("how many reports were outstanding for 2016?", Intent.OverdueReports, 2016)]
    [InlineData("who is still overdue for 2019", Intent.OverdueReports, 2019)]
    public void A_report_named_by_its_due_day_or_by_what_came_in_is_that_year_s_report_asked_about_today(string question, Intent intent, int year)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, new CcmBot.Core.Text.StateResolver([], []));
        Assert.Equal(intent, parsed.Intent);
        Assert.Equal(year, parsed.Year);
        Assert.Null(parsed.AsOf);
    }

    [Theory]
    [InlineData("when are annual reports due?")]
    [InlineData("when is the initial report due?")]
    public void When_reports_are_due_without_a_State_is_the_rule(string question)
    {
        var answer = new AnswerEngine().Answer(question, new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")]), Today);
        Assert.StartsWith("What CcmBot applies for Art. 7:", answer.Text);
        Assert.Contains("Art. 7(2): annual report due 30 April", answer.Text);
    }

    [Fact]
    public void Instruments_deposited_are_counted_per_year_when_asked_each_year()
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05"), A.State("BBB", "Bland", deposited: "2010-07-01"), A.State("CCC", "Cland", deposited: "2015-03-02"), A.Signatory("SIG", "Signland")]);
        var answer = new AnswerEngine().Answer("how many States joined each year?", data, Today);
        Assert.StartsWith("Instruments of ratification or accession deposited up to 25 Nov 2026, by year: 2010 2, 2015 1 (3 in all).", answer.Text);
        Assert.Contains("- 2010: 2 deposited; Aland (ratification, 5 Jan 2010), Bland (ratification, 1 Jul 2010)", answer.Text);
    }

    [Fact]
    public void Milestones_missed_in_a_period_and_milestones_done_are_told_apart()
    {
        Milestone M(string id, string target, DateOnly? done = null) =>
            new("NIM-2016 concept note", id, $"Step {id}", $"by {target}", MilestoneTargetType.Date, PartialDate.Parse(target), null, null, null, A.Source, CompletedOn: done);
        var data = new TreatyData([A.State("TGO", "Togo", "Africa")], milestones:
        [
            M("1", "2017-02-28", done: new DateOnly(2017, 2, 1)),  // on time
            M("2", "2017-06-30", done: new DateOnly(2017, 9, 1)),  // late
            M("3", "2017-11-30"),                                  // never recorded done
            M("4", "2018-03-31", done: new DateOnly(2018, 3, 1)),
        ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, new DateOnly(2026, 11, 25));

        Assert.StartsWith("2 of 3 milestones in the NIM concept notes due between 1 Jan 2017 and 31 Dec 2017 missed their target (no completion recorded by then): NIM-2016 concept note 2 (Step 2) and NIM-2016 concept note 3 (Step 3).",
            Ask("what NIM milestones did we miss in 2017?").Text);
        Assert.StartsWith("3 milestones in the NIM concept notes recorded as completed by 25 Nov 2026: NIM-2016 concept note 1 (Step 1), NIM-2016 concept note 2 (Step 2) and NIM-2016 concept note 4 (Step 4).",
            Ask("which NIM milestones are completed?").Text);
        Assert.StartsWith("1 milestone in the NIM concept notes recorded as completed between 1 Jan 2018 and 31 Dec 2018: NIM-2016 concept note 4 (Step 4).",
            Ask("NIM milestones completed in 2018").Text);
        // "Not completed" is the overdue list, not the done one.
        Assert.Contains("overdue (target passed", Ask("which NIM milestones are not completed?").Text);
    }
}
