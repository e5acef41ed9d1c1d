namespace CcmBot.Core.Reminders;

/// <summary>
/// "Move my digest to Fridays at 10", "make the Monday reminder daily", "change my digest to follow-ups only":
/// what a line says to change in a reminder. Only what was said changes; everything else stays as it was.
/// </summary>
public sealed record ReminderChange(
    Frequency? Frequency, IReadOnlySet<DayOfWeek> Days, int? DayOfMonth, int? WeekOfMonth, int? EveryWeeks, TimeOnly? At, string? TimeZone,
    IReadOnlySet<DayOfWeek>? QuietDays, IReadOnlySet<ReminderTopic> Topics, int? WithinDays, string? Plan)
{
    public bool Any => Frequency is not null || Days.Count > 0 || DayOfMonth is not null || WeekOfMonth is not null || EveryWeeks is not null || At is not null ||
                       TimeZone is not null || QuietDays is not null || Topics.Count > 0 || WithinDays is not null || Plan is not null;

    /// <summary>The reminder's new schedule and topics. Days alone make a daily or monthly-by-date reminder a weekly one;
    /// "the first Monday" kept monthly takes the new weekday.</summary>
    public (Schedule Schedule, IReadOnlySet<ReminderTopic> Topics, int WithinDays, string? Plan) Apply(Subscription subscription)
    {
        var old = subscription.Schedule;
        var frequency = Frequency ?? (Days.Count > 0 && !(old is { Frequency: Reminders.Frequency.Monthly, WeekOfMonth: not null }) ? Reminders.Frequency.Weekly : old.Frequency);
        var days = frequency switch
        {
            Reminders.Frequency.Daily => new HashSet<DayOfWeek>(),
            _ when Days.Count > 0 => Days,
            Reminders.Frequency.Weekly when old.Frequency == Reminders.Frequency.Weekly => old.Days,
            Reminders.Frequency.Monthly when old.WeekOfMonth is not null && WeekOfMonth is null && DayOfMonth is null => old.Days,
            Reminders.Frequency.Weekly => new HashSet<DayOfWeek> { DayOfWeek.Monday },
            _ => new HashSet<DayOfWeek>(),
        };
        int? weekOfMonth = frequency != Reminders.Frequency.Monthly ? null
            : WeekOfMonth ?? (DayOfMonth is null && old.Frequency == Reminders.Frequency.Monthly ? old.WeekOfMonth : null);
        var everyWeeks = frequency != Reminders.Frequency.Weekly ? 1 : EveryWeeks ?? (old.Frequency == Reminders.Frequency.Weekly ? old.EveryWeeks : 1);
        // Quiet days belong to a daily reminder ("weekdays"); a new frequency without them starts with none.
        var quiet = QuietDays ?? (frequency == old.Frequency ? old.QuietDays : new HashSet<DayOfWeek>());
        var schedule = old with
        {
            Frequency = frequency, Days = days, DayOfMonth = DayOfMonth ?? old.DayOfMonth, WeekOfMonth = weekOfMonth, EveryWeeks = everyWeeks,
            // The weeks of "every other Monday" are counted again from the changed reminder's first send.
            FirstWeek = everyWeeks > 1 && everyWeeks == old.EveryWeeks && days.SetEquals(old.Days) ? old.FirstWeek : null,
            LocalTime = At ?? old.LocalTime, TimeZone = TimeZone ?? old.TimeZone, QuietDays = quiet,
        };
        return (schedule, Topics.Count > 0 ? Topics : subscription.Topics, WithinDays ?? subscription.WithinDays, Plan ?? subscription.Plan);
    }
}
