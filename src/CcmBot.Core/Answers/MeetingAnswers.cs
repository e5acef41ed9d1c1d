using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>Meetings of States Parties and Review Conferences: when and where, the next one.</summary>
public static class MeetingAnswers
{
    static readonly HashSet<string> CcmKinds = ["ccm_msp", "ccm_rc", "ccm_preparatory", "treaty_event"];

    public static Answer Answer(TreatyData data, Question q, DateOnly asOf)
    {
        var sources = new List<string>();
        if (q.MeetingId is { } id)
        {
            var meeting = data.Meeting(id);
            if (meeting is null && id.StartsWith("CCM-", StringComparison.Ordinal))
                return ListAnswers.Create("The Convention", asOf, $"CcmBot's data hold no record of the Convention's {(id == "CCM-adoption" ? "adoption" : "opening for signature")}; " +
                    $"it entered into force on {Dates.Format(TreatyCalendar.ConventionEntryIntoForce)} (Art. 17(1)).", [], [$"{Rules.EntryIntoForce.Description} — {Rules.EntryIntoForce.Citation}"], [], []);
            if (meeting is null)
            {
                var known = data.Meetings.Where(m => m.Kind is "ccm_msp" or "ccm_rc")
                    .OrderBy(m => m.Start.IsKnown ? m.Start.Earliest : DateOnly.MaxValue).Select(m => m.Id);
                return ListAnswers.Create("Meeting", asOf, $"CcmBot has no record of the {id}. Meetings it knows: {ListAnswers.Names(known)}.", [], [], [], []);
            }
            return meeting.Kind == "treaty_event" ? TreatyEvents(data, meeting, asOf) : Single(meeting, asOf);
        }

        var ccm = data.Meetings.Where(m => CcmKinds.Contains(m.Kind)).ToList();
        if (q.CountsMeetings) return Count(ccm, asOf);
        if (q.NextOnly)
        {
            var next = ccm.Where(m => m.Start.IsKnown && m.Start.Earliest > asOf).MinBy(m => m.Start.Earliest);
            if (next is not null) return Single(next, asOf, "Next meeting");
            var last = ccm.Where(m => m.Start.IsKnown).MaxBy(m => m.Start.Earliest);
            return ListAnswers.Create("Next meeting", asOf,
                $"CcmBot has no meeting dated after {Dates.Format(asOf)}." + (last is null ? "" : $" The latest it knows: {Describe(last)}."), [], [], [],
                last is null ? [] : [ListAnswers.Source(last.Provenance)]);
        }

        var listed = ccm.Where(m => q.Window is null || m.Start.IsKnown && q.Window.Contains(m.Start.Earliest))
            .OrderBy(m => m.Start.IsKnown ? m.Start.Earliest : DateOnly.MaxValue).ToList();
        var rows = listed.Select(m => new ListRow($"{m.Id}: {m.Name}", m.Start.IsKnown && m.Start.Earliest > asOf ? "planned" : null, null, null,
            $"{m.When}; {m.Place ?? "place not recorded"}" + (m.Notes is { } n ? $" — {n}" : ""), ListAnswers.Source(m.Provenance))).ToList();
        var upcoming = listed.FirstOrDefault(m => m.Start.IsKnown && m.Start.Earliest > asOf);
        var summary = q.Window is { } window
            ? (rows.Count == 0 ? $"No Convention meeting in CcmBot's data {MembershipAnswers.Describe(window)}" : $"{rows.Count} Convention meeting{(rows.Count == 1 ? "" : "s")} {MembershipAnswers.Describe(window)}: {ListAnswers.Names(listed.Select(m => $"{m.Id} ({m.When})"))}") +
              (ccm.Where(m => m.Start.IsKnown && m.Start.Earliest > asOf).MinBy(m => m.Start.Earliest) is { } following ? $"; the next after {Dates.Format(asOf)}: {Describe(following)}." : $"; none is dated after {Dates.Format(asOf)}.")
            : $"{rows.Count} Convention meetings in CcmBot's data" + (upcoming is null ? $"; none dated after {Dates.Format(asOf)}." : $"; the next after {Dates.Format(asOf)}: {Describe(upcoming)}.");
        return ListAnswers.Create("Meetings", asOf, summary, [new ListGroup("Meetings", rows)], [], ["8MSP has no record in the seeds or the later sources CcmBot ships."], rows.Select(r => r.Source!),
            [new("Next meeting", "when is the next meeting?")]);
    }

