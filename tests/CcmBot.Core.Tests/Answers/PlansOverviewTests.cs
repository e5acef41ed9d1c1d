using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public class PlansOverviewTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static Milestone Step(string plan, string id, string target, DateOnly? completed = null) =>
        new(plan, id, $"Step {id}", target, MilestoneTargetType.Date, PartialDate.Parse(target), null, null, null, A.Source, CompletedOn: completed);

    static TreatyData Data() => new([A.State()], milestones:
    [
        Step("LAP", "1", "2025-06-30"),
        Step("LAP", "2", "2027-01-31"),
        Step("LAP", "3", "2024-01-31", completed: A.Day("2024-01-10")),
        Step("victim assistance plan", "1", "2026-03-31"),
        Step("victim assistance plan", "2", "2026-06-30"),
    ]);

    [Theory]
    [InlineData("which plans do we have?")]
    [InlineData("what plans are there?")]
    [InlineData("milestones by plan")]
    [InlineData("how are the action plans going?")]
    [InlineData("status of all plans")]
    [InlineData("plans")]
    [InlineData("action plans")]
    [InlineData("list my plans")]
    public void Plans_asked_about_together_are_each_counted(string question)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data().Resolver);
        Assert.Equal((Intent.Milestones, true, (string?)null), (parsed.Intent, parsed.ByPlan, parsed.Plan));
    }

    [Theory]
    [InlineData("what is overdue in the NIM plan?", "NIM")]
    [InlineData("how is the victim assistance plan going?", "victim assistance plan")]
    public void One_plan_named_is_that_plan(string question, string plan)
    {
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data().Resolver);
        Assert.Equal((false, plan), (parsed.ByPlan, parsed.Plan));
    }

    [Fact]
    public void Each_plan_gets_a_row_most_overdue_first_with_its_next_target()
    {
        var answer = new AnswerEngine().Answer("which plans do we have?", Data(), Today);
        Assert.StartsWith("As of 25 Nov 2026: 2 plans with 5 milestones in CcmBot's data: victim assistance plan (2), LAP (3). Overdue: 3, most in victim assistance plan (2).", answer.Text);
        var rows = Assert.IsType<ListAnswerModel>(answer.Model).Groups.Single().Rows;
        Assert.Equal(["victim assistance plan", "LAP"], rows.Select(r => r.Label));
        Assert.Equal("3 milestones: 1 overdue, 1 still due, 1 completed, 0 without a date; next: 2 (Step 2), target 31 Jan 2027", rows[1].Detail);
        Assert.Equal("2 overdue", rows[0].Status);
    }
}
