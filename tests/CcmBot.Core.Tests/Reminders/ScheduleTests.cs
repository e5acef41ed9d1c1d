using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;

namespace CcmBot.Core.Tests.Reminders;

public sealed class ScheduleTests
{
    static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
    static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    [Fact]
    public void A_weekly_schedule_fires_at_local_time_in_its_zone()
    {
        var mondays = Schedule.Weekly(new TimeOnly(9, 0), "Europe/Zurich", DayOfWeek.Monday);
        // Monday 23 Nov 2026, 09:00 in Geneva is 08:00 UTC (winter time).
        Assert.Equal(Utc("2026-11-23T08:00:00Z"), ScheduleCalculator.LatestAtOrBefore(mondays, Utc("2026-11-25T12:00:00Z"), Zone("Europe/Zurich")));
        Assert.Equal(Utc("2026-11-30T08:00:00Z"), ScheduleCalculator.NextAfter(mondays, Utc("2026-11-25T12:00:00Z"), Zone("Europe/Zurich")));
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-25T14:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-11-25T00:00:00Z")]
    [InlineData("Africa/Nairobi", "2026-11-25T06:00:00Z")]
    [InlineData("UTC", "2026-11-25T09:00:00Z")]
    public void The_same_local_time_is_a_different_instant_in_each_zone(string zone, string expected)
    {
        var daily = Schedule.Daily(new TimeOnly(9, 0), zone);
        Assert.Equal(Utc(expected), ScheduleCalculator.NextAfter(daily, Utc("2026-11-24T23:59:00Z").AddHours(zone == "Asia/Tokyo" ? -15 : 0), Zone(zone)));
    }

    [Fact]
    public void A_time_skipped_when_clocks_go_forward_fires_at_the_first_valid_minute()
    {
        // Europe/Zurich, 29 Mar 2026: 02:00 jumps to 03:00; 02:30 does not exist.
        var daily = Schedule.Daily(new TimeOnly(2, 30), "Europe/Zurich");
        var fired = ScheduleCalculator.NextAfter(daily, Utc("2026-03-28T12:00:00Z"), Zone("Europe/Zurich"))!.Value;
        Assert.Equal(Utc("2026-03-29T01:00:00Z"), fired); // 03:00 local summer time
    }

    [Fact]
    public void A_time_that_happens_twice_when_clocks_go_back_fires_once_the_first_time()
    {
        // Europe/Zurich, 25 Oct 2026: 03:00 goes back to 02:00; 02:30 happens twice.
        var daily = Schedule.Daily(new TimeOnly(2, 30), "Europe/Zurich");
        var first = ScheduleCalculator.NextAfter(daily, Utc("2026-10-24T12:00:00Z"), Zone("Europe/Zurich"))!.Value;
        Assert.Equal(Utc("2026-10-25T00:30:00Z"), first); // 02:30 summer time
        var next = ScheduleCalculator.NextAfter(daily, first, Zone("Europe/Zurich"))!.Value;
        Assert.Equal(Utc("2026-10-26T01:30:00Z"), next); // the next day, not the repeated 02:30
    }

    [Theory]
    [InlineData(31, "2026-02-28")]
    [InlineData(31, "2028-02-29")]
    [InlineData(30, "2026-04-30")]
    [InlineData(15, "2026-02-15")]
    public void A_monthly_day_beyond_the_month_fires_on_its_last_day(int day, string expected)
    {
        var monthly = Schedule.Monthly(day, new TimeOnly(9, 0), "UTC");
        var from = DateOnly.Parse(expected).AddDays(1 - DateOnly.Parse(expected).Day); // the first of that month
        var fired = ScheduleCalculator.NextAfter(monthly, new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), TimeZoneInfo.Utc)!.Value;
        Assert.Equal(DateOnly.Parse(expected), DateOnly.FromDateTime(fired.UtcDateTime));
    }