    /// <summary>
    /// Meetings of States Parties and Review Conferences held by the day asked about: the count their numbering gives (the latest
    /// held is the Nth), beside how many CcmBot has a record of, so a gap in the records (8MSP) is said, not hidden.
    /// </summary>
    static Answer Count(List<Meeting> ccm, DateOnly asOf)
    {
        var parts = new List<string>();
        var rows = new List<ListRow>();
        foreach (var (kind, suffix, one, many) in new[] { ("ccm_msp", "MSP", "Meeting of States Parties", "Meetings of States Parties"), ("ccm_rc", "RC", "Review Conference", "Review Conferences") })
        {
            int? Number(Meeting m) => System.Text.RegularExpressions.Regex.Match(m.Id, $"^(\\d+){suffix}$") is { Success: true } n ? int.Parse(n.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            var latest = ccm.Where(m => m.Kind == kind && Number(m) is not null && m.Start.IsKnown && m.Start.Earliest <= asOf).MaxBy(m => m.Start.Earliest);
            if (latest is null) continue;
            // Numbered in order: the Nth held means N were held, whether or not each is dated here.
            var held = Number(latest)!.Value;
            var recorded = ccm.Where(m => m.Kind == kind && Number(m) is { } n && n <= held).OrderBy(m => Number(m)).ToList();
            var undated = recorded.Where(m => !m.Start.IsKnown).Select(m => m.Id).ToList();
            var missing = Enumerable.Range(1, held).Select(n => $"{n}{suffix}").Except(recorded.Select(m => m.Id)).ToList();
            parts.Add($"{held} {(held == 1 ? one : many)} (the latest held: {latest.Id}, {latest.When})" +
                      (undated.Count > 0 ? $"; {ListAnswers.Names(undated)} {(undated.Count == 1 ? "is" : "are")} recorded without a date" : "") +
                      (missing.Count > 0 ? $"; CcmBot's data have no record of {ListAnswers.Names(missing)}" : ""));
            rows.AddRange(recorded.Select(m => new ListRow($"{m.Id}: {m.Name}", null, null, null, $"{m.When}; {m.Place ?? "place not recorded"}", ListAnswers.Source(m.Provenance))));
        }
        var summary = parts.Count == 0 ? $"CcmBot's data record no meeting held by {Dates.Format(asOf)}." : $"By {Dates.Format(asOf)}: {string.Join("; ", parts)}.";
        return ListAnswers.Create("Meetings held", asOf, summary, [new ListGroup("Held", rows)], [], [], rows.Select(r => r.Source!).Distinct(),
            [new("Next meeting", "when is the next meeting?")]);
    }

    static Answer Single(Meeting meeting, DateOnly asOf, string title = "Meeting")
    {
        var ahead = meeting.Start.IsKnown && meeting.Start.Earliest > asOf;
        var text = $"{meeting.Name} ({meeting.Id}) {(ahead ? "is planned for" : "was held")} {meeting.When}, {meeting.Place ?? "place not recorded"}" +
                   // "How many days until …": said for a planned meeting with a known first day.
                   (ahead && meeting.Start.IsExactDay ? $" — in {meeting.Start.Earliest.DayNumber - asOf.DayNumber} days." : ".");
        var row = new ListRow(meeting.Id, null, null, null, meeting.Notes ?? "", ListAnswers.Source(meeting.Provenance));
        return ListAnswers.Create(title, asOf, text, [new ListGroup(meeting.Name, [row])], [], [], [ListAnswers.Source(meeting.Provenance)]);
    }

    /// <summary>
    /// "When was the CCM adopted?", "when did signature open?": the event asked about first, then the Convention's own
    /// dates in order — adopted, opened for signature, in force — each with its source.
    /// </summary>
    static Answer TreatyEvents(TreatyData data, Meeting asked, DateOnly asOf)
    {
        var events = data.Meetings.Where(m => m.Kind == "treaty_event").OrderBy(m => m.Start.IsKnown ? m.Start.Earliest : DateOnly.MaxValue).ToList();
        var thirtieth = TreatyCalendar.ThirtiethInstrumentDeposited;
        var inForce = $"the Convention entered into force on {Dates.Format(TreatyCalendar.ConventionEntryIntoForce)}, the first day of the sixth month after the thirtieth instrument was deposited ({Dates.Format(thirtieth)}) (Art. 17(1))";
        var text = $"{asked.Name}: {asked.When}, {asked.Place ?? "place not recorded"}; {inForce}.";
        var rows = events.Select(m => new ListRow(m.Name, null, null, null, $"{m.When}; {m.Place ?? "place not recorded"}" + (m.Notes is { } n ? $" — {n}" : ""), ListAnswers.Source(m.Provenance)))
            .Append(new ListRow("Entry into force", null, null, null, $"{Dates.Format(TreatyCalendar.ConventionEntryIntoForce)}; thirtieth instrument deposited {Dates.Format(thirtieth)} (Art. 17(1))", null))
            .ToList();
        return ListAnswers.Create("The Convention", asOf, text, [new ListGroup("The Convention's dates", rows)], [$"{Rules.EntryIntoForce.Description} — {Rules.EntryIntoForce.Citation}"], [],
            events.Select(m => ListAnswers.Source(m.Provenance)).OfType<string>());
    }

    static string Describe(Meeting m) => $"{m.Name} ({m.Id}), {m.When}, {m.Place ?? "place not recorded"}";
}
