using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;

namespace CcmBot.Core.Tests.Reminders;

/// <summary>"stop the Monday reminder", "cancel reminder 2": which of a conversation's reminders a line means.</summary>
public sealed class ReminderSelectorTests
{
    static readonly Person Owner = new("u1", "Ana");
    static readonly DateTimeOffset Created = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static Subscription Digest(Schedule schedule, params ReminderTopic[] topics) =>
        new("s", "conv", Owner, schedule, topics.ToHashSet(), 90, null, false, Created, null, true, null);

    static readonly Subscription MondayReports = Digest(Schedule.Weekly(new TimeOnly(9, 0), "UTC", DayOfWeek.Monday), ReminderTopic.OverdueReports);
    static readonly Subscription DailyFollowUps = Digest(Schedule.Daily(new TimeOnly(8, 0), "UTC"), ReminderTopic.FollowUps);
    static readonly Subscription TogoNote = Digest(Schedule.Once(new DateOnly(2026, 11, 26), new TimeOnly(14, 0), "UTC")) with { Note = "call the Togolese mission" };
    static readonly Subscription[] InOrder = [MondayReports, DailyFollowUps, TogoNote];

    static int[] Chosen(string line)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal(ReminderAction.Stop, command.Action);
        var selector = command.Selector ?? ReminderSelector.All;
        return InOrder.Select((s, i) => (s, i)).Where(x => selector.Matches(x.s, x.i + 1)).Select(x => x.i + 1).ToArray();
    }

    [Theory]
    [InlineData("stop the Monday reminder", new[] { 1 })]
    [InlineData("cancel my Monday digest", new[] { 1 })]
    [InlineData("stop reminder 2", new[] { 2 })]
    [InlineData("delete reminder #3", new[] { 3 })]
    [InlineData("stop the second reminder", new[] { 2 })]
    [InlineData("stop the follow-ups digest", new[] { 2 })]
    [InlineData("stop reminders about overdue reports", new[] { 1 })]
    [InlineData("stop the daily reminder", new[] { 2 })]
    [InlineData("cancel the reminder about Togo", new[] { 3 })]
    [InlineData("stop the Thursday reminder", new[] { 3 })]
    [InlineData("stop the note reminder", new[] { 3 })]
    [InlineData("stop reminders", new[] { 1, 2, 3 })]
    [InlineData("stop all my reminders", new[] { 1, 2, 3 })]
    [InlineData("stop all reminders in this channel for now, please", new[] { 1, 2, 3 })]
    [InlineData("pause the digests", new[] { 1, 2, 3 })]
    [InlineData("stop the Friday reminder", new int[0])]
    [InlineData("stop the monthly reminder", new int[0])]
    [InlineData("stop the reminder about Chad", new int[0])]
    [InlineData("stop reminder 9", new int[0])]
    public void A_stop_line_chooses_the_reminders_it_names_and_only_those(string line, int[] expected) =>
        Assert.Equal(expected, Chosen(line));

    [Fact]
    public void Resume_reads_the_same_choice_and_plain_lines_still_mean_all()
    {
        var one = ReminderCommands.Parse("resume the Monday reminder");
        Assert.Equal(ReminderAction.Resume, one.Action);
        Assert.True(one.Selector!.Matches(MondayReports, 1));
        Assert.False(one.Selector.Matches(DailyFollowUps, 2));
        Assert.Equal(ReminderAction.Resume, ReminderCommands.Parse("start my reminders again").Action);
        Assert.False(ReminderCommands.Parse("resume reminders again").Selector?.Any ?? false);
        Assert.False(ReminderCommands.Parse("unsubscribe").Selector?.Any ?? false);
    }
}
