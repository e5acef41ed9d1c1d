using CcmBot.Core.Outreach;

namespace CcmBot.Core.Tests.Outreach;

public sealed class OutreachLogTests
{
    static readonly Person Author = new("u1", "Coordinator");

    static Contact Contact(int id, string iso3, DateOnly date, bool deleted = false) =>
        new(id, [iso3], date, ContactKind.Letter, ThematicArea.Universalization, null, Author, null, null, null, null, null, null,
            ContactStatus.Open, deleted, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_latest_contacts_are_the_newest_by_date_the_first_recorded_first_on_the_same_day_and_only_those_by_the_date_asked()
    {
        var day = new DateOnly(2019, 5, 3);
        var log = new OutreachLog([
            Contact(1, "TGO", day), Contact(2, "TGO", day.AddDays(2)), Contact(3, "TGO", day), Contact(4, "TGO", day.AddDays(9)),
            Contact(5, "TGO", day.AddDays(2), deleted: true), Contact(6, "BEN", day.AddDays(3)), Contact(7, "TGO", day.AddDays(-1)),
        ], null);

        var (count, latest) = log.LatestWith("TGO", day.AddDays(5), 3);

        Assert.Equal(4, count); // 1, 2, 3, 7: not 4 (after the date), 5 (deleted) or 6 (Benin)
        Assert.Equal([2, 1, 3], latest.Select(c => c.Id));
    }

    [Fact]
    public void The_one_pass_count_and_latest_match_a_full_sort_on_random_logs()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 300; run++)
        {
            var contacts = Enumerable.Range(1, random.Next(0, 60))
                .Select(id => Contact(id, random.Next(3) == 0 ? "BEN" : "TGO", new DateOnly(2019, 1, 1).AddDays(random.Next(40)), random.Next(8) == 0))
                .ToList();
            var log = new OutreachLog(contacts, null);
            var asOf = new DateOnly(2019, 1, 1).AddDays(random.Next(45));
            var take = random.Next(1, 5);
            var sorted = log.LiveWith("TGO").Where(c => c.Date <= asOf).OrderByDescending(c => c.Date).ThenBy(c => c.Id).ToList();

            var (count, latest) = log.LatestWith("TGO", asOf, take);

            Assert.Equal(sorted.Count, count);
            Assert.Equal(sorted.Take(take).Select(c => c.Id), latest.Select(c => c.Id));
        }
    }

    static Contact WithOutcome(int id, string iso3, ContactOutcome? outcome, ContactKind kind = ContactKind.Letter) =>
        Contact(id, iso3, new DateOnly(2026, 10, id)) with { Outcome = outcome, Kind = kind };

    [Theory]
    [InlineData("contacts with no response", new[] { 1, 3 })]
    [InlineData("which letters haven't been answered?", new[] { 1, 3 })]
    [InlineData("contacts where the State acknowledged", new[] { 2 })]
    [InlineData("who committed to submit after our outreach?", new[] { 4 })]
    [InlineData("which démarches were declined?", new[] { 5 })]
    [InlineData("list our contacts", new[] { 1, 2, 3, 4, 5 })]
    public void Contacts_are_filtered_by_the_outcome_asked_about(string question, int[] ids)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([WithOutcome(1, "TGO", ContactOutcome.NoResponse), WithOutcome(2, "BEN", ContactOutcome.Acknowledged), WithOutcome(3, "BEN", null),
            WithOutcome(4, "TGO", ContactOutcome.Committed), WithOutcome(5, "BEN", ContactOutcome.Declined, ContactKind.Demarche)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        var model = Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(answer.Model);
        Assert.Equal(ids.Select(id => $"#{id}"), model.Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]).Order());
    }

    // Contacts dated 1 to 5 October 2026; today is 3 December 2026.
    [Theory]
    [InlineData("what did we send on 2 October?", new[] { 2 }, "1 contact on 2 Oct 2026:")]
    [InlineData("contacts as of 3 October", new[] { 1, 2, 3 }, "3 contacts dated up to 3 Oct 2026:")]
    [InlineData("letters since 4 October", new[] { 4, 5 }, "2 letters since 4 Oct 2026:")]
    [InlineData("list our contacts", new[] { 1, 2, 3, 4, 5 }, "5 contacts:")]
    public void A_day_asked_about_is_that_day_and_as_of_a_day_is_everything_up_to_it(string question, int[] ids, string start)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]);
        var log = new OutreachLog([.. Enumerable.Range(1, 5).Select(id => WithOutcome(id, "TGO", null))], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        var model = Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(answer.Model);
        Assert.Equal(ids.Select(id => $"#{id}"), model.Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]).Order());
        Assert.StartsWith(start, answer.Text);
    }

    [Fact]
    public void No_response_says_it_counts_contacts_with_no_outcome_yet()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]);
        var log = new OutreachLog([WithOutcome(1, "TGO", null)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer("contacts with no response", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("1 contact with no response recorded (outcome \"no response\" or none yet)", answer.Text);
    }

    [Theory]
    [InlineData("outreach by area this year", "Outreach between 1 Jan 2026 and 31 Dec 2026")]
    [InlineData("outreach in Q4", "1 contact between 1 Oct 2026 and 31 Dec 2026")]
    public void Outreach_by_area_is_the_report_and_a_quarter_named_alone_is_the_latest_begun(string question, string expected)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]);
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2026, 10, 5))], null);
        Assert.StartsWith(expected, new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log).Text);
    }

    [Theory]
    [InlineData("outreach report for Q4 2026", "Outreach between 1 Oct 2026 and 31 Dec 2026: 1 contact with 1 State.")]
    [InlineData("outreach report by area for the third quarter of 2026", "Outreach between 1 Jul 2026 and 30 Sep 2026: 2 contacts with 2 States.")]
    [InlineData("outreach report for July 2026", "Outreach between 1 Jul 2026 and 31 Jul 2026: 2 contacts with 2 States.")]
    [InlineData("outreach report for 2026", "Outreach between 1 Jan 2026 and 31 Dec 2026: 3 contacts with 2 States.")]
    public void A_report_covers_the_period_named(string question, string expected)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2026, 7, 2)), Contact(2, "BEN", new DateOnly(2026, 7, 30)), Contact(3, "TGO", new DateOnly(2026, 10, 5))], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith(expected, answer.Text);
    }

    [Theory]
    [InlineData("who have we not contacted among the signatories?")]
    [InlineData("which signatories have we not approached?")]
    [InlineData("States not yet party that we have not contacted")]
    public void Signatories_not_contacted_are_the_States_still_to_join(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.Signatory("AGO", "Angola", "2008-12-03"), A.Signatory("KEN", "Kenya", "2008-12-03")]);
        var log = new OutreachLog([Contact(1, "AGO", new DateOnly(2026, 11, 2)), Contact(2, "KEN", new DateOnly(2025, 1, 5))], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("As of 3 Dec 2026: 1 of 2 signatories that have not ratified had no contact since 3 Jun 2026: Kenya.", answer.Text);
        Assert.Contains("last contact 5 Jan 2025", answer.Text);
    }

    [Theory]
    [InlineData("what did Togo say last time?")]
    [InlineData("any reply from Togo?")]
    [InlineData("have we heard back from Togo?")]
    [InlineData("what did we discuss with Togo?")]
    [InlineData("what have we told Togo?")]
    [InlineData("who spoke to Togo?")]
    public void What_a_State_said_is_its_contacts_newest_first(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2026, 7, 2)) with { Outcome = ContactOutcome.Committed }, Contact(2, "BEN", new DateOnly(2026, 7, 30)), Contact(3, "TGO", new DateOnly(2026, 10, 5))], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.Equal(["#3", "#1"], Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]));
        Assert.Contains("outcome: committed", answer.Text);
    }

    [Theory]
    [InlineData("when did we last contact Togo?", "The last contact with Togo: letter to Togo on 5 Oct 2026 (#3), 59 days ago; no outcome recorded; follow-up 10 Dec 2026. 3 contacts with Togo:")]
    [InlineData("when was Togo last contacted?", "The last contact with Togo: letter to Togo on 5 Oct 2026 (#3), 59 days ago;")]
    [InlineData("latest letter to Togo", "The last letter with Togo: letter to Togo on 5 Oct 2026 (#3)")]
    [InlineData("last contact with Benin", "The last contact with Benin: letter to Benin on 30 Jul 2026 (#2), 126 days ago; outcome: acknowledged.")]
    public void The_last_contact_comes_first_with_how_long_ago_and_what_came_of_it(string question, string start)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([
            Contact(1, "TGO", new DateOnly(2026, 7, 2)) with { Outcome = ContactOutcome.Committed },
            Contact(2, "BEN", new DateOnly(2026, 7, 30)) with { Outcome = ContactOutcome.Acknowledged, Status = ContactStatus.Done },
            Contact(3, "TGO", new DateOnly(2026, 10, 5)) with { FollowUp = new DateOnly(2026, 12, 10) },
            Contact(4, "TGO", new DateOnly(2026, 12, 20)), // planned, after today: not the last one made
        ], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith(start, answer.Text);
    }

    [Fact]
    public void Not_contacted_this_year_counts_from_the_start_of_the_year()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.Signatory("AGO", "Angola", "2008-12-03"), A.Signatory("KEN", "Kenya", "2008-12-03")]);
        var log = new OutreachLog([Contact(1, "AGO", new DateOnly(2026, 2, 2)), Contact(2, "KEN", new DateOnly(2025, 12, 5))], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer("which signatories haven't we contacted this year?", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("As of 3 Dec 2026: 1 of 2 signatories that have not ratified had no contact since 1 Jan 2026: Kenya.", answer.Text);
    }

    [Theory]
    [InlineData("what did I log this week?", 1)]
    [InlineData("what have I logged?", 2)]
    [InlineData("what have we recorded this month?", 2)]
    public void What_I_logged_is_the_asker_s_contacts(string question, int count)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var someoneElse = new Person("u2", "Other") ;
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2026, 12, 1)), Contact(2, "BEN", new DateOnly(2026, 12, 1)) with { Id = 2, Date = new DateOnly(2026, 11, 20) },
            Contact(3, "BEN", new DateOnly(2026, 12, 2)) with { Author = someoneElse }], Author);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith(count == 1 ? "1 contact" : $"{count} contacts", answer.Text);
    }

    [Theory]
    [InlineData("what did I log today?", new[] { 1, 2 })]
    [InlineData("what have I entered today?", new[] { 1, 2 })]
    [InlineData("contacts recorded yesterday", new[] { 3 })]
    [InlineData("what did u1 log today?", new[] { 1, 2 })]
    [InlineData("contacts made today", new[] { 1 })]
    [InlineData("which letters did we send on 5 March 2019?", new[] { 2 })]
    public void A_period_asked_with_log_or_record_covers_the_day_a_contact_was_entered_as_well_as_the_day_it_took_place(string question, int[] ids)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var today = new DateOnly(2026, 12, 3);
        DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
        // #1 a letter today, logged today; #2 a letter of 2019 logged today; #3 a meeting last week logged yesterday.
        var log = new OutreachLog([
            Contact(1, "TGO", today) with { CreatedAt = At(today) },
            Contact(2, "BEN", new DateOnly(2019, 3, 5)) with { CreatedAt = At(today) },
            Contact(3, "TGO", today.AddDays(-8)) with { Kind = ContactKind.BilateralMeeting, CreatedAt = At(today.AddDays(-1)) },
        ], Author);

        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, today, log);

        Assert.Equal(ids, System.Text.RegularExpressions.Regex.Matches(answer.Text, @"(?m)^- #(\d+)").Select(m => int.Parse(m.Groups[1].Value)).Order());
        if (question.Contains("log") || question.Contains("record") || question.Contains("enter")) Assert.Contains("dated or entered in the log", answer.Text);
    }

    [Fact]
    public void A_report_names_the_most_contacted_States_and_who_recorded_the_contacts()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2026, 11, 2)), Contact(2, "BEN", new DateOnly(2026, 11, 3)), Contact(3, "TGO", new DateOnly(2026, 11, 20)) with { Author = new Person("u2", "Second") }], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer("which States have we contacted most?", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("Outreach all dates: 3 contacts with 2 States. By area: universalization 3. Most contacted: Togo 2, Benin 1.", answer.Text);
        Assert.Contains("- Togo: 2 contacts, latest 20 Nov 2026", answer.Text);
        Assert.Contains("- Coordinator: 2 contacts", answer.Text);
        Assert.Contains("- Second: 1 contact", answer.Text);
    }

    [Theory]
    [InlineData("which States have we contacted more than once?", "Outreach all dates: 1 State was contacted more than once: Togo (3). In all: 4 contacts with 2 States.")]
    [InlineData("who have we approached at least three times?", "Outreach all dates: 1 State was contacted 3 times or more: Togo (3). In all: 4 contacts")]
    [InlineData("which States did we write to more than three times?", "Outreach all dates: no State was contacted 4 times or more; the most was 3, Togo. In all: 4 contacts")]
    [InlineData("States contacted repeatedly in November 2026", "Outreach between 1 Nov 2026 and 30 Nov 2026: no State was contacted more than once; each of the 2 States contacted was contacted once. In all: 2 contacts")]
    public void Asked_who_was_contacted_more_than_once_the_report_opens_with_those_States(string question, string start)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2026, 11, 2)), Contact(2, "BEN", new DateOnly(2026, 11, 3)), Contact(3, "TGO", new DateOnly(2026, 10, 20)),
            Contact(4, "TGO", new DateOnly(2026, 12, 1))], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith(start, answer.Text);
    }

    [Fact]
    public void Waiting_for_replies_names_a_State_that_answered_in_a_later_contact()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa"), A.State("AGO", "Angola", "Africa")]);
        var letter = Contact(1, "TGO", new DateOnly(2026, 12, 2)) with { States = ["TGO", "BEN"] };
        var log = new OutreachLog([letter, Contact(2, "AGO", new DateOnly(2026, 12, 1)) with { Outcome = ContactOutcome.NoResponse },
            Contact(3, "TGO", new DateOnly(2026, 12, 4)) with { Kind = ContactKind.Call, Outcome = ContactOutcome.Acknowledged },
            Contact(4, "AGO", new DateOnly(2026, 11, 20)) with { Outcome = ContactOutcome.Committed }], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer("which States haven't we heard back from?", data, new DateOnly(2026, 12, 5), log);
        Assert.StartsWith("2 contacts with no response recorded", answer.Text);
        // Angola's answer came before the unanswered démarche, so it is not an answer to it.
        Assert.Contains("Note: Answered in a later contact: Togo (#1) answered since: call on 4 Dec 2026 (#3), acknowledged. Record the outcome on the earlier contact", answer.Text);
        Assert.DoesNotContain("Angola (#2) answered", answer.Text);
    }

    [Theory]
    [InlineData("outreach since the 13MSP", "1 contact since 16 Sep 2025: letter to Togo on 2 Oct 2025 (#1).")]
    [InlineData("contacts between the 12MSP and the 13MSP", "1 contact between 10 Sep 2024 and 15 Sep 2025: letter to Benin on 2 Jan 2025 (#2).")]
    [InlineData("outreach report since the 12MSP", "Outreach since 10 Sep 2024: 2 contacts with 2 States.")]
    [InlineData("outreach at the 13MSP", "No contacts between 16 Sep 2025 and 19 Sep 2025 in the outreach log.")]
    public void Outreach_over_a_period_bounded_by_meetings_takes_the_meetings_days(string question, string start)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")],
            meetings:
            [
                new CcmBot.Core.Treaties.Meeting("12MSP", "Twelfth Meeting of States Parties", "ccm_msp", "Geneva", CcmBot.Core.Treaties.PartialDate.Parse("2024-09-10"), CcmBot.Core.Treaties.PartialDate.Parse("2024-09-13"), null, A.Source),
                new CcmBot.Core.Treaties.Meeting("13MSP", "Thirteenth Meeting of States Parties", "ccm_msp", "Geneva", CcmBot.Core.Treaties.PartialDate.Parse("2025-09-16"), CcmBot.Core.Treaties.PartialDate.Parse("2025-09-19"), null, A.Source),
            ]);
        var log = new OutreachLog([Contact(1, "TGO", new DateOnly(2025, 10, 2)), Contact(2, "BEN", new DateOnly(2025, 1, 2)), Contact(3, "BEN", new DateOnly(2024, 5, 2))], null);
        Assert.StartsWith(start, new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 5), log).Text);
    }

    [Theory]
    [InlineData("show me all letters to signatories", "1 letter with signatories (signed, not ratified): letter to Angola on 1 Dec 2026 (#1).")]
    [InlineData("contacts with States not party", "2 contacts with States not party: letter to Egypt on 3 Dec 2026 (#3) and letter to Angola on 1 Dec 2026 (#1).")]
    [InlineData("letters to non-States Parties", "2 letters with States not party")]
    [InlineData("contacts with states parties", "1 contact with States Parties: letter to Togo on 2 Dec 2026 (#2).")]
    [InlineData("contacts with signatories as of 1 January 2009", "No contacts with signatories (signed, not ratified), dated up to 1 Jan 2009 in the outreach log.")]
    public void Contacts_with_signatories_or_States_not_party_keep_only_those_States(string question, string start)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa", deposited: "2012-06-22"), A.Signatory("AGO", "Angola"), A.State("EGY", "Egypt", "Africa", signed: null, deposited: null)]);
        var log = new OutreachLog([Contact(1, "AGO", new DateOnly(2026, 12, 1)), Contact(2, "TGO", new DateOnly(2026, 12, 2)), Contact(3, "EGY", new DateOnly(2026, 12, 3))], null);
        Assert.StartsWith(start, new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 5), log).Text);
    }

    static Contact By(int id, string iso3, Person author, ContactKind kind = ContactKind.Letter) =>
        Contact(id, iso3, new DateOnly(2026, 10, id)) with { Author = author, Kind = kind };

    static readonly Person Maria = new("29:maria", "María López");
    static readonly Person Coord1 = new("coord1", "coord1");

    [Theory]
    [InlineData("who did coord1 contact?", new[] { 2, 4 }, "coord1")]
    [InlineData("what did Maria log?", new[] { 1, 3 }, "María López")]
    [InlineData("letters sent by Maria Lopez", new[] { 1 }, "María López")]
    [InlineData("contacts recorded by maria", new[] { 1, 3 }, "María López")]
    [InlineData("Maria's démarches", new[] { 3 }, "María López")]
    [InlineData("has coord1 contacted Benin?", new[] { 2 }, "coord1")]
    public void Contacts_are_filtered_by_who_recorded_them(string question, int[] ids, string recorder)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa")]);
        var log = new OutreachLog([By(1, "TGO", Maria), By(2, "BEN", Coord1), By(3, "BEN", Maria, ContactKind.Demarche), By(4, "TGO", Coord1)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        var model = Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(answer.Model);
        Assert.Equal(ids.Select(id => $"#{id}"), model.Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]).Order());
        Assert.Contains("recorded by " + recorder, answer.Text);
    }

    [Fact]
    public void A_person_who_recorded_nothing_is_said_so_with_those_who_did()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]);
        var log = new OutreachLog([By(1, "TGO", Maria), By(2, "TGO", Coord1)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer("what did Pedro log?", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("No one called \"Pedro\" has recorded outreach in the log. Contacts were recorded by coord1 and María López.", answer.Text);
        // The name is repeated as written, accents included.
        Assert.StartsWith("No one called \"José Ramón\" has recorded", new CcmBot.Core.Answers.AnswerEngine().Answer("contacts logged by José Ramón", data, new DateOnly(2026, 12, 3), log).Text);
    }

    [Theory]
    [InlineData("did we contact Togo?")]
    [InlineData("has Togo been contacted?")]
    [InlineData("letters sent by email to Togo")]
    [InlineData("contacts made by the ISU")]
    [InlineData("letters sent by post to Togo")]
    [InlineData("did anyone contact Togo?")]
    [InlineData("outreach by area this year")]
    public void Pronouns_States_and_outreach_words_are_not_read_as_a_person(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]);
        var log = new OutreachLog([By(1, "TGO", Maria)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.DoesNotContain("No one called", answer.Text);
        Assert.DoesNotContain("recorded by María", answer.Text.Split('\n')[0]);
    }

    [Fact]
    public void A_State_named_by_a_short_form_where_a_person_would_stand_is_the_State_and_a_name_that_is_a_code_is_a_person()
    {
        var data = new CcmBot.Core.Treaties.TreatyData(
            [A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa"), A.State("COD", "Democratic Republic of the Congo", "Africa")],
            aliases: [new("COD", "DRC")]);
        var ben = new Person("29:ben", "Ben");
        var log = new OutreachLog([By(1, "COD", Maria), By(2, "TGO", ben), By(3, "TGO", Maria)], null);
        CcmBot.Core.Answers.Answer Ask(string question) => new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);

        var drc = Ask("did DRC contact us?");
        Assert.DoesNotContain("No one called", drc.Text);
        Assert.Equal(["#1"], Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(drc.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]));

        var byBen = Ask("did Ben contact Togo?");
        Assert.Contains("recorded by Ben", byBen.Text);
        Assert.Equal(["#2"], Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(byBen.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]));
    }

    [Fact]
    public void Contacts_follow_ups_and_reports_are_kept_to_the_region_asked()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas"), A.State("FRA", "France", "Europe")]);
        var joint = By(3, "TGO", Maria) with { States = ["CHL", "FRA"] };
        var log = new OutreachLog(
            [By(1, "TGO", Maria) with { FollowUp = new DateOnly(2026, 12, 5) }, By(2, "CHL", Maria) with { FollowUp = new DateOnly(2026, 12, 6) }, joint], null);
        CcmBot.Core.Answers.Answer Ask(string question) => new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        static IEnumerable<string> Ids(CcmBot.Core.Answers.Answer a) =>
            Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(a.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]).Order();

        var african = Ask("contacts with African states this year");
        Assert.Equal(["#1"], Ids(african));
        Assert.Contains("with States in Africa", african.Text);
        Assert.Equal(["#2", "#3"], Ids(Ask("outreach in the Americas")));
        Assert.Equal(["#3"], Ids(Ask("letters to European states")));
        Assert.StartsWith("1 open follow-up due by 10 Dec 2026 with States in the Americas", Ask("follow-ups due with Latin American states").Text);
        var europe = Ask("outreach report for Europe");
        Assert.StartsWith("Outreach all dates, States in Europe: 1 contact with 1 State.", europe.Text);
        Assert.Contains("Most contacted: France 1.", europe.Text);
    }

    [Theory]
    [InlineData("which follow ups are overdue?")]
    [InlineData("overdue follow-ups")]
    [InlineData("follow-ups we missed")]
    [InlineData("which follow-ups are late?")]
    public void Overdue_follow_ups_are_those_past_their_date_however_long_ago(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas"), A.State("FRA", "France", "Europe")]);
        var log = new OutreachLog(
            [By(1, "TGO", Maria) with { FollowUp = new DateOnly(2026, 3, 1) }, By(2, "CHL", Maria) with { FollowUp = new DateOnly(2026, 12, 2) },
             By(3, "FRA", Maria) with { FollowUp = new DateOnly(2026, 12, 5) }, By(4, "FRA", Maria) with { FollowUp = new DateOnly(2026, 1, 5), Status = ContactStatus.Done }], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("2 open follow-ups past their date on 3 Dec 2026: Togo on 1 Mar 2026 (contact 1) and Chile on 2 Dec 2026 (contact 2).", answer.Text);
        // Without "overdue", the coming week, with the past ones still shown.
        var due = new CcmBot.Core.Answers.AnswerEngine().Answer("which follow-ups are due?", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("3 open follow-ups due by 10 Dec 2026 (2 already past their date)", due.Text);
        var one = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 1), log);
        Assert.StartsWith("1 open follow-up past its date on 1 Dec 2026: Togo on 1 Mar 2026 (contact 1).", one.Text);
    }

    [Fact]
    public void What_is_due_in_a_period_counts_the_open_follow_ups_in_it_for_those_who_read_the_log()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog(
            [By(1, "TGO", Maria) with { FollowUp = new DateOnly(2026, 12, 2) }, By(2, "CHL", Maria) with { FollowUp = new DateOnly(2026, 11, 20) },
             By(3, "CHL", Maria) with { FollowUp = new DateOnly(2026, 12, 4), Status = ContactStatus.Done }], null);
        var engine = new CcmBot.Core.Answers.AnswerEngine();
        var week = engine.Answer("what's due this week?", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("As of 3 Dec 2026, due between 30 Nov 2026 and 6 Dec 2026: 1 outreach follow-up.", week.Text);
        Assert.Contains("- #1 Togo: open; due 2 Dec 2026; 1 day overdue", week.Text);
        Assert.Contains("Sources: CcmBot outreach log (contacts recorded by coordinators)", week.Text);
        // Someone who may not read the log is told the treaty part only.
        var hidden = engine.Answer("what's due this week?", data, new DateOnly(2026, 12, 3), OutreachLog.Hidden("readers do not see the outreach log"));
        Assert.DoesNotContain("follow-up", hidden.Text);
    }

    [Theory]
    [InlineData("list contacts with no follow-up date")]
    [InlineData("which contacts have no follow up?")]
    [InlineData("open contacts without a follow-up")]
    [InlineData("contacts where the follow-up date is missing")]
    public void Contacts_without_a_follow_up_are_the_open_ones_with_no_day_set(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas"), A.State("FRA", "France", "Europe")]);
        var log = new OutreachLog(
            [By(1, "TGO", Maria), By(2, "CHL", Maria) with { FollowUp = new DateOnly(2026, 12, 20) },
             By(3, "FRA", Coord1) with { Status = ContactStatus.Done }, By(4, "FRA", Coord1), By(5, "CHL", Maria) with { Deleted = true }], Maria);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        var ids = Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]).Order();
        Assert.Equal(["#1", "#4"], ids);
        Assert.StartsWith("2 open contacts without a follow-up day on 3 Dec 2026:", answer.Text);
        Assert.Contains("set the follow-up on contact", answer.Text);

        var mine = new CcmBot.Core.Answers.AnswerEngine().Answer("my contacts with no follow-up", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("You have 1 open contact without a follow-up day on 3 Dec 2026: Togo", mine.Text);
        // Follow-ups themselves are still asked the usual way.
        Assert.StartsWith("1 open follow-up this month: Chile", new CcmBot.Core.Answers.AnswerEngine().Answer("which contacts need a follow-up this month?", data, new DateOnly(2026, 12, 3), log).Text);
    }

    [Theory]
    [InlineData("what's the response rate to our letters?")]
    [InlineData("what percentage of our contacts got a reply?")]
    [InlineData("who have we contacted more than once?")]
    [InlineData("which States did we contact most?")]
    [InlineData("who did we write to the most?")]
    public void Response_rates_and_repeated_contacts_are_the_outreach_report(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog(
        [
            By(1, "TGO", Maria) with { Outcome = ContactOutcome.NoResponse }, By(2, "TGO", Maria) with { Outcome = ContactOutcome.Committed },
            By(3, "CHL", Maria) with { Outcome = ContactOutcome.Acknowledged }, By(4, "CHL", Maria),
        ], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith($"Outreach all dates{(question.Contains("letters") ? ", letters only" : "")}: " + (question.Contains("more than once") ? "2 States were contacted more than once: Chile (2), Togo (2). In all: " : "") +
                          "4 contacts with 2 States.", answer.Text);
        Assert.Contains("Most contacted: Chile 2, Togo 2.", answer.Text);
        Assert.Contains("Answered: 2 of 4 (50%); no response: 1; no outcome recorded: 1.", answer.Text);
    }

    [Theory]
    [InlineData("how many démarches did we do by area?", ", démarches only: 2 contacts with 2 States. By area: universalization 2.")]
    [InlineData("letters by region", ", letters only: 1 contact with 1 State.")]
    [InlineData("outreach by area", ": 3 contacts with 2 States.")]
    public void A_report_asked_for_one_kind_of_contact_counts_that_kind_only(string question, string expected)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([By(1, "TGO", Maria, ContactKind.Demarche), By(2, "CHL", Maria, ContactKind.Demarche), By(3, "CHL", Maria)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("Outreach all dates" + expected, answer.Text);
    }

    [Theory]
    [InlineData("universalization outreach since September", "contacts", "1 contact on universalization, since 1 Sep 2026")]
    [InlineData("outreach progress report for the coordination committee", "report", "Outreach all dates: 3 contacts with 2 States.")]
    [InlineData("outreach report on clearance", "report", "Outreach all dates, clearance and risk reduction education only: 2 contacts with 1 State.")]
    [InlineData("who responded?", "contacts", "2 contacts with an answer recorded (any outcome but \"no response\")")]
    public void Outreach_is_narrowed_to_the_area_named_before_it_and_to_the_answered(string question, string kind, string expected)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([
            By(1, "TGO", Maria) with { Outcome = ContactOutcome.Committed },
            By(2, "CHL", Maria) with { Area = ThematicArea.Clearance, Date = new DateOnly(2026, 8, 2), Outcome = ContactOutcome.NoResponse },
            By(3, "CHL", Maria) with { Area = ThematicArea.Clearance, Date = new DateOnly(2026, 9, 3), Outcome = ContactOutcome.Acknowledged },
        ], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith(expected, answer.Text);
        Assert.Equal(kind == "report", answer.Text.StartsWith("Outreach ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("list all follow-ups", "1 open follow-up on any date: Togo on 1 Mar 2027 (contact 1).")]
    [InlineData("every open follow-up in Africa", "1 open follow-up on any date with States in Africa: Togo on 1 Mar 2027 (contact 1).")]
    [InlineData("when is Togo's follow-up?", "1 open follow-up with Togo: Togo on 1 Mar 2027 (contact 1).")]
    [InlineData("Chile follow-ups", "No open follow-ups with Chile.")]
    [InlineData("follow-ups due this week", "No open follow-ups this week.")]
    public void A_State_s_follow_ups_are_its_open_ones_whenever_they_fall(string question, string expected)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([By(1, "TGO", Maria) with { FollowUp = new DateOnly(2027, 3, 1) }, By(2, "CHL", Maria) with { Status = ContactStatus.Done, FollowUp = new DateOnly(2027, 3, 1) }], null);
        Assert.StartsWith(expected, new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log).Text);
    }

    [Theory]
    [InlineData("which States did we write to this year?", "2 letters and emails between 1 Jan 2026 and 31 Dec 2026", new[] { 1, 3 })]
    [InlineData("who have we written to?", "2 letters and emails", new[] { 1, 3 })]
    [InlineData("who did we email?", "1 email", new[] { 3 })]
    [InlineData("when did we last write to Togo?", "The last letter or email with Togo", new[] { 1 })]
    public void Writing_to_a_State_is_its_letters_and_emails(string question, string expected, int[] ids)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([
            By(1, "TGO", Maria, ContactKind.Letter), By(2, "TGO", Maria, ContactKind.BilateralMeeting), By(3, "CHL", Maria, ContactKind.Email), By(4, "CHL", Maria, ContactKind.Call),
        ], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith(expected, answer.Text);
        var model = Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(answer.Model);
        Assert.Equal(ids.Select(id => $"#{id}"), model.Groups.SelectMany(g => g.Rows).Select(r => r.Label.Split(' ')[0]).Order());
    }

    [Theory]
    [InlineData("what's still open with Togo?", "1 contact with Togo, still open: ")]
    [InlineData("open contacts with Chile", "No contacts with Chile, still open in the outreach log.")]
    public void What_is_still_open_with_a_State_is_its_open_contacts(string question, string expected)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([By(1, "TGO", Maria), By(2, "TGO", Maria) with { Status = ContactStatus.Done }, By(3, "CHL", Maria) with { Status = ContactStatus.Done }], null);
        Assert.StartsWith(expected, new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log).Text);
    }

    [Theory]
    [InlineData("what did we last do with Togo?")]
    [InlineData("what have we already done with Togo?")]
    public void What_was_last_done_with_a_State_is_its_contacts(string question) =>
        Assert.Equal(CcmBot.Core.Answers.Intent.OutreachContacts, new CcmBot.Core.Answers.RuleBasedQuestionParser().Parse(question, new DateOnly(2026, 12, 3),
            new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]).Resolver).Intent);

    [Fact]
    public void A_report_over_several_months_counts_each_month()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([By(1, "TGO", Maria), By(2, "CHL", Maria) with { Date = new DateOnly(2026, 8, 2) }, By(3, "CHL", Maria)], null);
        var model = Assert.IsType<CcmBot.Core.Answers.ListAnswerModel>(new CcmBot.Core.Answers.AnswerEngine().Answer("outreach by month", data, new DateOnly(2026, 12, 3), log).Model);
        var months = Assert.Single(model.Groups, g => g.Title == "By month");
        Assert.Equal(["Aug 2026: 1 contact", "Oct 2026: 2 contacts"], months.Rows.Select(r => $"{r.Label}: {r.Detail}"));
    }

    [Theory]
    [InlineData("which letters chased the initial report?")]
    [InlineData("contacts about the initial report")]
    [InlineData("outreach on the annual report")]
    public void Contacts_about_a_report_are_the_contacts_not_the_outreach_report(string question)
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa"), A.State("CHL", "Chile", "Americas")]);
        var log = new OutreachLog([By(1, "TGO", Maria) with { Area = ThematicArea.Transparency, Chases = "Art. 7 initial report" }, By(2, "CHL", Maria)], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer(question, data, new DateOnly(2026, 12, 3), log);
        Assert.DoesNotContain("Chad", answer.Text);
        Assert.False(answer.Text.StartsWith("Outreach all dates", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void An_outreach_report_for_a_month_named_without_a_year_covers_that_month()
    {
        var data = new CcmBot.Core.Treaties.TreatyData([A.State("TGO", "Togo", "Africa")]);
        var log = new OutreachLog([By(1, "TGO", Maria) with { Date = new DateOnly(2026, 11, 20) }, By(2, "TGO", Maria) with { Date = new DateOnly(2026, 12, 2) }], null);
        var answer = new CcmBot.Core.Answers.AnswerEngine().Answer("outreach summary for November", data, new DateOnly(2026, 12, 3), log);
        Assert.StartsWith("Outreach between 1 Nov 2026 and 30 Nov 2026: 1 contact with 1 State.", answer.Text);
    }
}
