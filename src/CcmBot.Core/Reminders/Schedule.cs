namespace CcmBot.Core.Reminders;

/// <summary><see cref="Once"/>: a one-off note ("remind me on 15 December to chase Togo"), on <see cref="Schedule.OnDate"/> only.</summary>
public enum Frequency { Daily, Weekly, Monthly, Once }

/// <summary>
/// When a subscriber wants their digest: local time in an IANA time zone, on chosen days, never on quiet days.
/// A monthly schedule falls on a day of the month, or with <see cref="WeekOfMonth"/> on a weekday of
/// one week of it ("the first Monday": 1 and Monday; "the last Friday": -1 and Friday).
/// </summary>
public sealed record Schedule(Frequency Frequency, IReadOnlySet<DayOfWeek> Days, int DayOfMonth, TimeOnly LocalTime, string TimeZone, IReadOnlySet<DayOfWeek> QuietDays,
    int? WeekOfMonth = null, DateOnly? OnDate = null, int EveryWeeks = 1, DateOnly? FirstWeek = null)
{
    /// <summary>The most weeks between two weekly sends: the look-back of <see cref="ScheduleCalculator"/> covers it.</summary>
    public const int MaxEveryWeeks = 4;

    public static Schedule Once(DateOnly day, TimeOnly at, string timeZone) =>
        new(Frequency.Once, new HashSet<DayOfWeek>(), 1, at, timeZone, new HashSet<DayOfWeek>(), OnDate: day);

    public static Schedule Daily(TimeOnly at, string timeZone, params DayOfWeek[] quiet) =>
        new(Frequency.Daily, new HashSet<DayOfWeek>(), 1, at, timeZone, quiet.ToHashSet());

    public static Schedule Weekly(TimeOnly at, string timeZone, params DayOfWeek[] days) =>
        new(Frequency.Weekly, days.ToHashSet(), 1, at, timeZone, new HashSet<DayOfWeek>());

    public static Schedule Monthly(int dayOfMonth, TimeOnly at, string timeZone) =>
        new(Frequency.Monthly, new HashSet<DayOfWeek>(), dayOfMonth, at, timeZone, new HashSet<DayOfWeek>());

    public string Describe()
    {
        var when = Frequency switch
        {
            Frequency.Once => $"once, on {OnDate:ddd d MMM yyyy}",
            Frequency.Daily => "every day",
            Frequency.Weekly when EveryWeeks == 2 => "every other " + string.Join(", ", Days.OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString())),
            Frequency.Weekly when EveryWeeks > 2 => $"every {EveryWeeks} weeks on " + string.Join(", ", Days.OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString())),
            Frequency.Weekly => "every " + string.Join(", ", Days.OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString())),
            _ when WeekOfMonth is { } week => $"on the {WeekName(week)} {string.Join(" and ", Days.OrderBy(d => ((int)d + 6) % 7))} of each month",
            _ => $"on day {DayOfMonth} of each month" + (DayOfMonth > 28 ? " (the last day in shorter months)" : ""),
        };
        var quiet = QuietDays.Count > 0 ? ", except " + string.Join(", ", QuietDays.OrderBy(d => ((int)d + 6) % 7)) : "";
        return $"{when} at {LocalTime:HH\\:mm} {TimeZone}{quiet}";
    }

    static string WeekName(int week) => week switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => "last" };
}

/// <summary>
/// The instants a schedule fires, in UTC. A local time that does not exist (clocks go forward) fires
/// at the first valid minute after it; one that happens twice (clocks go back) fires the first time.
/// </summary>
public static class ScheduleCalculator
{
    const int LookBackDays = 70;

    public static DateTimeOffset? LatestAtOrBefore(Schedule schedule, DateTimeOffset utc, TimeZoneInfo zone)
    {
        if (schedule is { Frequency: Frequency.Once, OnDate: { } on })
            return ToUtc(on, schedule.LocalTime, zone) is var once && once <= utc ? once : null;
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);
        for (var day = localDay.AddDays(1); day >= localDay.AddDays(-LookBackDays); day = day.AddDays(-1))
        {
            if (!Fires(schedule, day)) continue;
            var instant = ToUtc(day, schedule.LocalTime, zone);
            if (instant <= utc) return instant;
        }
        return null;
    }

    public static DateTimeOffset? NextAfter(Schedule schedule, DateTimeOffset utc, TimeZoneInfo zone)
    {
        // A note may be set months ahead, beyond the days searched for a repeating schedule.
        if (schedule is { Frequency: Frequency.Once, OnDate: { } on })
            return ToUtc(on, schedule.LocalTime, zone) is var once && once > utc ? once : null;
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);
        for (var day = localDay.AddDays(-1); day <= localDay.AddDays(LookBackDays); day = day.AddDays(1))
        {
            if (!Fires(schedule, day)) continue;
            var instant = ToUtc(day, schedule.LocalTime, zone);
            if (instant > utc) return instant;
        }
        return null;
    }

    /// <summary>"Every other Monday" counts its weeks from the week of its first send after <paramref name="utc"/>; other schedules are returned as they are.</summary>
    public static Schedule CountingWeeksFrom(Schedule schedule, DateTimeOffset utc, TimeZoneInfo zone) =>
        schedule is { Frequency: Frequency.Weekly, EveryWeeks: > 1, FirstWeek: null } && NextAfter(schedule with { EveryWeeks = 1 }, utc, zone) is { } firstSend
            ? schedule with { FirstWeek = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(firstSend, zone).DateTime) }
            : schedule;

    public static bool Fires(Schedule schedule, DateOnly day)
    {
        if (schedule.QuietDays.Contains(day.DayOfWeek)) return false;
        return schedule.Frequency switch
        {
            Frequency.Once => day == schedule.OnDate,
            Frequency.Daily => true,
            // Every N weeks: the weeks counted from the one the schedule first fires in.
            Frequency.Weekly => schedule.Days.Contains(day.DayOfWeek)
                                && (schedule.EveryWeeks <= 1 || schedule.FirstWeek is not { } first || WeeksBetween(first, day) is var weeks && weeks >= 0 && weeks % schedule.EveryWeeks == 0),
            _ when schedule.WeekOfMonth is { } week => schedule.Days.Contains(day.DayOfWeek) && (week > 0 ? (day.Day - 1) / 7 + 1 == week : day.AddDays(7).Month != day.Month),
            _ => day.Day == Math.Min(schedule.DayOfMonth, DateTime.DaysInMonth(day.Year, day.Month)),
        };
    }

    static int WeeksBetween(DateOnly from, DateOnly to)
    {
        static int MondayNumber(DateOnly d) => d.DayNumber - ((int)d.DayOfWeek + 6) % 7;
        return (MondayNumber(to) - MondayNumber(from)) / 7;
    }

    public static DateTimeOffset ToUtc(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>IANA names first; a name the machine does not know is reported, not guessed.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
