using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>"How many have ratified?" (the count by instrument) and "who submitted the 2016 report?" (those recorded as having reported).</summary>
public sealed class SubmittedAndInstrumentTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [
            A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"),
            A.State("AUT", "Austria", "Europe", deposited: "2009-04-02"),
            A.State("AUS", "Australia", "Pacific", deposited: "2012-10-08"),
            A.State("PLW", "Palau", "Pacific", instrument: InstrumentKind.Accession, signed: null, deposited: "2016-04-19"),
            A.State("MDG", "Madagascar", "Africa", deposited: "2017-05-20"),
            A.Signatory("COD", "Democratic Republic of the Congo"),
        ],
        evidence:
        [
            A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.SubmittedOn, "2017-04-10", "NOR", "ISU 2016 reports"),
            A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.SubmittedOn, "2017-06-01", "AUT", "ISU 2016 reports"),
            A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.NotSubmittedAt, "2017-06-30", "AUS", "7MSP progress report"),
            A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedOn, "2011-01-25", "NOR", "Monitor Norway profile"),
        ]);

    static Answer Ask(string text) => new AnswerEngine().Answer(text, Data, Today);

    static Question Parse(string text) => new RuleBasedQuestionParser().Parse(text, Today, Data.Resolver);

    [Theory]
    [InlineData("how many States have ratified?")]
    [InlineData("how many countries have ratified the convention")]
    [InlineData("how many acceded")]
    [InlineData("number of ratifications")]
    public void How_many_have_ratified_is_the_count_with_the_instruments_behind_it(string question)
    {
        var answer = Ask(question);
        var model = Assert.IsType<MembershipCountModel>(answer.Model);
        Assert.Equal(5, model.StatesParties);
        Assert.Equal([new InstrumentCount("ratification", 4), new InstrumentCount("accession", 1)], model.ByInstrument);
        Assert.Contains("5 States Parties (instrument deposited: 4 by ratification, 1 by accession)", answer.Text);
    }

    [Fact]
    public void Joined_in_a_period_and_the_latest_instruments_are_still_the_instruments_themselves()
    {
        Assert.Equal(Intent.MembershipChanges, Parse("how many ratified in 2016?").Intent);
        Assert.Equal(Intent.MembershipChanges, Parse("what are the latest ratifications?").Intent);
        Assert.Equal(Intent.MembershipChanges, Parse("who joined recently?").Intent);
    }

    [Fact]
    public void The_count_at_a_past_date_counts_the_instruments_deposited_by_then()
    {
        var model = Assert.IsType<MembershipCountModel>(Ask("how many had ratified as of 1 January 2015?").Model);
        Assert.Equal(3, model.StatesParties);
        Assert.Equal([new InstrumentCount("ratification", 3)], model.ByInstrument);
    }

    [Theory]
    [InlineData("what is Tuvalu's status", "tuvalu")]
    [InlineData("what's Tuvalu's status", "tuvalu")]
    [InlineData("is Tuvalu a member?", "tuvalu")]
    [InlineData("Tuvalu status", "tuvalu")]
    public void A_name_that_is_no_signatory_or_party_is_quoted_without_the_question_around_it(string question, string name)
    {
        var parsed = Parse(question);
        Assert.Equal(Intent.StateProfile, parsed.Intent);
        Assert.Equal(name, parsed.UnresolvedName);
        Assert.Contains($"I could not find a State called \"{name}\"", Ask(question).Text);
    }

    [Theory]
    [InlineData("who submitted the 2016 annual report?")]
    [InlineData("which States have reported for 2016")]
    [InlineData("who reported in 2017?")]
    [InlineData("list the States that submitted their 2016 reports")]
    [InlineData("which 2016 annual reports were received?")]
    [InlineData("which annual reports for 2016 came in?")]
    public void Who_submitted_lists_those_recorded_as_having_reported_with_the_rest_counted(string question)
    {
        var parsed = Parse(question);
        Assert.True(parsed.Submitted);
        Assert.Equal(2016, parsed.Year);
        var answer = Ask(question);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        var rows = model.Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal(["Austria", "Norway"], rows.Select(r => r.Label).Order());
        Assert.All(rows, r => Assert.Equal("submitted", r.Status));
        // Norway, Austria, Australia and Palau (in force 1 Oct 2016, initial report due March 2017) owed the 2016 report; Madagascar joined in 2017.
        Assert.Contains("2 of 4 States Parties that owe the annual report for 2016 (due 30 Apr 2017) recorded as having submitted the annual report for 2016: Austria and Norway", answer.Text);
        Assert.Contains("ISU 2016 reports", answer.Text);
        Assert.Contains("Art. 7(2)", answer.Text);
    }

    [Fact]
    public void Who_submitted_a_report_no_source_covers_says_the_data_cannot_tell()
    {
        var answer = Ask("who submitted the 2024 annual report?");
        Assert.Contains("0 of 5 States Parties that owe the annual report for 2024", answer.Text);
        Assert.Contains("for 5 the data cannot tell", answer.Text);
        Assert.Contains("hold no record of the annual report for 2024 for any State", answer.Text);
    }

    [Fact]
    public void Who_submitted_a_report_not_yet_due_says_nobody_is_late_yet()
    {
        var answer = Ask("who has submitted the 2026 annual report?");
        Assert.Contains("falls due on 30 Apr 2027", answer.Text);
        Assert.Contains("not late yet", answer.Text);
    }

    [Theory]
    [InlineData("how many states have ratified but not yet reported?")]
    [InlineData("which States Parties never reported?")]
    public void Not_yet_reported_asks_who_is_overdue(string question)
    {
        var parsed = Parse(question);
        Assert.Equal(Intent.OverdueReports, parsed.Intent);
        Assert.False(parsed.Submitted);
    }

    [Fact]
    public void Two_States_reporting_histories_come_one_after_the_other()
    {
        var answer = Ask("Norway vs Austria reporting");
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        Assert.StartsWith("Norway, reporting as of", model.Summary);
        Assert.Contains(" Austria, reporting as of", model.Summary);
        Assert.Equal(["Norway: Article 7 reports", "Austria: Article 7 reports"], model.Groups.Select(g => g.Title));
    }

    [Theory]
    [InlineData("who has not submitted the 2016 report?")]
    [InlineData("which States Parties submitted extension requests?")]
    [InlineData("who submitted Article 4 extension requests")]
    public void Not_submitted_and_other_submissions_are_not_read_as_who_reported(string question) =>
        Assert.False(Parse(question).Submitted);

    [Fact]
    public void Who_submitted_an_initial_report_as_of_a_date()
    {
        var answer = Ask("which States had submitted an initial report as of 30 June 2017?");
        var rows = Assert.IsType<ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal("Norway", Assert.Single(rows).Label);
        Assert.Contains("States Parties with the Convention in force recorded as having submitted the initial report: Norway", answer.Text);
    }

    [Theory]
    [InlineData("which initial reports fall due in 2017?")]
    [InlineData("who must submit an initial report next year as of 1 June 2016?")]
    [InlineData("who will owe an initial report in 2017?")]
    [InlineData("which States Parties will have to submit an initial report in 2017")]
    public void Reports_falling_due_in_a_period_are_what_comes_up_not_who_is_overdue(string question)
    {
        var parsed = Parse(question);
        Assert.Equal(Intent.ComingUp, parsed.Intent);
        Assert.Equal(7, parsed.Article);
        Assert.Equal(ReportScope.Initial, parsed.Reports);
        // Palau: in force 1 Oct 2016, initial report due 180 days later; Madagascar: in force 1 Nov 2017.
        Assert.Contains("Palau", Ask(question).Text);
    }

    [Fact]
    public void A_reporting_history_s_first_line_says_what_was_last_seen_of_the_initial_report()
    {
        var data = new TreatyData([A.State("TGO", "Togo", "Africa", deposited: "2012-06-22"), A.State("PLW", "Palau", "Pacific", deposited: "2016-04-19")],
            evidence:
            [
                A.Evidence(Deliverable.InitialReport, EvidenceKind.NotSubmittedAt, "2021-09-01/2022-08-31", "TGO", "Monitor 2022"),
                A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedBy, "2018-07-01/2019-11-30", "PLW", "Monitor 2019"),
            ]);
        Assert.StartsWith("Togo, reporting as of 25 Nov 2026: initial report unknown (due 30 May 2013; last recorded as not submitted at some point between 1 Sep 2021 and 31 Aug 2022);",
            new AnswerEngine().Answer("did Togo ever submit an initial report?", data, Today).Text);
        Assert.StartsWith("Palau, reporting as of 25 Nov 2026: initial report met (due 30 Mar 2017; recorded as submitted by a day between 1 Jul 2018 and 30 Nov 2019);",
            new AnswerEngine().Answer("has Palau reported?", data, Today).Text);
    }

    [Fact]
    public void A_reporting_history_says_what_falls_due_next()
    {
        var madagascar = Ask("Madagascar reporting history as of 1 December 2017");
        Assert.Contains("Next due: the initial report, on 30 Apr 2018; then the first annual report, for 2018, on 30 Apr 2019.", madagascar.Text);
        var norway = Ask("Norway reporting history");
        Assert.Contains("Next due: the annual report, for 2026, on 30 Apr 2027.", norway.Text);
    }

    [Theory]
    [InlineData("how many submunitions has Norway destroyed?", true, 3)]
    [InlineData("how many cluster munitions were destroyed in 2019?", true, 3)]
    [InlineData("how many square kilometres has Austria cleared?", true, 4)]
    [InlineData("total amount of contaminated land", true, 4)]
    [InlineData("how many victims are there in Austria?", true, 5)]
    [InlineData("how many States have stockpiles?", false, 3)]
    [InlineData("how many States Parties are there?", false, null)]
    [InlineData("how many reports are overdue?", false, null)]
    [InlineData("how many have ratified?", false, null)]
    [InlineData("how many items are in the NIM plan?", false, null)]
    public void A_quantity_of_munitions_land_or_victims_is_told_apart_from_a_count_of_States(string question, bool quantity, int? article)
    {
        var parsed = Parse(question);
        Assert.Equal(quantity, parsed.AsksQuantity);
        if (quantity) Assert.Equal(article, parsed.Article);
        if (quantity) Assert.StartsWith("CcmBot's data hold no", Ask(question).Text);
    }
    [Theory]
    [InlineData("when did Norway join?", "Norway signed the Convention on 3 Dec 2008 and deposited its instrument of ratification on 3 Dec 2008; the Convention entered into force for it on 1 Aug 2010 (Art. 17).")]
    [InlineData("what year did Madagascar ratify?", "Madagascar signed the Convention on 3 Dec 2008 and deposited its instrument of ratification on 20 May 2017; the Convention entered into force for it on 1 Nov 2017 (Art. 17).")]
    [InlineData("when did Palau accede", "Palau deposited its instrument of accession on 19 Apr 2016; the Convention entered into force for it on 1 Oct 2016 (Art. 17).")]
    [InlineData("when did the convention enter into force for Austria?", "Austria signed the Convention on 3 Dec 2008 and deposited its instrument of ratification on 2 Apr 2009; the Convention entered into force for it on 1 Aug 2010 (Art. 17).")]
    [InlineData("when did the Democratic Republic of the Congo sign?", "Democratic Republic of the Congo signed the Convention on 18 Mar 2009 and had not ratified it by 25 Nov 2026, 17 years after signing.")]
    [InlineData("how long has the Democratic Republic of the Congo been a signatory?", "Democratic Republic of the Congo signed the Convention on 18 Mar 2009 and had not ratified it by 25 Nov 2026, 17 years after signing.")]
    [InlineData("when did Madagascar join as of 30 June 2017?", "Madagascar signed the Convention on 3 Dec 2008 and deposited its instrument of ratification on 20 May 2017; the Convention enters into force for it on 1 Nov 2017 (Art. 17).")]
    public void When_a_State_joined_is_answered_in_the_first_line_then_its_profile(string question, string first)
    {
        var answer = Ask(question);
        var profile = Assert.IsType<StateProfileModel>(answer.Model);
        Assert.Equal(first, answer.Text.Split('\n')[0]);
        Assert.Equal(first, profile.DirectAnswer);
        Assert.Contains(" as of ", answer.Text.Split('\n')[1]);
        // A plain "tell me about" keeps the profile's own first line.
        Assert.Null(Assert.IsType<StateProfileModel>(Ask("tell me about Norway").Model).DirectAnswer);
    }
    [Theory]
    [InlineData("list the states that submitted their 2016 report late")]
    [InlineData("who reported late for 2016?")]
    [InlineData("which 2016 annual reports were submitted after the deadline?")]
    public void Reports_submitted_late_are_those_recorded_with_a_day_after_the_deadline(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("As of 25 Nov 2026: 1 of the 2 States Parties recorded as having submitted the annual report for 2016 did so after the deadline: Austria (1 on time; 0 with no day of submission recorded, so not known whether late).", answer.Text);
        Assert.Equal(["Austria"], Assert.IsType<ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label));
        // Overdue is still the reports not handed in.
        Assert.Contains("Australia", Ask("who is late with the 2016 report as of 30 June 2017?").Text);
    }

    [Theory]
    [InlineData("how many reports were submitted on time for 2016?")]
    [InlineData("who submitted their 2016 annual report on time?")]
    public void Reports_submitted_on_time_are_counted_the_same_way_listing_those_by_the_deadline(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("As of 25 Nov 2026: 1 of the 2 States Parties recorded as having submitted the annual report for 2016 did so by the deadline: ", answer.Text);
        Assert.Contains("(1 late; 0 with no day of submission recorded, so not known whether on time)", answer.Text);
        Assert.DoesNotContain("Austria", Assert.IsType<ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label));
    }
    [Theory]
    [InlineData("who ratified first?", "The 5 earliest instruments deposited by 25 Nov 2026: Norway (3 Dec 2008), Austria (2 Apr 2009), Australia (8 Oct 2012), Palau (19 Apr 2016) and Madagascar (20 May 2017).")]
    [InlineData("recent ratifications and accessions", "The 5 latest instruments deposited by 25 Nov 2026: Madagascar (20 May 2017), Palau (19 Apr 2016), Australia (8 Oct 2012), Austria (2 Apr 2009) and Norway (3 Dec 2008).")]
    [InlineData("which is the newest State Party?", "The latest instrument of ratification or accession deposited by 25 Nov 2026: Madagascar, on 20 May 2017 (in force for it from 1 Nov 2017).")]
    [InlineData("who joined most recently?", "The latest instrument of ratification or accession deposited by 25 Nov 2026: Madagascar, on 20 May 2017")]
    [InlineData("most recent accession", "The latest instrument of accession deposited by 25 Nov 2026: Palau, on 19 Apr 2016")]
    [InlineData("who were the first to join in Europe?", "Europe only. The 2 earliest instruments deposited by 25 Nov 2026: Norway (3 Dec 2008) and Austria (2 Apr 2009).")]
    public void The_first_or_the_latest_instruments_are_listed_as_asked(string question, string expected) =>
        Assert.StartsWith(expected, Ask(question).Text);

    [Fact]
    public void The_earliest_instruments_include_every_one_deposited_the_same_day_as_the_fifth()
    {
        var data = new TreatyData([.. "ABCDEFG".Select((c, i) => A.State($"X{c}{c}", $"State {c}", "Europe", deposited: i < 4 ? "2008-12-03" : i == 4 ? "2009-01-05" : "2009-01-05"))]);
        var answer = new AnswerEngine().Answer("who ratified first?", data, Today);
        Assert.StartsWith("The 7 earliest instruments deposited", answer.Text);
    }

    [Theory]
    [InlineData("what percentage of signatories have ratified?")]
    [InlineData("which signatories have not ratified?")]
    [InlineData("who still has to ratify?")]
    [InlineData("which countries still need to ratify?")]
    [InlineData("who must still ratify?")]
    public void The_signatories_answer_says_how_many_of_the_States_that_signed_went_on_to_ratify(string question) =>
        Assert.EndsWith("Of the 5 States that had signed by then, 4 had ratified (80%).", Ask(question).Text.Split('\n')[0]);

    [Fact]
    public void Which_region_has_the_most_States_Parties_is_said_not_left_to_the_list()
    {
        var answer = Ask("which region has the most states parties?");
        Assert.IsType<MembershipCountModel>(answer.Model);
        Assert.Contains("- Africa: 1 State Party (1 in force), 1 signatory", answer.Text);
        Assert.Contains("Most States Parties: Europe and Pacific (2); fewest: Africa (1).", answer.Text);
    }
    [Theory]
    [InlineData("who reports late most often?")]
    [InlineData("which states have the worst reporting record?")]
    [InlineData("which States Parties are chronically late with their reports?")]
    [InlineData("who never reports on time?")]
    [InlineData("which States rarely submit their reports on time?")]
    public void Who_reports_late_most_often_ranks_the_reports_on_record_as_late_or_missing(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("As of 25 Nov 2026: 2 States Parties have reports on record as late or still missing after the deadline; most often: Australia (1) and Austria (1).", answer.Text);
        Assert.Contains("annual report for 2016 (Art. 7(2)): handed in 1 Jun 2017, after 30 Apr 2017", answer.Text);
        Assert.Contains("still missing 30 Jun 2017, due 30 Apr 2017", answer.Text);
        Assert.DoesNotContain("Norway", answer.Text.Split('\n')[0]);
        Assert.Contains("for most reports the data cannot tell", answer.Text);
    }
    [Theory]
    [InlineData("what percentage of UN members are party?")]
    [InlineData("how many UN member states have joined?")]
    [InlineData("share of United Nations members that are States Parties")]
    public void The_share_of_UN_members_that_are_party_is_counted_against_the_UN_Member_States(string question)
    {
        var data = new TreatyData(
        [
            A.State("NOR", "Norway", "Europe", deposited: "2008-12-03") with { UnMember = true },
            A.State("COK", "Cook Islands", "Pacific", deposited: "2011-08-23") with { UnMember = false },
            A.Signatory("COD", "Democratic Republic of the Congo") with { UnMember = true },
            A.State("BRA", "Brazil", "Americas", signed: null, deposited: null) with { UnMember = true },
        ]);
        var answer = new AnswerEngine().Answer(question, data, Today);
        Assert.IsType<MembershipCountModel>(answer.Model);
        Assert.Contains("Of the 3 UN Member States, 1 was a State Party (33%); 1 other State Party is not a UN member (Cook Islands).", answer.Text);
        Assert.Contains("UN Member States list", answer.Text);
    }

    [Theory]
    [InlineData("reporting by region as of 30 June 2017", new[] { "Europe", "Pacific" })]
    [InlineData("which region is most behind on reporting as of 30 June 2017?", new[] { "Europe", "Pacific" })]
    [InlineData("compare reporting in the Pacific and Europe as of 30 June 2017", new[] { "Pacific", "Europe" })]
    public void Reporting_by_region_ranks_what_is_recorded_overdue_and_says_what_is_not_known(string question, string[] regions)
    {
        var answer = Ask(question);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        Assert.Equal("As of 30 Jun 2017, by region (the annual report for 2016, due 30 Apr 2017, and initial reports): recorded overdue — Pacific 1; " +
                     "for many reports the data cannot tell, so a region with fewer recorded is not known to be ahead.", model.Summary);
        var rows = model.Groups.Single().Rows;
        Assert.Equal(regions, rows.Select(r => r.Label));
        Assert.StartsWith("annual report for 2016: 2 of 2 owed submitted (100%), 0 overdue; initial reports: 1 of 2 due recorded as submitted", rows.Single(r => r.Label == "Europe").Detail);
        Assert.StartsWith("annual report for 2016: 0 of 2 owed recorded as submitted (0% at least), 1 recorded overdue, 1 not known either way", rows.Single(r => r.Label == "Pacific").Detail);
        Assert.Contains(model.Sources, x => x.Contains("7MSP progress report", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("when did the Convention open for signature?")]
    [InlineData("how many States signed in Oslo?")]
    [InlineData("when did signature open?")]
    [InlineData("where was the Convention signed?")]
    public void The_opening_for_signature_is_Oslo_with_who_signed_there_and_later(string question)
    {
        var model = Assert.IsType<ListAnswerModel>(Ask(question).Model);
        // Four test States signed on 3 Dec 2008; the DRC on 18 Mar 2009.
        Assert.Equal("The Convention opened for signature in Oslo on 3 Dec 2008 (Art. 15). By CcmBot's data, 4 States signed there on 3–4 Dec 2008, and 1 more later, " +
                     "at United Nations Headquarters in New York, the last on 18 Mar 2009; signature closed when the Convention entered into force on 1 Aug 2010, and States have joined by accession since (Art. 16(2)).", model.Summary);
        Assert.Equal(["Democratic Republic of the Congo"], model.Groups.Single(g => g.Title == "Signed later, in New York").Rows.Select(r => r.Label));
    }
}
