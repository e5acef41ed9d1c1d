using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>"How long did stockpile destruction take?": completions measured from entry into force, fastest first, with the median.</summary>
public sealed class TimeToCompleteTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    // In force 1 Aug 2010 for the first three (deposited before February 2010), 1 Mar 2012 for Dland.
    static readonly TreatyData Data = new(
        [
            A.State("AAA", "Aland", deposited: "2009-06-01"), A.State("BBB", "Bland", deposited: "2009-06-01"), A.State("CCC", "Cland", deposited: "2009-06-01"),
            A.State("DDD", "Dland", deposited: "2011-09-05"), A.State("EEE", "Eland", deposited: "2009-06-01"), A.State("FFF", "Fland", deposited: "2009-06-01"),
        ],
        obligationEvents:
        [
            A.Event(3, ObligationEventKind.Completed, "2012-08-01", iso3: "AAA"),           // 2.0 years
            A.Event(3, ObligationEventKind.Completed, "2010-08-11", iso3: "BBB"),           // 10 days
            A.Event(3, ObligationEventKind.Completed, "2016-07", iso3: "CCC"),              // about 6.0 years (mid-July 2016)
            A.Event(3, ObligationEventKind.Completed, "2011-11-30", iso3: "DDD"),           // before its entry into force
            A.Event(3, ObligationEventKind.Completed, iso3: "EEE"),                         // no date
            A.Event(4, ObligationEventKind.Completed, "2013-08-01", iso3: "FFF"),           // clearance: another article
        ]);

    [Theory]
    [InlineData("how long did stockpile destruction take?")]
    [InlineData("what's the average time to destroy stockpiles?")]
    [InlineData("who destroyed their stockpiles fastest?")]
    public void Completions_are_measured_from_entry_into_force_with_the_median_and_those_done_before_it_aside(string question)
    {
        var answer = new AnswerEngine().Answer(question, Data, Today);

        Assert.StartsWith("As of 25 Nov 2026: Art. 3 (stockpile destruction): 3 States recorded as completing after entry into force took a median of 2.0 years " +
                          "(fastest: Bland 10 days, Aland 2.0 years, Cland 6.0 years; longest: Cland 6.0 years, Aland 2.0 years, Bland 10 days); " +
                          "1 more had finished before the Convention entered into force for them (Dland).", answer.Text);
        var rows = Assert.IsType<ListAnswerModel>(answer.Model).Groups.Single().Rows;
        Assert.Equal(["Bland", "Aland", "Cland", "Dland"], rows.Select(r => r.Label));
        Assert.Equal("about 6.0 years", rows[2].Status);
        Assert.Contains("Not measured (no date of completion recorded): Eland.", answer.Text);
    }

    [Fact]
    public void Clearance_is_measured_on_its_own() =>
        Assert.StartsWith("As of 25 Nov 2026: Art. 4 (clearance): 1 State recorded as completing after entry into force, Fland, took 3.0 years.",
            new AnswerEngine().Answer("how long did clearance take on average?", Data, Today).Text);
}
