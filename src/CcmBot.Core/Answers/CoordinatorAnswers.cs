using CcmBot.Core.Treaties;
using static CcmBot.Core.Text.TextCase;

namespace CcmBot.Core.Answers;

/// <summary>
/// Who holds a thematic mandate or the presidency on a day. Terms are recorded as meetings ("1RC" to
/// "7MSP") or periods; a day outside every recorded term is "unknown", with the latest record shown.
/// </summary>
public static class CoordinatorAnswers
{
    const string Rule = "mandates as the seeds record them: a term \"from 1RC\" starts on the meeting's first day, one \"until the end of 7MSP\" ends on its last day; a term whose end is not stated is not assumed to continue";

    public enum TermState { InOffice, NotYet, Ended, StartNotStated, EndNotStated, NotDated }

    public sealed record Term(Coordinator Coordinator, DateOnly? From, DateOnly? To, TermState State);

    public static Term Assess(TreatyData data, Coordinator c, DateOnly asOf)
    {
        var from = Bound(data, c.TermFrom, end: false);
        var to = Bound(data, c.TermTo, end: true);
        // In office only between a recorded start and a recorded end; an open side is not guessed.
        var state = (from, to) switch
        {
            (null, null) => TermState.NotDated,
            ({ } f, _) when asOf < f => TermState.NotYet,
            (_, { } t) when asOf > t => TermState.Ended,
            ({ }, { }) => TermState.InOffice,
            (null, _) => TermState.StartNotStated,
            _ => TermState.EndNotStated,
        };
        return new Term(c, from, to, state);
    }