    // December 2026 begins on a Tuesday: its first Monday is the 7th, its last Friday the 25th; January 2027's first Monday is the 4th.
    [Theory]
    [InlineData("remind me about milestones every first Monday of the month", "2026-12-07", "2027-01-04", "on the first Monday of each month at 09:00 UTC")]
    [InlineData("monthly digest on the last Friday at 8am", "2026-12-25", "2027-01-29", "on the last Friday of each month at 08:00 UTC")]
    [InlineData("remind me on the second Tuesday of every month", "2026-12-08", "2027-01-12", "on the second Tuesday of each month at 09:00 UTC")]
    public void A_weekday_of_one_week_of_each_month_is_read_and_fires_then(string line, string first, string second, string described)
    {
        var request = ReminderCommands.Parse(line).Request!;
        Assert.Equal(Frequency.Monthly, request.Frequency);
        var schedule = new Schedule(request.Frequency, request.Days, request.DayOfMonth, request.At, "UTC", request.QuietDays, request.WeekOfMonth);
        Assert.Equal(described, schedule.Describe());
        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var one = ScheduleCalculator.NextAfter(schedule, start, TimeZoneInfo.Utc)!.Value;
        var two = ScheduleCalculator.NextAfter(schedule, one, TimeZoneInfo.Utc)!.Value;
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(second)), (DateOnly.FromDateTime(one.UtcDateTime), DateOnly.FromDateTime(two.UtcDateTime)));
    }

    [Fact]
    public void Quiet_days_are_skipped()
    {
        var weekdays = Schedule.Daily(new TimeOnly(8, 30), "UTC", DayOfWeek.Saturday, DayOfWeek.Sunday);
        var fired = ScheduleCalculator.NextAfter(weekdays, Utc("2026-11-27T09:00:00Z"), TimeZoneInfo.Utc)!.Value; // after Friday's
        Assert.Equal(Utc("2026-11-30T08:30:00Z"), fired); // Monday
    }

    static Subscription Subscription(Schedule schedule, DateTimeOffset created, DateTimeOffset? last = null, bool active = true) =>
        new("s1", "conv", new Person("u", "U"), schedule, new HashSet<ReminderTopic> { ReminderTopic.FollowUps }, 30, null, false, created, last, active, null);

    [Fact]
    public void After_downtime_only_the_latest_missed_occurrence_is_due()
    {
        var daily = Schedule.Daily(new TimeOnly(9, 0), "UTC");
        var subscription = Subscription(daily, Utc("2026-11-01T00:00:00Z"), last: Utc("2026-11-10T09:00:00Z"));
        var due = DueRule.Due([subscription], Utc("2026-11-25T10:00:00Z"), _ => TimeZoneInfo.Utc);
        Assert.Equal(Utc("2026-11-25T09:00:00Z"), Assert.Single(due).Occurrence);
    }

    [Fact]
    public void Nothing_is_due_before_the_first_occurrence_after_subscribing_or_when_inactive()
    {
        var daily = Schedule.Daily(new TimeOnly(9, 0), "UTC");
        Assert.Empty(DueRule.Due([Subscription(daily, Utc("2026-11-25T09:30:00Z"))], Utc("2026-11-25T10:00:00Z"), _ => TimeZoneInfo.Utc));
        Assert.Empty(DueRule.Due([Subscription(daily, Utc("2026-11-01T00:00:00Z"), active: false)], Utc("2026-11-25T10:00:00Z"), _ => TimeZoneInfo.Utc));
        Assert.Empty(DueRule.Due([Subscription(daily, Utc("2026-11-01T00:00:00Z"), last: Utc("2026-11-25T09:00:00Z"))], Utc("2026-11-25T10:00:00Z"), _ => TimeZoneInfo.Utc));
    }
}

public sealed class ReminderCommandsTests
{
    [Fact]
    public void Reads_a_weekly_reminder_with_time_and_topics()
    {
        var command = ReminderCommands.Parse("remind me every Monday at 9:00 about overdue reports and NIM milestones");
        Assert.Equal(ReminderAction.Subscribe, command.Action);
        var r = command.Request!;
        Assert.Equal(Frequency.Weekly, r.Frequency);
        Assert.Equal([DayOfWeek.Monday], r.Days);
        Assert.Equal(new TimeOnly(9, 0), r.At);
        Assert.Equal([ReminderTopic.OverdueReports, ReminderTopic.Milestones], r.Topics.Order());
        Assert.Equal("NIM", r.Plan);
    }

