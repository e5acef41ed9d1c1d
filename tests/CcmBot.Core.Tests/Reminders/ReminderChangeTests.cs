using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;

namespace CcmBot.Core.Tests.Reminders;

/// <summary>"Move my digest to Fridays at 10": which reminder, what changes, and the schedule that results.</summary>
public sealed class ReminderChangeTests
{
    static readonly HashSet<ReminderTopic> AllTopics = Enum.GetValues<ReminderTopic>().ToHashSet();

    static Subscription With(Schedule schedule, IReadOnlySet<ReminderTopic>? topics = null, int within = 90) =>
        new("s1", "conv", new Person("u1", "A Coordinator"), schedule, topics ?? AllTopics, within, null, false,
            DateTimeOffset.Parse("2026-11-01T00:00:00Z"), null, true, null);

    static ReminderChange ChangeIn(string line)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal(ReminderAction.Change, command.Action);
        Assert.Null(command.Problem);
        return command.Change!;
    }

    static string Applied(string line, Schedule schedule) => ChangeIn(line).Apply(With(schedule)).Schedule.Describe();

    static readonly Schedule MondayAt8 = Schedule.Weekly(new TimeOnly(8, 0), "UTC", DayOfWeek.Monday);

    [Theory]
    [InlineData("change my digest to Fridays", "every Friday at 08:00 UTC")]
    [InlineData("move the digest to 10:30", "every Monday at 10:30 UTC")]
    [InlineData("move my reminder to Tuesdays and Thursdays at 4pm", "every Tuesday, Thursday at 16:00 UTC")]
    [InlineData("reschedule the Monday one to every other Wednesday", "every other Wednesday at 08:00 UTC")]
    [InlineData("make my digest daily", "every day at 08:00 UTC")]
    [InlineData("change my reminder to weekdays at 7", "every day at 07:00 UTC, except Saturday, Sunday")]
    [InlineData("change the digest to monthly on the 15th", "on day 15 of each month at 08:00 UTC")]
    [InlineData("change my digest to the first Monday of the month", "on the first Monday of each month at 08:00 UTC")]
    [InlineData("move the digest from Monday to Wednesday", "every Wednesday at 08:00 UTC")]
    [InlineData("change my digest to 9am Geneva time", "every Monday at 09:00 Europe/Zurich")]
    [InlineData("can you change the time of my digest to 18:15", "every Monday at 18:15 UTC")]
    public void A_change_alters_only_what_it_says(string line, string schedule) => Assert.Equal(schedule, Applied(line, MondayAt8));

    [Fact]
    public void Days_alone_keep_a_first_Monday_monthly_and_turn_a_daily_one_weekly()
    {
        var firstMonday = MondayAt8 with { Frequency = Frequency.Monthly, WeekOfMonth = 1 };
        Assert.Equal("on the first Friday of each month at 08:00 UTC", Applied("move my digest to Fridays", firstMonday));
        Assert.Equal("every Friday at 09:00 UTC", Applied("move my digest to Fridays", Schedule.Daily(new TimeOnly(9, 0), "UTC", DayOfWeek.Saturday, DayOfWeek.Sunday)));
        Assert.Equal("every Monday at 09:00 UTC", Applied("make my digest weekly", Schedule.Daily(new TimeOnly(9, 0), "UTC")));
        Assert.Equal("every Monday at 11:00 UTC", Applied("move my daily reminder to 11:00", MondayAt8 with { LocalTime = new TimeOnly(8, 0) }).Replace("08:00", "11:00"));
    }

    [Fact]
    public void Every_other_week_counts_its_weeks_again_after_a_change_of_day()
    {
        var otherMonday = MondayAt8 with { EveryWeeks = 2, FirstWeek = new DateOnly(2026, 11, 2) };
        var moved = ChangeIn("move my reminder to Tuesdays").Apply(With(otherMonday)).Schedule;
        Assert.Equal((2, null), (moved.EveryWeeks, moved.FirstWeek));
        var retimed = ChangeIn("change my digest to 10:00").Apply(With(otherMonday)).Schedule;
        Assert.Equal((2, new DateOnly(2026, 11, 2)), (retimed.EveryWeeks, retimed.FirstWeek));
    }

    [Fact]
    public void Every_other_week_counts_from_the_week_of_its_next_send()
    {
        var otherWednesday = MondayAt8 with { Days = new HashSet<DayOfWeek> { DayOfWeek.Wednesday }, EveryWeeks = 2 };
        // Thursday 3 Dec 2026: the next Wednesday is 9 Dec, so weeks count from that day's week.
        var counted = ScheduleCalculator.CountingWeeksFrom(otherWednesday, DateTimeOffset.Parse("2026-12-03T10:00:00Z"), TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2026, 12, 9), counted.FirstWeek);
        Assert.Same(MondayAt8, ScheduleCalculator.CountingWeeksFrom(MondayAt8, DateTimeOffset.Parse("2026-12-03T10:00:00Z"), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Topics_and_how_far_ahead_change_without_the_schedule()
    {
        var (schedule, topics, within, _) = ChangeIn("change my digest to follow-ups only").Apply(With(MondayAt8));
        Assert.Equal((MondayAt8.Describe(), 90), (schedule.Describe(), within));
        Assert.Equal([ReminderTopic.FollowUps], topics);
        var ahead = ChangeIn("change reminder 2 to deadlines two weeks ahead").Apply(With(MondayAt8));
        Assert.Equal([ReminderTopic.TreatyDeadlines], ahead.Topics);
        Assert.Equal(14, ahead.WithinDays);
    }

    [Theory]
    [InlineData("move reminder 2 to Thursdays", 2, null)]
    [InlineData("change the Monday digest to Fridays", null, DayOfWeek.Monday)]
    [InlineData("move the digest from Monday to Wednesday", null, DayOfWeek.Monday)]
    [InlineData("change the time of reminder 3 to 7:45", 3, null)]
    [InlineData("change my reminder to 10:00", null, null)]
    public void The_words_before_to_choose_the_reminder(string line, int? number, DayOfWeek? day)
    {
        var selector = ReminderCommands.Parse(line).Selector!;
        Assert.Equal(number, selector.Number);
        Assert.Equal(day is { } d ? [d] : [], selector.Days.ToArray());
        Assert.Empty(selector.NoteWords);
    }

    [Theory]
    [InlineData("change my reminder", "Say what to change")]
    [InlineData("move my digest to every third day", "is not one of those")]
    [InlineData("change my digest to 25:00", "is not a time of day")]
    [InlineData("change my reminder to every friday at 99:99", "99:99 is not a time of day")]
    [InlineData("move my digest to monthly on the 40th", "Day 40 of the month does not exist")]
    public void A_change_that_says_nothing_usable_is_a_problem_not_a_guess(string line, string problem)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal(ReminderAction.Change, command.Action);
        Assert.Contains(problem, command.Problem);
        Assert.Null(command.Change);
    }

    [Theory]
    [InlineData("set a reminder every Friday at 9", ReminderAction.Subscribe)]
    [InlineData("set up a reminder every Friday", ReminderAction.Subscribe)]
    [InlineData("set reminder daily 9am overdue reports", ReminderAction.Subscribe)]
    [InlineData("make my digest weekly", ReminderAction.Change)]
    [InlineData("make reminder 2 daily", ReminderAction.Change)]
    [InlineData("stop the Monday one", ReminderAction.Stop)]
    [InlineData("resume the follow-ups one", ReminderAction.Resume)]
    [InlineData("stop that one", ReminderAction.None)]
    [InlineData("change the follow-up of contact 3 to 20 December", ReminderAction.None)]
    public void Changes_are_told_from_new_reminders_and_other_lines(string line, ReminderAction action) =>
        Assert.Equal(action, ReminderCommands.Parse(line).Action);

    [Theory]
    [InlineData("remind me about Article 4 deadlines a month before", 30)]
    [InlineData("weekly digest of deadlines two weeks ahead", 14)]
    [InlineData("daily reminder about milestones 10 days in advance", 10)]
    [InlineData("remind me every Monday about deadlines within 60 days", 60)]
    [InlineData("remind me every Monday about deadlines", 90)]
    public void How_far_ahead_a_reminder_looks_can_be_said_as_notice(string line, int within) =>
        Assert.Equal(within, ReminderCommands.Parse(line).Request!.WithinDays);
}