    /// <summary>A term bound: a meeting (its first day for a start, its last for an end), a day, or a period ("2016-07-01/2017-06-30").</summary>
    static DateOnly? Bound(TreatyData data, string? text, bool end)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (data.Meeting(text) is { } meeting)
        {
            var day = end ? (meeting.End.IsKnown ? meeting.End : meeting.Start) : meeting.Start;
            return day.IsKnown ? end ? day.Latest : day.Earliest : null;
        }
        return PartialDate.TryParse(text, out var date) && date.IsKnown ? end ? date.Latest : date.Earliest : null;
    }

    /// <summary>The last day any recorded term of a coordinator or president speaks for; null when none is dated.</summary>
    internal static DateOnly? MandatesRunTo(TreatyData data, DateOnly asOf) =>
        data.Coordinators.Select(c => Assess(data, c, asOf)).Select(t => t.To ?? t.From).Where(d => d is not null).Max();

    public static Answer Answer(TreatyData data, Question q, DateOnly asOf)
    {
        var records = data.Coordinators
            .Where(c => q.Area is null || c.ThematicArea.StartsWith(q.Area, StringComparison.OrdinalIgnoreCase))
            .Where(c => q.States.Count == 0 || q.States.Any(s => data.Resolver.ResolveExact(c.State)?.Iso3 == s.Iso3))
            .Where(c => q.MeetingId is null || string.Equals(c.TermFrom, q.MeetingId, StringComparison.OrdinalIgnoreCase) || string.Equals(c.TermTo, q.MeetingId, StringComparison.OrdinalIgnoreCase))
            .Select(c => Assess(data, c, asOf)).ToList();
        var scope = q.Area is { } area ? $" for {area.ToLowerInvariant()}" : q.States.Count > 0 ? $" held by {ListAnswers.Names(q.States.Select(s => s.Name))}" : "";
        if (q.MeetingId is { } meetingId) scope += $" with a term starting or ending at {meetingId}";
        if (PresidentNotInTerms(data, q, records) is { } presided)
        {
            // "Who presided over the 13MSP?": the meeting's own record names its president where no term does.
            var said = $"{presided.Name} ({presided.Id}, {presided.When}) was presided over by {presided.President}, by the meeting's record";
            var row = new ListRow($"{presided.President}, president", $"presided {presided.Id}", null, null, $"{presided.Name}, {presided.When}", ListAnswers.Source(presided.Provenance));
            var summaryWithTerms = records.Count == 0 ? $"{said}; CcmBot's records of mandates hold no term tied to it." : $"{said}. Also recorded{scope}: {ListAnswers.Names(records.Select(Name).Distinct())}.";
            var groupsWithTerms = records.GroupBy(t => t.Coordinator.ThematicArea).Select(g => new ListGroup(g.Key, g.Select(Row).ToList())).Prepend(new ListGroup($"{presided.Id} president", [row])).ToList();
            return ListAnswers.Create("Coordinators", asOf, summaryWithTerms, groupsWithTerms, [Rule], [],
                records.Select(t => ListAnswers.Source(t.Coordinator.Provenance)).Prepend(ListAnswers.Source(presided.Provenance)), [new("Meetings", "when is the next meeting?")]);
        }
        // "Who was the 10MSP president?" with no record: the presidents CcmBot does hold, meeting by meeting.
        if (records.Count == 0 && q.MeetingId is { } unrecorded && q.Area is null or "Presidency")
        {
            var held = data.Coordinators.Where(c => c.Role.Equals("president", StringComparison.OrdinalIgnoreCase) && c.TermTo is not null)
                .Select(c => (Meeting: c.TermTo!, c.State, Source: ListAnswers.Source(c.Provenance)))
                .Concat(data.Meetings.Where(m => m.President is not null).Select(m => (Meeting: m.Id, State: m.President!, Source: ListAnswers.Source(m.Provenance))))
                .DistinctBy(p => p.Meeting, StringComparer.OrdinalIgnoreCase)
                // Meetings of States Parties by number, then Review Conferences: not every early meeting's dates are recorded.
                .OrderBy(p => p.Meeting.Contains("RC", StringComparison.OrdinalIgnoreCase))
                .ThenBy(p => int.TryParse(new string(p.Meeting.TakeWhile(char.IsDigit).ToArray()), out var n) ? n : int.MaxValue).ToList();
            return ListAnswers.Create("Coordinators", asOf,
                $"CcmBot's data do not record who presided over the {unrecorded}." + (held.Count > 0 ? $" Presidents on record: {string.Join(", ", held.Select(p => $"{p.Meeting} {p.State}"))}." : ""),
                [new ListGroup("Presidents on record", held.Select(p => new ListRow(p.State, $"president of {p.Meeting}", null, null, "", p.Source)).ToList())], [Rule], [],
                held.Select(p => p.Source).OfType<string>());
        }
        if (records.Count == 0)
            return ListAnswers.Create("Coordinators", asOf, $"CcmBot's data record no coordinator or president{scope}.", [], [Rule], [], []);

        var inOffice = records.Where(t => t.State == TermState.InOffice).ToList();
        var lastKnown = records.Select(t => t.To ?? t.From).Where(d => d is not null).Max();
        string summary;
        List<Term> shown;
        Meeting? laterMeeting = null;
        if (q.MeetingId is not null && records.Count > 0)
        {
            // "Who was president of 7MSP?": the terms tied to that meeting, whatever the day.
            shown = records;
            summary = $"Recorded{scope}: {ListAnswers.Names(records.Select(Name).Distinct())}.";
        }
        else if (q is { Window: { } window, AsOf: null } && Overlapping(records, window, asOf) is { } during && (during.Certain.Count > 0 || during.Possible.Count > 0))
        {
            // "Who were the coordinators in 2017?": every term that overlaps the period, not only those on its last day.
            var (from, to) = (window.From ?? DateOnly.MinValue, window.To ?? asOf);
            shown = [.. during.Certain, .. during.Possible];
            var period = window.From is null ? $"up to {Dates.Format(to)}" : $"between {Dates.Format(from)} and {Dates.Format(to)}";
            var certain = during.Certain.Select(Name).Distinct().ToList();
            var possible = during.Possible.Select(Name).Distinct().Except(certain).ToList();
            summary = $"{Capital(period)}, in office for at least part of the period{scope} by CcmBot's data: {(certain.Count == 0 ? "none certain" : ListAnswers.Names(certain))}" +
                      (possible.Count > 0 ? $"; possibly, with a term whose start or end is not recorded: {ListAnswers.Names(possible)}" : "") + ".";
        }
        else if (inOffice.Count > 0)
        {
            shown = inOffice;
            summary = $"As of {Dates.Format(asOf)}, in office{scope} by CcmBot's data: {ListAnswers.Names(inOffice.Select(Name).Distinct())}.";
        }
        else
        {
            // Nothing covers the day: say so, and show what was last recorded for each mandate.
            shown = records.GroupBy(t => (t.Coordinator.ThematicArea, t.Coordinator.Role))
                .SelectMany(g => g.Where(t => (t.To ?? t.From) == g.Max(x => x.To ?? x.From))).ToList();
            summary = $"As of {Dates.Format(asOf)}: unknown — no recorded term{scope} covers that day" +
                      (lastKnown is { } last ? $" (CcmBot's records of mandates run to {Dates.Format(last)})" : "") +
                      $". Last recorded: {ListAnswers.Names(shown.Select(Name).Distinct())}.";
            // Meetings name their presidents after the mandates end ("13MSP: Philippines presiding"): the latest is worth knowing.
            if (q.Area == "Presidency" && LatestPresidedMeeting(data, asOf) is { } latest && latest.End.Earliest > (lastKnown ?? DateOnly.MinValue))
            {
                summary += $" The latest meeting whose president CcmBot's data name: the {latest.Name} ({latest.Id}, {latest.When}), presided over by {latest.President}.";
                laterMeeting = latest;
            }
        }
        var groups = shown.GroupBy(t => t.Coordinator.ThematicArea)
            .Select(g => new ListGroup(g.Key, g.Select(Row).ToList())).ToList();
        var sources = shown.Select(t => ListAnswers.Source(t.Coordinator.Provenance)).ToList();
        if (laterMeeting is { } m)
        {
            groups.Add(new ListGroup($"{m.Id} president", [new ListRow($"{m.President}, president", $"presided {m.Id}", null, null, $"{m.Name}, {m.When}", ListAnswers.Source(m.Provenance))]));
            sources.Add(ListAnswers.Source(m.Provenance));
        }
        var notes = records.Any(t => t.State is TermState.EndNotStated or TermState.StartNotStated)
            ? ["Some terms have no recorded start or end; CcmBot does not count them as in office on a day it cannot place."]
            : new List<string>();
        return ListAnswers.Create("Coordinators", asOf, summary, groups, [Rule], notes, sources, [new("Meetings", "when is the next meeting?")]);
    }

    /// <summary>The last meeting begun by a day whose record names its president.</summary>
    static Meeting? LatestPresidedMeeting(TreatyData data, DateOnly asOf) =>
        data.Meetings.Where(m => m.President is not null && m.Start.IsKnown && m.Start.Earliest <= asOf).MaxBy(m => m.Start.Earliest);

    /// <summary>The meeting asked about, where its record names a president that no recorded presidency term already gives.</summary>
    static Meeting? PresidentNotInTerms(TreatyData data, Question q, List<Term> records)
    {
        if (q.MeetingId is null || q.Area is not (null or "Presidency") || data.Meeting(q.MeetingId) is not { President: { } president } meeting) return null;
        var named = data.Resolver.ResolveExact(president)?.Iso3;
        return records.Any(t => t.Coordinator.Role.Equals("president", StringComparison.OrdinalIgnoreCase)
                                && (data.Resolver.ResolveExact(t.Coordinator.State)?.Iso3 ?? t.Coordinator.State) == (named ?? president)) ? null : meeting;
    }

    /// <summary>Terms that overlap the window for certain (both ends recorded) and those that may (one end not recorded, the other not ruling it out).</summary>
    static (List<Term> Certain, List<Term> Possible) Overlapping(List<Term> records, Text.DateWindow window, DateOnly asOf)
    {
        var (from, to) = (window.From ?? DateOnly.MinValue, window.To ?? asOf);
        var certain = records.Where(t => t.From is { } f && t.To is { } e && f <= to && e >= from).ToList();
        var possible = records.Where(t => (t.From is null) != (t.To is null) && (t.From ?? DateOnly.MinValue) <= to && (t.To ?? DateOnly.MaxValue) >= from).ToList();
        return (certain, possible);
    }

    static string Name(Term t) => $"{t.Coordinator.State} ({t.Coordinator.Role}, {t.Coordinator.ThematicArea.ToLowerInvariant()})";

    static ListRow Row(Term t)
    {
        var c = t.Coordinator;
        var status = t.State switch
        {
            TermState.InOffice => "in office",
            TermState.NotYet => "not yet in office",
            TermState.Ended => $"term ended {Dates.Format(t.To!.Value)}",
            TermState.EndNotStated => "in office from its start; end of term not stated (unknown on that day)",
            TermState.StartNotStated => "start of term not stated (unknown on that day)",
            _ => "term not recorded",
        };
        static string Day(DateOnly? d) => d is { } day ? Dates.Format(day) : "not recorded";
        var term = (c.TermFrom is not null && c.TermFrom == c.TermTo ? $"during {c.TermFrom}" : $"from {c.TermFrom ?? "(start not stated)"} to {c.TermTo ?? "(end not stated)"}") +
                   (t.From is not null || t.To is not null ? $" ({Day(t.From)} – {Day(t.To)})" : "");
        return new ListRow($"{c.State}, {c.Role}", status, null, null, term + (c.TermNote is { } n ? $"; {n}" : ""), ListAnswers.Source(c.Provenance));
    }
}
