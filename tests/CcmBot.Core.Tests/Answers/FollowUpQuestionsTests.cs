using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public class FollowUpQuestionsTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new([
        A.State("CHL", "Chile", "Americas"), A.State("PER", "Peru", "Americas"), A.State("TGO", "Togo", "Africa"),
        A.State("LAO", "Lao People's Democratic Republic", "Asia"),
    ]);

    static string? Combine(string previous, string next) => FollowUpQuestions.Combine(previous, next, Data.Resolver, Today);

    [Theory]
    [InlineData("Chile reporting history", "and Peru?", "Peru reporting history")]
    [InlineData("Chile reporting history", "what about Togo?", "Togo reporting history")]
    [InlineData("what are Chile's Article 4 deadlines?", "same for Peru", "what are Peru article 4 deadlines")]
    [InlineData("Chile vs Peru reporting", "and Togo?", "Togo reporting")]
    [InlineData("Chile reporting history", "and Peru and Togo?", "Peru and Togo reporting history")]
    [InlineData("who is overdue in Africa?", "and in the Americas?", "who is overdue in americas")]
    [InlineData("who was overdue as of 30 June 2017?", "what about as of 30 June 2016?", "who was overdue as of 30 June 2016")]
    [InlineData("who is overdue?", "and as of 30 June 2017?", "who is overdue as of 30 June 2017")]
    [InlineData("tell me about Chile as of 30 June 2017", "and Togo?", "tell me about Togo as of 30 june 2017")]
    [InlineData("Chile status as of 30/06/2017", "and Togo?", "Togo status as of 30/06/2017")]
    [InlineData("who is overdue?", "and in Africa?", "who is overdue in africa")]
    [InlineData("which signatories have not ratified as of 30 June 2017?", "what about Africa?", "which signatories have not ratified in africa as of 30 June 2017")]
    [InlineData("Article 4 deadlines before 2027", "and as of 30 June 2017?", "article 4 deadlines before 2027 as of 30 June 2017")]
    [InlineData("who still owes an initial report?", "what about annual reports?", "who still owes an annual report")]
    [InlineData("which States Parties have not submitted their initial transparency report as of 30 June 2017?", "and annual ones?", "which states parties have not submitted their annual transparency report as of 30 June 2017")]
    [InlineData("Article 4 deadlines before 2027", "and Article 3?", "article 3 deadlines before 2027")]
    [InlineData("who has Art. 4 obligations?", "what about art 5?", "who has article 5 obligations")]
    [InlineData("Chile's Article 4 deadline", "and Article 3?", "chiles article 3 deadline")]
    [InlineData("Chile reporting history", "compare with Peru", "Chile and Peru reporting history")]
    [InlineData("Peru reporting history as of 2017", "compare it to Togo", "Peru and Togo reporting history as of 2017")]
    [InlineData("Chile's Article 4 deadline", "vs Peru?", "Chile and Peru article 4 deadline")]
    [InlineData("Chile vs Peru reporting", "and compare with Togo", "Chile and Peru and Togo reporting")]
    public void A_line_that_only_changes_the_State_region_or_date_is_the_question_before_with_that_change(string previous, string next, string expected) =>
        Assert.Equal(expected, Combine(previous, next), ignoreCase: true);

    [Theory]
    [InlineData("Chile reporting history", "and who is overdue?")]
    [InlineData("Chile reporting history", "and Peru's Article 4 deadlines?")]
    [InlineData("Chile reporting history", "Peru")]
    [InlineData("Chile reporting history", "and Narnia?")]
    [InlineData("who is overdue?", "and Peru?")]
    [InlineData("who is overdue in Africa?", "and Peru?")]
    [InlineData("Chile reporting history", "and in Africa?")]
    [InlineData("Chile reporting history", "thanks")]
    [InlineData("who is overdue?", "what about annual reports?")]
    [InlineData("who joined in 2017?", "and Article 3?")]
    [InlineData("Article 4 deadlines before 2027", "and Article 3 completions?")]
    [InlineData("Chile reporting history", "compare with 2017")]
    [InlineData("who is overdue?", "compare with Peru")]
    [InlineData("Chile reporting history", "compare with Peru's Article 4 deadlines")]
    public void A_question_of_its_own_or_a_change_with_nothing_to_change_is_not_combined(string previous, string next) =>
        Assert.Null(Combine(previous, next));

    [Fact]
    public void Without_a_question_before_nothing_is_combined() => Assert.Null(FollowUpQuestions.Combine(null, "and Peru?", Data.Resolver, Today));

    [Fact]
    public void The_combined_question_is_answered_as_if_asked_in_full()
    {
        var combined = Combine("Chile reporting history", "and Peru?")!;
        var answer = new AnswerEngine().Answer(combined, Data, Today);
        Assert.StartsWith("Peru, reporting as of 25 Nov 2026", answer.Text);
    }
}
