using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public sealed class StateArticleAnswersTests
{
    static readonly Provenance Source = new("test source", PartialDate.Parse("2026-01-01"));
    static readonly StateInfo Lebanon = A.State("LBN", "Lebanon", "Middle East", deposited: "2010-11-05");

    static TreatyData Data(params ObligationEvent[] events) =>
        new([Lebanon], obligationEvents: events);

    static ObligationEvent Event(ObligationEventKind kind, string date, string deadline, string? by = null) =>
        new("LBN", 4, kind, PartialDate.Parse(date), PartialDate.Parse(deadline), by, null, false, Source);

    static readonly ObligationEvent Original = Event(ObligationEventKind.OriginalDeadline, "2011-05-01", "2021-05-01");
    static readonly ObligationEvent Granted = Event(ObligationEventKind.ExtensionGranted, "2020-11-26", "2026-05-01", "2RC");

    [Fact]
    public void Shows_where_the_obligation_stands_and_only_what_had_happened_by_the_date_asked_about()
    {
        var before = StateArticleAnswers.Answer(Data(Original, Granted), Lebanon, 4, new DateOnly(2019, 6, 30));
        Assert.StartsWith("Lebanon, clearance of cluster munition remnants (Art. 4), as of 30 Jun 2019:", before.Text);
        Assert.Contains("Original deadline 1 May 2021", before.Text);
        Assert.DoesNotContain("2RC", before.Text);

        var after = StateArticleAnswers.Answer(Data(Original, Granted), Lebanon, 4, new DateOnly(2022, 1, 1));
        Assert.Contains("Extension to 1 May 2026 granted by 2RC", after.Text);
        Assert.Contains("Art. 4(1)", after.Text);
        Assert.Contains("test source", after.Text);
    }

    [Fact]
    public void An_extension_asked_about_is_the_one_obligation_the_State_has_or_a_plain_none()
    {
        Assert.StartsWith("Lebanon, clearance of cluster munition remnants (Art. 4)", StateArticleAnswers.Extension(Data(Original, Granted), Lebanon, new DateOnly(2026, 11, 25))!.Text);
        Assert.StartsWith("Lebanon as of 25 Nov 2026: no Article 3 (stockpile destruction) or Article 4 (clearance) obligation", StateArticleAnswers.Extension(Data(), Lebanon, new DateOnly(2026, 11, 25))!.Text);
        var both = Data(Original, Original with { Article = 3, Deadline = PartialDate.Parse("2019-05-01") });
        Assert.Null(StateArticleAnswers.Extension(both, Lebanon, new DateOnly(2026, 11, 25)));
        // Both articles, extensions under one: that one.
        var bothOneExtended = Data(Original, Granted, Original with { Article = 3, Deadline = PartialDate.Parse("2019-05-01") });
        Assert.StartsWith("Lebanon, clearance of cluster munition remnants (Art. 4)", StateArticleAnswers.Extension(bothOneExtended, Lebanon, new DateOnly(2026, 11, 25))!.Text);
    }

    [Fact]
    public void Two_States_on_one_article_are_each_State_s_obligation_in_turn()
    {
        var chile = A.State("CHL", "Chile", "Americas", deposited: "2010-12-16");
        var data = new TreatyData([Lebanon, chile], obligationEvents: [Original, Granted, new("CHL", 4, ObligationEventKind.OriginalDeadline, PartialDate.Parse("2011-06-01"), PartialDate.Parse("2021-06-01"), null, null, false, Source)]);
        var answer = new AnswerEngine().Answer("Lebanon vs Chile on Article 4", data, new DateOnly(2026, 11, 25));
        Assert.StartsWith("Lebanon, clearance of cluster munition remnants (Art. 4), as of 25 Nov 2026:", answer.Text);
        Assert.Contains(" Chile, clearance of cluster munition remnants (Art. 4), as of 25 Nov 2026:", answer.Text.Split('\n')[0]);
        Assert.Equal(["Lebanon: Recorded deadlines, requests, grants and completions", "Chile: Recorded deadlines, requests, grants and completions"],
            Assert.IsType<ListAnswerModel>(answer.Model).Groups.Select(g => g.Title));
    }

    [Fact]
    public void The_extensions_on_record_are_counted_in_the_first_line()
    {
        var requested = Event(ObligationEventKind.ExtensionRequested, "2025-09-16", "2031-05-01", "13MSP");
        var text = new AnswerEngine().Answer("how many extensions has Lebanon had?", Data(Original, Granted, requested), new DateOnly(2026, 11, 25)).Text;
        Assert.Contains("Extensions on record: 1 granted (to 1 May 2026, by 2RC), and 1 requested with no recorded outcome.", text.Split('\n')[0]);
        // A request the meeting then granted is counted once, as granted.
        var decided = Event(ObligationEventKind.ExtensionRequested, "2020-03-01", "2026-05-01", "2RC");
        Assert.Contains("Extensions on record: 1 granted (to 1 May 2026, by 2RC).", StateArticleAnswers.Answer(Data(Original, decided, Granted), Lebanon, 4, new DateOnly(2022, 1, 1)).Text);
        Assert.DoesNotContain("Extensions on record", StateArticleAnswers.Answer(Data(Original), Lebanon, 4, new DateOnly(2022, 1, 1)).Text);
    }

    [Theory]
    [InlineData("What is Lebanon's Article 4 deadline?")]
    [InlineData("what is the article 4 deadline for Lebanon")]
    [InlineData("what's Lebanon's art 4 deadline")]
    public void A_deadline_asked_with_a_State_named_is_that_States_not_the_rule(string question)
    {
        var answer = new AnswerEngine().Answer(question, Data(Original, Granted), new DateOnly(2026, 11, 25));
        Assert.StartsWith("Lebanon, clearance of cluster munition remnants (Art. 4)", answer.Text);
        Assert.Contains("1 May 2026", answer.Text);
    }

    [Theory]
    [InlineData("what is the Article 4 deadline?")]
    [InlineData("What does Article 4 require?")]
    public void The_same_words_without_a_State_are_the_rule(string question) =>
        Assert.StartsWith("What CcmBot applies for Art. 4:", new AnswerEngine().Answer(question, Data(Original, Granted), new DateOnly(2026, 11, 25)).Text);

    [Fact]
    public void Who_had_the_obligation_counts_completed_States_too_and_a_quantity_asked_of_a_State_is_that_States()
    {
        var peru = A.State("PER", "Peru", "Americas", deposited: "2012-09-26");
        var data = new TreatyData([Lebanon, peru],
            obligationEvents:
            [
                Original with { Article = 3, Deadline = PartialDate.Parse("2019-05-01") },
                new("PER", 3, ObligationEventKind.OriginalDeadline, PartialDate.Parse("2013-03-01"), PartialDate.Parse("2021-03-01"), null, null, false, Source),
                new("PER", 3, ObligationEventKind.Completed, PartialDate.Parse("2023-12-15"), PartialDate.Parse("2023-12-15"), null, "162,417 submunitions destroyed", false, Source),
            ]);
        Answer Ask(string question) => new AnswerEngine().Answer(question, data, new DateOnly(2026, 11, 25));

        Assert.StartsWith("As of 25 Nov 2026: Art. 3 (stockpile destruction): 2 States with the obligation on record by 25 Nov 2026, 1 of them completed (Lebanon and Peru).",
            Ask("which states had stockpiles?").Text);
        Assert.Contains("(Lebanon)", Ask("which states have stockpiles?").Text.Split('\n')[0]);
        // A figure quoted in the note on Peru's record is given as quoted, with its record and source; Lebanon's record quotes none.
        Assert.StartsWith("CcmBot keeps no counts of cluster munitions or submunitions held, destroyed or retained of its own; the notes on its sources quote: " +
                          "Peru, completion reported: 15 Dec 2023: \"162,417 submunitions destroyed\" (test source (as of 1 Jan 2026)). States report such figures in their Article 7 reports. " +
                          "What the data record: Peru, stockpile destruction (Art. 3)", Ask("how many submunitions has Peru destroyed?").Text);
        Assert.StartsWith("CcmBot's data hold no counts of cluster munitions or submunitions held, destroyed or retained, so that figure cannot be given here (States report them in their Article 7 reports; " +
                          "the Cluster Munition Monitor compiles them). What the data record: Lebanon, stockpile destruction (Art. 3)", Ask("how many submunitions has Lebanon destroyed?").Text);
        // Before the day the note was recorded for, it is not quoted.
        Assert.StartsWith("CcmBot's data hold no counts", new AnswerEngine().Answer("how many submunitions had Peru destroyed as of 2020?", data, new DateOnly(2026, 11, 25)).Text);
    }

    [Theory]
    [InlineData("how big is Lao PDR's contaminated area?")]
    [InlineData("what is the extent of contamination in Laos?")]
    [InlineData("how large are Lao PDR's stockpiles?")]
    public void The_size_of_contamination_or_stocks_is_a_quantity_asked(string question) =>
        Assert.True(new RuleBasedQuestionParser().Parse(question, new DateOnly(2026, 11, 25), new TreatyData([A.State("LAO", "Lao People's Democratic Republic", "Asia")], aliases: [new("LAO", "Lao PDR"), new("LAO", "Laos")]).Resolver).AsksQuantity);

    [Fact]
    public void A_past_periods_deadlines_are_those_that_fell_then_met_or_not_and_not_those_extended_before()
    {
        var chile = A.State("CHL", "Chile", "Americas", deposited: "2010-12-16");
        var iraq = A.State("IRQ", "Iraq", "Middle East", deposited: "2011-05-14");
        ObligationEvent For(string iso3, ObligationEventKind kind, string date, string deadline = "") =>
            new(iso3, 4, kind, PartialDate.Parse(date), PartialDate.Parse(deadline), null, null, false, Source);
        var data = new TreatyData([Lebanon, chile, iraq], obligationEvents:
        [
            Original, Granted, // extended in 2020, so no deadline fell in 2021
            For("CHL", ObligationEventKind.OriginalDeadline, "2011-06-01", "2021-06-01"), For("CHL", ObligationEventKind.Completed, "2021-03-01"),
            For("IRQ", ObligationEventKind.OriginalDeadline, "2011-11-01", "2021-11-01"),
        ]);
        var answer = new AnswerEngine().Answer("Article 4 deadlines in 2021", data, new DateOnly(2026, 11, 25));
        Assert.StartsWith("As of 25 Nov 2026: Art. 4 (clearance): 2 deadlines fell between 1 Jan 2021 and 31 Dec 2021, as they stood on 31 Dec 2021: Chile (1 Jun 2021, met) and Iraq (1 Nov 2021, overdue).", answer.Text);
        Assert.DoesNotContain("Lebanon", answer.Text.Split('\n')[0]);
        // The same period asked while it is still running: the open deadlines in it, as before.
        Assert.Contains("1 open deadline between 1 Jan 2021 and 31 Dec 2021: Iraq", new AnswerEngine().Answer("Article 4 deadlines in 2021", data, new DateOnly(2021, 7, 1)).Text);
    }
    [Theory]
    [InlineData("Which States Parties have deadlines under Article 3 or 4 in the next 12 months?", null, ObligationView.Deadlines)]
    [InlineData("Article 3 and 4 deadlines in 2027", null, ObligationView.Deadlines)]
    [InlineData("can you give me the Art 4 deadlines for 2026 and 2027?", 4, ObligationView.Deadlines)]
    [InlineData("please list the States whose clearance deadline passed without completion", 4, ObligationView.Overdue)]
    public void Deadlines_of_two_articles_are_both_and_a_deadline_passed_without_completion_is_missed(string question, int? article, ObligationView has)
    {
        var data = new TreatyData([A.State("AAA", "Aland", deposited: "2010-01-05")]);
        var parsed = new RuleBasedQuestionParser().Parse(question, new DateOnly(2026, 12, 4), data.Resolver);
        Assert.Equal((Intent.ArticleObligations, article), (parsed.Intent, parsed.Article));
        Assert.True(parsed.View.HasFlag(has), parsed.View.ToString());
        Assert.False(parsed.View.HasFlag(ObligationView.Completed));
        if (question.Contains("2026 and 2027", StringComparison.Ordinal)) Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)), (parsed.Window!.From, parsed.Window.To));
    }

    /// <summary>Victims reported by the 7MSP progress report (30 June 2017): Art. 5 applies to the State.</summary>
    static ArticleSnapshot Victims(string iso3) => new(iso3, "5", "victims reported", PartialDate.Parse("2017-06-30"), null, [], null, Source);

    [Theory]
    [InlineData("who has no victim assistance focal point?")]
    [InlineData("which states have a VA focal point?")]
    [InlineData("focal points missing")]
    [InlineData("which states haven't named a DAP focal point?")]
    [InlineData("who still has to designate a focal point under the Dubrovnik plan?")]
    public void A_focal_point_question_places_each_State_with_victims_by_that_one_item(string question)
    {
        var data = new TreatyData(
            [A.State("AFG", "Afghanistan", "Asia", deposited: "2011-09-08"), A.State("TCD", "Chad", "Africa", deposited: "2013-03-26"), A.State("LBN", "Lebanon", "Middle East", deposited: "2010-11-05")],
            evidence:
            [
                A.Evidence(Deliverable.FocalPoint, EvidenceKind.SubmittedOn, "2016-05-01", "AFG", "7MSP progress report"),
                A.Evidence(Deliverable.FocalPoint, EvidenceKind.NotSubmittedAt, "2017-06-30", "LBN", "7MSP progress report"),
            ],
            articleSnapshots: [Victims("AFG"), Victims("TCD"), Victims("LBN")]);
        var answer = new AnswerEngine().Answer(question, data, new DateOnly(2017, 6, 30));
        Assert.Equal("As of 30 Jun 2017, victim assistance focal point (DAP Action 4.1(a)), due 31 Dec 2016, among the 3 States Parties with reported victims: " +
                     "not recorded by its date: 1 (Lebanon); not known either way: 1 (Chad); recorded: 1 (Afghanistan).", answer.Text.Split('\n')[0]);
        var groups = Assert.IsType<ListAnswerModel>(answer.Model).Groups;
        Assert.Equal(["Lebanon", "Chad", "Afghanistan"], groups.SelectMany(g => g.Rows).Select(r => r.Label));
        Assert.Contains("DAP Action 4.1(a)", answer.Text);
    }
    [Theory]
    [InlineData("who hadn't informed of a focal point by mid-2017?")]
    [InlineData("which States had no victim assistance focal point at the end of 2017?")]
    [InlineData("who had reported victims in 2017?")]
    public void A_victim_assistance_question_with_a_period_is_asked_as_of_its_end(string question)
    {
        var data = new TreatyData([A.State("AFG", "Afghanistan", "Asia", deposited: "2011-09-08"), A.State("TCD", "Chad", "Africa", deposited: "2013-03-26")],
            articleSnapshots: [Victims("AFG"), Victims("TCD")]);
        var answer = new AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 4));
        Assert.DoesNotContain("4 Dec 2026", answer.Text.Split('\n')[0]);
        Assert.Contains("2017", answer.Text.Split('\n')[0]);
    }

    [Theory]
    [InlineData("which States have a VA action plan?")]
    [InlineData("who has a national action plan on disability?")]
    [InlineData("which states have no national disability action plan?")]
    public void An_action_plan_question_places_each_State_with_victims_by_that_one_item(string question)
    {
        var data = new TreatyData(
            [A.State("AFG", "Afghanistan", "Asia", deposited: "2011-09-08"), A.State("TCD", "Chad", "Africa", deposited: "2013-03-26")],
            evidence: [A.Evidence(Deliverable.ActionPlan, EvidenceKind.SubmittedOn, "2016-05-01", "AFG", "7MSP progress report")],
            articleSnapshots: [Victims("AFG"), Victims("TCD")]);
        var answer = new AnswerEngine().Answer(question, data, new DateOnly(2017, 6, 30));
        Assert.StartsWith("As of 30 Jun 2017, national disability or", answer.Text);
        Assert.Contains("recorded: 1 (Afghanistan)", answer.Text.Split('\n')[0]);
    }

    [Fact]
    public void Extensions_asked_in_a_period_say_how_many_were_granted_and_how_many_requested_then()
    {
        var requested = Event(ObligationEventKind.ExtensionRequested, "2025-03-01", "2031-05-01");
        var data = Data(Original, Granted, requested);
        var in2025 = new AnswerEngine().Answer("which Art 4 states requested an extension in 2025?", data, new DateOnly(2026, 12, 4));
        Assert.StartsWith("As of 4 Dec 2026: Art. 4 (clearance): 0 extensions granted and 1 requested between 1 Jan 2025 and 31 Dec 2025, 1 of them with no recorded outcome (Lebanon)", in2025.Text);
        var thisYear = new AnswerEngine().Answer("which Art 4 states have requested extensions this year?", data, new DateOnly(2026, 12, 4));
        Assert.StartsWith("As of 4 Dec 2026: Art. 4 (clearance): 0 extensions granted and 0 requested between 1 Jan 2026 and 31 Dec 2026", thisYear.Text);
    }
}