    [Theory]
    [InlineData("daily reminders at 7:30 Geneva time", "Europe/Zurich")]
    [InlineData("remind me every Monday at 9 New York time about follow-ups", "America/New_York")]
    [InlineData("weekly digest on Fridays at 10 in Vienna", "Europe/Vienna")]
    [InlineData("daily digest at 8 in Africa/Nairobi", "Africa/Nairobi")]
    [InlineData("daily digest at 8 local time", null)]
    [InlineData("daily digest at 8", null)]
    public void A_city_gives_its_time_zone(string line, string? zone) =>
        Assert.Equal(zone, ReminderCommands.Parse(line).Request!.TimeZone);

    [Theory]
    [InlineData("remind me every 3 days about overdue reports", "every 3 days")]
    [InlineData("remind me every six weeks about milestones", "every six weeks")]
    [InlineData("remind me on the first working day of each month", "first working day")]
    [InlineData("quarterly digest about milestones", "quarterly")]
    [InlineData("annual digest about reports", "annual digest")]
    public void A_repeat_CcmBot_has_no_schedule_for_is_refused_with_those_it_has(string line, string said)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal(ReminderAction.Subscribe, command.Action);
        Assert.Null(command.Request);
        Assert.StartsWith($"Reminders repeat every day, on chosen weekdays (every week, or every 2 to 4 weeks), or once a month; \"{said}\" is not one of those.", command.Problem);
    }

    // Today in these cases: Friday 4 Dec 2026. "Every other Monday" first fires on 7 Dec, then 21 Dec, 4 Jan.
    [Theory]
    [InlineData("remind me every other Monday about follow-ups", 2, "every other Monday at 09:00 UTC", "2026-12-07", "2026-12-21", "2027-01-04")]
    [InlineData("fortnightly digest on Fridays at 10", 2, "every other Friday at 10:00 UTC", "2026-12-11", "2026-12-25", "2027-01-08")]
    [InlineData("remind me every two weeks about overdue reports", 2, "every other Monday at 09:00 UTC", "2026-12-07", "2026-12-21", "2027-01-04")]
    [InlineData("remind me every 3 weeks on Wednesday", 3, "every 3 weeks on Wednesday at 09:00 UTC", "2026-12-09", "2026-12-30", "2027-01-20")]
    public void A_weekly_reminder_can_skip_weeks_counted_from_its_first_send(string line, int everyWeeks, string described, string first, string second, string third)
    {
        var request = ReminderCommands.Parse(line).Request!;
        Assert.Equal((Frequency.Weekly, everyWeeks), (request.Frequency, request.EveryWeeks));
        var start = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        var weekly = new Schedule(Frequency.Weekly, request.Days, 1, request.At, "UTC", request.QuietDays);
        var firstSend = DateOnly.FromDateTime(ScheduleCalculator.NextAfter(weekly, start, TimeZoneInfo.Utc)!.Value.UtcDateTime);
        var schedule = weekly with { EveryWeeks = request.EveryWeeks, FirstWeek = firstSend };
        Assert.Equal(described, schedule.Describe());
        var one = ScheduleCalculator.NextAfter(schedule, start, TimeZoneInfo.Utc)!.Value;
        var two = ScheduleCalculator.NextAfter(schedule, one, TimeZoneInfo.Utc)!.Value;
        var three = ScheduleCalculator.NextAfter(schedule, two, TimeZoneInfo.Utc)!.Value;
        Assert.Equal([A.Day(first), A.Day(second), A.Day(third)], new[] { one, two, three }.Select(d => DateOnly.FromDateTime(d.UtcDateTime)));
        // The latest send on or before a day in an off week is the one two (or three) weeks before, not last week's.
        var latest = ScheduleCalculator.LatestAtOrBefore(schedule, three.AddDays(-1), TimeZoneInfo.Utc)!.Value;
        Assert.Equal(A.Day(second), DateOnly.FromDateTime(latest.UtcDateTime));
    }

    [Theory]
    [InlineData("notify me when a follow-up is due", ReminderTopic.FollowUps)]
    [InlineData("alert us whenever an Article 4 deadline approaches", ReminderTopic.TreatyDeadlines)]
    [InlineData("tell me when a report becomes overdue", ReminderTopic.OverdueReports)]
    public void Notify_me_when_something_falls_due_is_a_daily_digest_of_it(string line, ReminderTopic topic)
    {
        var request = ReminderCommands.Parse(line).Request!;
        Assert.Equal((Frequency.Daily, true), (request.Frequency, request.Topics.Contains(topic)));
    }

    [Theory]
    [InlineData("daily digest for this channel", Frequency.Daily, 9, 0)]
    [InlineData("daily digest at 8:30 except weekends", Frequency.Daily, 8, 30)]
    [InlineData("remind us every Tuesday and Thursday at 4pm in Africa/Nairobi about follow-ups", Frequency.Weekly, 16, 0)]
    [InlineData("monthly digest on the 31st at 07:15", Frequency.Monthly, 7, 15)]
    [InlineData("set reminder daily 9am overdue reports", Frequency.Daily, 9, 0)]
    [InlineData("schedule a weekly digest on Mondays 2:30pm", Frequency.Weekly, 14, 30)]
    [InlineData("set up my daily digest at 7", Frequency.Daily, 7, 0)]
    [InlineData("send me the digest every Monday at 8am", Frequency.Weekly, 8, 0)]
    public void Reads_frequency_and_time(string line, Frequency frequency, int hour, int minute)
    {
        var r = ReminderCommands.Parse(line).Request!;
        Assert.Equal(frequency, r.Frequency);
        Assert.Equal(new TimeOnly(hour, minute), r.At);
    }

    [Theory]
    [InlineData("subscribe to deadlines weekly", Frequency.Weekly, ReminderTopic.TreatyDeadlines)]
    [InlineData("subscribe me to the daily digest about follow-ups", Frequency.Daily, ReminderTopic.FollowUps)]
    [InlineData("send me overdue reports every Friday", Frequency.Weekly, ReminderTopic.OverdueReports)]
    [InlineData("notify me of coming deadlines each month", Frequency.Monthly, ReminderTopic.TreatyDeadlines)]
    [InlineData("I want a weekly digest of milestones", Frequency.Weekly, ReminderTopic.Milestones)]
    public void Reads_a_subscription_asked_for_in_other_words(string line, Frequency frequency, ReminderTopic topic)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal(ReminderAction.Subscribe, command.Action);
        Assert.Equal(frequency, command.Request!.Frequency);
        Assert.Contains(topic, command.Request.Topics);
    }

    [Theory]
    [InlineData("send me the overdue reports")]
    [InlineData("tell me about Lao PDR")]
    [InlineData("which deadlines fall each month?")]
    [InlineData("unsubscribe")]
    public void A_question_or_a_stop_is_no_subscription(string line) =>
        Assert.NotEqual(ReminderAction.Subscribe, ReminderCommands.Parse(line).Action);

    [Fact]
    public void Reads_zone_quiet_days_and_own_follow_ups()
    {
        var r = ReminderCommands.Parse("remind me daily at 9 in America/New_York about my follow-ups except Fridays").Request!;
        Assert.Equal("America/New_York", r.TimeZone);
        Assert.Equal([DayOfWeek.Friday], r.QuietDays);
        Assert.True(r.OwnFollowUpsOnly);
        Assert.Equal([ReminderTopic.FollowUps], r.Topics);
    }

    [Theory]
    [InlineData("remind me every Monday at 9:00 Europe/Zurich about overdue reports", "Europe/Zurich")]
    [InlineData("weekly digest on Fridays at 16:00 time zone Asia/Vientiane", "Asia/Vientiane")]
    [InlineData("remind me daily at 8 America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("remind me daily at 8 in UTC", "UTC")]
    [InlineData("remind me every Monday at 9:00 Europe/Geneva", "Europe/Geneva")] // kept as typed, so the host can refuse it by name
    [InlineData("remind me every Monday at 9:00 about reports", null)]
    public void Reads_a_zone_written_anywhere_in_the_line(string line, string? zone) => Assert.Equal(zone, ReminderCommands.Parse(line).Request!.TimeZone);

    [Theory]
    [InlineData("pause reminders until January", "1 january")]
    [InlineData("pause my reminders until 15 January", "15 january")]
    [InlineData("stop the digest for two weeks", "in two weeks")]
    [InlineData("mute reminders till next Monday", "next monday")]
    [InlineData("stop reminders until further notice", null)]
    [InlineData("stop the reminder for follow-ups", null)]
    public void A_pause_until_a_day_keeps_the_day_to_start_again(string line, string? when)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal((ReminderAction.Stop, when), (command.Action, command.ResumeWhen));
    }

    [Theory]
    [InlineData("stop reminders", ReminderAction.Stop)]
    [InlineData("remind the team every month about NIM milestones", ReminderAction.Subscribe)]
    [InlineData("pause reminders until January", ReminderAction.Stop)]
    [InlineData("cancel all my reminders", ReminderAction.Stop)]
    [InlineData("show my reminders", ReminderAction.Show)]
    [InlineData("what reminders do I have?", ReminderAction.Show)]
    [InlineData("reminders", ReminderAction.Show)]
    [InlineData("our subscriptions?", ReminderAction.Show)]
    [InlineData("do we have any digests set up?", ReminderAction.Show)]
    [InlineData("send my digest now", ReminderAction.SendNow)]
    [InlineData("what's in my digest?", ReminderAction.Preview)]
    [InlineData("preview my digest", ReminderAction.Preview)]
    [InlineData("what will my next digest say?", ReminderAction.Preview)]
    [InlineData("show me the digest here", ReminderAction.Preview)]
    [InlineData("what needs my attention?", ReminderAction.Briefing)]
    [InlineData("my tasks", ReminderAction.Briefing)]
    [InlineData("my action items for today", ReminderAction.Briefing)]
    [InlineData("What's new today?", ReminderAction.Briefing)]
    [InlineData("what should I do today", ReminderAction.Briefing)]
    [InlineData("who should I chase today?", ReminderAction.Briefing)]
    [InlineData("anything I forgot to chase?", ReminderAction.Briefing)]
    [InlineData("which States should we follow up with this week?", ReminderAction.Briefing)]
    [InlineData("which States should we contact about ratification?", ReminderAction.None)]
    [InlineData("morning briefing please", ReminderAction.Briefing)]
    [InlineData("any news?", ReminderAction.Briefing)]
    [InlineData("digest", ReminderAction.Briefing)]
    [InlineData("today's digest please", ReminderAction.Briefing)]
    [InlineData("anything urgent?", ReminderAction.Briefing)]
    [InlineData("what's new since yesterday?", ReminderAction.Briefing)]
    [InlineData("what needs my attention as of 30 June 2017?", ReminderAction.Briefing)]
    [InlineData("overview in mid-2016", ReminderAction.Briefing)]
    [InlineData("what's the situation?", ReminderAction.Briefing)]
    [InlineData("state of play on 1 March 2018", ReminderAction.Briefing)]
    [InlineData("what's the situation in Lao PDR?", ReminderAction.None)]
    [InlineData("state of play on Art 4 at the 7MSP", ReminderAction.None)]
    [InlineData("anything urgent in the NIM plan?", ReminderAction.None)]
    [InlineData("what is pending in extension requests?", ReminderAction.None)]
    [InlineData("what needs my attention in the NIM plan?", ReminderAction.None)]
    [InlineData("summary of outreach for 2026", ReminderAction.None)]
    [InlineData("who has Article 4 obligations?", ReminderAction.None)]
    [InlineData("remind me what Togo owes", ReminderAction.None)]
    [InlineData("can you remind me when the next meeting is?", ReminderAction.None)]
    [InlineData("follow-ups due this week", ReminderAction.None)]
    public void Tells_commands_from_questions(string line, ReminderAction action) => Assert.Equal(action, ReminderCommands.Parse(line).Action);

    [Theory]
    [InlineData("what needs my attention as of 30 June 2017?", "as of 30 June 2017")]
    [InlineData("overview in mid-2016", "in mid-2016")]
    [InlineData("what needs my attention?", null)]
    public void A_briefing_for_another_day_keeps_the_words_that_name_it(string line, string? asOf) =>
        Assert.Equal(asOf, ReminderCommands.Parse(line).AsOfText);

    [Theory]
    [InlineData("remind me daily at 25:00")]
    [InlineData("monthly digest on the 40th")]
    public void Impossible_times_and_days_are_refused_with_a_reason(string line) => Assert.NotNull(ReminderCommands.Parse(line).Problem);

    [Theory]
    [InlineData("remind me tomorrow to call Togo", "tomorrow", null, "call Togo")]
    [InlineData("remind me on 15 December about Chile's follow-up", "15 December", null, "Chile's follow-up")]
    [InlineData("please remind us next Tuesday at 10:30 to chase Benin", "next Tuesday", "10:30", "chase Benin")]
    [InlineData("remind me in two days to write to Peru", "in two days", null, "write to Peru")]
    [InlineData("remind me to call the Kenyan mission on Friday at 4pm", "Friday", "16:00", "call the Kenyan mission")]
    [InlineData("remind me on Monday about overdue reports", "Monday", null, "overdue reports")]
    [InlineData("set a reminder for 2027-01-15: draft the 14MSP report", "2027-01-15", null, "draft the 14MSP report")]
    [InlineData("remind me on the 20th that Lao PDR's request is due", "the 20th", null, "Lao PDR's request is due")]
    public void A_one_off_note_is_read_with_its_day_time_and_words(string line, string when, string? at, string what)
    {
        var command = ReminderCommands.Parse(line);
        Assert.Equal(ReminderAction.Note, command.Action);
        Assert.Null(command.Problem);
        Assert.Equal(when, command.Note!.When);
        Assert.Equal(at is null ? null : TimeOnly.Parse(at), command.Note.At);
        Assert.Equal(what, command.Note.What);
    }

    [Theory]
    [InlineData("remind me tomorrow")]
    [InlineData("remind me tomorrow at 25:00 to call Togo")]
    public void A_note_without_words_or_with_an_impossible_time_is_refused(string line) =>
        Assert.NotNull(ReminderCommands.Parse(line).Problem);

    [Fact]
    public void A_note_fires_on_its_day_only_and_is_never_due_again()
    {
        var note = Schedule.Once(new DateOnly(2026, 12, 15), new TimeOnly(9, 0), "Europe/Zurich");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        Assert.Equal(DateTimeOffset.Parse("2026-12-15T08:00:00Z"), ScheduleCalculator.NextAfter(note, DateTimeOffset.Parse("2026-11-25T10:00:00Z"), zone));
        Assert.Null(ScheduleCalculator.LatestAtOrBefore(note, DateTimeOffset.Parse("2026-12-15T07:59:00Z"), zone));
        Assert.Equal(DateTimeOffset.Parse("2026-12-15T08:00:00Z"), ScheduleCalculator.LatestAtOrBefore(note, DateTimeOffset.Parse("2027-03-01T00:00:00Z"), zone));
        Assert.Null(ScheduleCalculator.NextAfter(note, DateTimeOffset.Parse("2026-12-15T08:00:00Z"), zone));
        // Far ahead too: a note is not limited to the days a repeating schedule searches.
        Assert.NotNull(ScheduleCalculator.NextAfter(Schedule.Once(new DateOnly(2027, 9, 1), new TimeOnly(9, 0), "UTC"), DateTimeOffset.Parse("2026-11-25T10:00:00Z"), TimeZoneInfo.Utc));
        Assert.Equal("once, on Tue 15 Dec 2026 at 09:00 Europe/Zurich", note.Describe());
    }

    [Theory]
    [InlineData("remind me every Monday about overdue reports", Frequency.Weekly)]
    [InlineData("remind me on Mondays about follow-ups", Frequency.Weekly)]
    [InlineData("remind me daily at 9 about follow-ups", Frequency.Daily)]
    [InlineData("remind me about overdue reports", Frequency.Daily)]
    public void A_recurring_reminder_is_still_a_subscription(string line, Frequency frequency) =>
        Assert.Equal(frequency, ReminderCommands.Parse(line).Request!.Frequency);
}
