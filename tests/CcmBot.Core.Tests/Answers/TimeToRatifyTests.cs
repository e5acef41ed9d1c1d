using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public sealed class TimeToRatifyTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
    [
        A.State("NOR", "Norway", signed: "2008-12-03", deposited: "2008-12-03"),
        A.State("AUT", "Austria", signed: "2008-12-03", deposited: "2009-04-02"),
        A.State("NGA", "Nigeria", "Africa", signed: "2009-06-12", deposited: "2023-02-28"),
        A.State("PLW", "Palau", "Pacific", signed: null, instrument: InstrumentKind.Accession, deposited: "2016-04-19"),
        A.Signatory("KEN", "Kenya", "2008-12-03"),
    ]);

    static Answer Ask(string question) => new AnswerEngine().Answer(question, Data, Today);

    [Theory]
    [InlineData("who ratified fastest after signing?")]
    [InlineData("which States were quickest to ratify?")]
    [InlineData("average time from signature to ratification")]
    public void The_fastest_come_first_with_the_median_and_accessions_left_out(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("As of 25 Nov 2026: of the 3 States that signed and then ratified, the fastest were Norway (the same day: signed 3 Dec 2008, ratification 3 Dec 2008), " +
                          "Austria (4 months: signed 3 Dec 2008, ratification 2 Apr 2009) and Nigeria (13.7 years: signed 12 Jun 2009, ratification 28 Feb 2023). " +
                          "Median time from signature to ratification: 4 months.", answer.Text);
        Assert.DoesNotContain("Palau", answer.Text.Split('\n')[0]);
    }

    [Fact]
    public void The_slowest_come_first_with_the_signatories_still_waiting()
    {
        var answer = Ask("which signatory took longest to ratify?");
        Assert.StartsWith("As of 25 Nov 2026: of the 3 States that signed and then ratified, the slowest were Nigeria (13.7 years", answer.Text);
        Assert.Contains("Still to ratify, and waiting longer than any of them: Kenya (signed 3 Dec 2008).", answer.Text);
    }

    [Fact]
    public void A_region_and_a_past_date_narrow_it()
    {
        Assert.StartsWith("As of 25 Nov 2026: 1 State in Africa signed and then ratified: Nigeria (13.7 years", Ask("who ratified fastest in Africa?").Text);
        Assert.StartsWith("As of 31 Dec 2010: of the 2 States that signed and then ratified", Ask("who ratified fastest after signing as of 31 December 2010?").Text);
        Assert.Equal(Intent.MembershipChanges, new RuleBasedQuestionParser().Parse("who ratified in 2017?", Today, Data.Resolver).Intent);
    }
}
