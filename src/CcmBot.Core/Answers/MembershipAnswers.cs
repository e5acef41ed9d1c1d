using static CcmBot.Core.Text.TextCase;
using System.Globalization;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>Signatories, States Parties, who joined or left, who enters into force soon.</summary>
public static class MembershipAnswers
{
    static readonly string EifRule = $"{Rules.EntryIntoForce.Description} — {Rules.EntryIntoForce.Citation}";

    /// <summary>
    /// "When did the Convention open for signature?": the opening in Oslo (Art. 15), the States that signed there (3–4 December 2008
    /// by the data) and those that signed later in New York before entry into force; after that, accession.
    /// </summary>
    public static Answer SignatureOpening(TreatyData data, DateOnly asOf)
    {
        var signers = data.States.Where(s => s.SignatureDate is { } d && d <= asOf).ToList();
        var atOslo = signers.Where(s => s.SignatureDate <= TreatyCalendar.OpenedForSignature.AddDays(1)).OrderBy(s => s.Name).ToList();
        var later = signers.Except(atOslo).OrderBy(s => s.SignatureDate).ThenBy(s => s.Name).ToList();
        var summary = $"The Convention opened for signature in Oslo on {Dates.Format(TreatyCalendar.OpenedForSignature)} (Art. 15). By CcmBot's data, {atOslo.Count} States signed there on 3–4 Dec 2008" +
                      (later.Count > 0 ? $", and {later.Count} more later, at United Nations Headquarters in New York, the last on {Dates.Format(later[^1].SignatureDate!.Value)}" : "") +
                      $"; signature closed when the Convention entered into force on {Dates.Format(TreatyCalendar.ConventionEntryIntoForce)}, and States have joined by accession since (Art. 16(2)).";
        ListRow Row(StateInfo s) => new(s.Name, Membership.At(s, asOf).IsStateParty ? "State Party" : StatusText.Label(Membership.At(s, asOf).Status), null, null,
            $"signed {Dates.Format(s.SignatureDate!.Value)}", ListAnswers.Source(s.Provenance), s.Iso3);
        return ListAnswers.Create("Signature of the Convention", asOf, summary,
            [.. ListAnswers.ByRegionIfLong("Signed at Oslo, 3–4 Dec 2008", atOslo.Select(s => (s, Row(s))).ToList()), new ListGroup("Signed later, in New York", later.Select(Row).ToList())],
            [Rules.Signature.ToString()], [], [MembershipSource(data)],
            [new("Signatories that have not ratified", "which signatories have not ratified?")]);
    }

    public static Answer Signatories(TreatyData data, Question q, DateOnly asOf)
    {
        if (q.RatifiedFastest is { } fastest) return TimeToRatify(data, q, asOf, fastest);
        var signedIn = q is { Signed: true, Window: { } window } ? window : null;
        var rows = ReportingAnswers.SignatoryRows(data, asOf)
            .Where(r => (q.Region is null || r.State.Region == q.Region) && (signedIn is null || r.State.SignatureDate is { } signed && signedIn.Contains(signed))).ToList();
        var where = q.Region is null ? "" : $" {ListAnswers.InRegion(q.Region)}";
        var signedWhen = signedIn is null ? "" : $" that signed {Describe(signedIn)}";
        var summary = rows.Count == 0
            ? $"As of {Dates.Format(asOf)}: no signatory{where}{signedWhen} was still to ratify."
            : $"As of {Dates.Format(asOf)}: {rows.Count} {(rows.Count == 1 ? "signatory" : "signatories")}{where}{signedWhen} had not ratified: {ListAnswers.Names(rows.Select(r => r.State.Name))}.";
        // "What share of signatories have ratified?": of every State that had signed by then (in the period asked), how many went on to.
        var signers = data.States.Where(s => s.SignatureDate is { } signed && signed <= asOf && (q.Region is null || s.Region == q.Region) && (signedIn is null || signedIn.Contains(signed))).ToList();
        var ratified = signers.Count(s => s.InstrumentDate is { } deposited && deposited <= asOf);
        var withdrawn = signers.Count(s => s.WithdrawalNotified is { } notice && notice <= asOf);
        if (signers.Count > 0)
            summary += $" Of the {signers.Count} States{where}{(signedIn is null ? " that had signed by then" : signedWhen)}, {ratified} had ratified ({100.0 * ratified / signers.Count:0}%)" +
                       (withdrawn > 0 ? $", {withdrawn} of them since withdrawn" : "") + ".";
        var notes = new List<string>
        {
            "Signatories here are States that signed and have not ratified (as the ISU and the seeds count them); the UN Treaty Collection counts every State that ever signed (conflict M-SIG).",
        };
        // Signature closed when the Convention entered into force; a period after it holds no signature to find.
        if (signedIn is { From: { } opened } && opened >= TreatyCalendar.ConventionEntryIntoForce)
            notes.Add($"No State can sign after {Dates.Format(TreatyCalendar.ConventionEntryIntoForce.AddDays(-1))}: {Rules.Signature}.");
        var notParty = signedIn is null ? NotPartyRows(data, q, asOf).Count : 0;
        if (notParty > 0) notes.Add($"{notParty} other States{where} had neither signed nor joined; ask \"which States are not party?\" for them.");
        notes.AddRange(FiguresFor(data, "signatories", asOf, rows.Count));
        return ListAnswers.Create("Signatories", asOf, summary, ListAnswers.ByRegionIfLong("Signatories", rows, q.ByRegion), [EifRule], notes,
            [MembershipSource(data)], [new("How many States Parties", "how many States Parties are there by region")]);
    }

    /// <summary>
    /// "Who ratified fastest after signing?", "who took longest to ratify?": the days from signature to the deposit of the instrument
    /// of ratification (acceptance, approval) for each State that signed and then ratified by the date, ranked, with the median;
    /// the signatories still to ratify are named beside the slowest, their wait still running. Accessions had no signature to count from.
    /// </summary>
    static Answer TimeToRatify(TreatyData data, Question q, DateOnly asOf, bool fastest)
    {
        var where = q.Region is null ? "" : $" {ListAnswers.InRegion(q.Region)}";
        var ratified = data.States
            .Where(s => s.SignatureDate is { } signed && s.InstrumentDate is { } deposited && signed <= deposited && deposited <= asOf
                        && s.Instrument != InstrumentKind.Accession && (q.Region is null || s.Region == q.Region))
            .Select(s => (State: s, Days: s.InstrumentDate!.Value.DayNumber - s.SignatureDate!.Value.DayNumber))
            .OrderBy(x => fastest ? x.Days : -x.Days).ThenBy(x => x.State.Name).ToList();
        if (ratified.Count == 0)
            return ListAnswers.Create("Time to ratify", asOf, $"As of {Dates.Format(asOf)}: no State{where} had signed and then ratified.", [], [Rules.Signature.ToString()], [], [MembershipSource(data)]);
        var sorted = ratified.Select(x => x.Days).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        string Span(int days) => days == 0 ? "the same day" : days == 1 ? "1 day" : days < 60 ? $"{days} days" : days < 730 ? $"{days / 30.44:0} months" : $"{days / 365.25:0.#} years";
        string Named((StateInfo State, int Days) x) => $"{x.State.Name} ({Span(x.Days)}: signed {Dates.Format(x.State.SignatureDate!.Value)}, {x.State.Instrument.ToString().ToLowerInvariant()} {Dates.Format(x.State.InstrumentDate!.Value)})";
        var summary = $"As of {Dates.Format(asOf)}: " + (ratified.Count == 1 ? $"1 State{where} signed and then ratified: " : $"of the {ratified.Count} States{where} that signed and then ratified, the {(fastest ? "fastest" : "slowest")} were ") +
                      ListAnswers.Names(ratified.Take(5).Select(Named)) + $". Median time from signature to ratification: {Span(median)}.";
        var waiting = ReportingAnswers.SignatoryRows(data, asOf).Where(r => q.Region is null || r.State.Region == q.Region).ToList();
        if (!fastest && waiting.Count > 0)
            summary += $" Still to ratify, and waiting longer than any of them: {ListAnswers.Names(waiting.OrderBy(r => r.State.SignatureDate).Select(r => $"{r.State.Name} (signed {Dates.Format(r.State.SignatureDate!.Value)})"))}.";
        var rows = ratified.Select(x => new ListRow(x.State.Name, Span(x.Days), null, null,
            $"signed {Dates.Format(x.State.SignatureDate!.Value)}; {x.State.Instrument.ToString().ToLowerInvariant()} deposited {Dates.Format(x.State.InstrumentDate!.Value)} ({x.Days} days)",
            ListAnswers.Source(x.State.Provenance), x.State.Iso3)).ToList();
        return ListAnswers.Create("Time to ratify", asOf, summary, [new ListGroup($"Signature to ratification, {(fastest ? "fastest" : "slowest")} first", rows)],
            [Rules.Signature.ToString(), EifRule], ["States that acceded never signed, so they have no time to ratify and are not counted."], [MembershipSource(data)],
            [new("Signatories still to ratify", "which signatories have not ratified?")]);
    }

    /// <summary>"Which States are not party?": those that had neither signed nor joined by the date asked, by region.</summary>
    public static Answer NotParty(TreatyData data, Question q, DateOnly asOf)
    {
        var rows = NotPartyRows(data, q, asOf);
        var where = q.Region is null ? "" : $" {ListAnswers.InRegion(q.Region)}";
        var summary = rows.Count == 0
            ? $"As of {Dates.Format(asOf)}: every State{where} CcmBot knows had signed or joined the Convention."
            : $"As of {Dates.Format(asOf)}: {rows.Count} {(rows.Count == 1 ? "State" : "States")}{where} had neither signed nor joined the Convention: {ListAnswers.Names(rows.Select(r => r.State.Name))}.";
        var signatories = ReportingAnswers.SignatoryRows(data, asOf).Where(r => q.Region is null || r.State.Region == q.Region).ToList();
        var groups = ListAnswers.ByRegionIfLong("States not party", rows, q.ByRegion).ToList();
        var notes = new List<string>
        {
            "States not party here are the UN Member States absent from the UN Treaty Collection's status list of the Convention, and States that joined later, before they did; any of them may accede at any time (Art. 16(2)).",
        };
        var signatoryCount = $"{signatories.Count} {(signatories.Count == 1 ? "signatory" : "signatories")}{where}";
        if (q.WithSignatories)
        {
            // Signatories have not joined either: they are the other half of the answer.
            if (signatories.Count > 0) groups.Insert(0, new ListGroup("Signatories that have not ratified", signatories.Select(r => r.Row).ToList()));
            summary += signatories.Count == 0 ? $" No signatory{where} was still to ratify." : $" {Capital(signatoryCount)} had signed and not ratified: {ListAnswers.Names(signatories.Select(r => r.State.Name))}.";
        }
        else notes.Add($"Besides them, {signatoryCount} had signed and not ratified; ask \"which signatories have not ratified?\".");
        notes.AddRange(Caveats(data, asOf));
        return ListAnswers.Create("States not party", asOf, summary, groups, [EifRule], notes,
            [MembershipSource(data)], [new("Signatories", "which signatories have not ratified?"), new("Outreach to them", "outreach report for universalization")]);
    }

    static List<(StateInfo State, ListRow Row)> NotPartyRows(TreatyData data, Question q, DateOnly asOf) => NotPartyRows(data, q.Region, asOf);

    internal static List<(StateInfo State, ListRow Row)> NotPartyRows(TreatyData data, string? region, DateOnly asOf) =>
        data.States.Where(s => Membership.At(s, asOf).Status == MembershipStatus.NotParty && (region is null || s.Region == region))
            .OrderBy(s => s.Name)
            .Select(s => (s, new ListRow(s.Name, "not party", null, null,
                s.InstrumentDate is { } joined ? $"joined later ({s.Instrument.ToString().ToLowerInvariant()} {Dates.Format(joined)})"
                : s.SignatureDate is { } signed ? $"signed later ({Dates.Format(signed)})" : "neither signed nor joined",
                ListAnswers.Source(s.Provenance), s.Iso3)))
            .ToList();

    public static Answer StatesParties(TreatyData data, Question q, DateOnly asOf)
    {
        var rows = data.States.Select(s => (State: s, M: Membership.At(s, asOf))).Where(x => x.M.IsStateParty && (q.Region is null || x.State.Region == q.Region))
            .OrderBy(x => x.State.Name)
            .Select(x => (x.State, new ListRow(x.State.Name, StatusText.Label(x.M.Status), null, null,
                $"{x.State.Instrument.ToString().ToLowerInvariant()} {Dates.Format(x.State.InstrumentDate!.Value)}, in force {Dates.Format(x.State.EntryIntoForce!.Value)}", null, x.State.Iso3)))
            .ToList();
        var where = q.Region is null ? "" : $" {ListAnswers.InRegion(q.Region)}";
        var summary = $"As of {Dates.Format(asOf)}: {rows.Count} States Parties{where} ({rows.Count(r => r.Item2.Status == StatusText.Label(MembershipStatus.InForce))} in force).";
        return ListAnswers.Create("States Parties", asOf, summary, ListAnswers.ByRegionIfLong("States Parties", rows, q.ByRegion), [EifRule],
            Caveats(data, asOf), [MembershipSource(data)]);
    }

    public static Answer Changes(TreatyData data, Question q, DateOnly asOf)
    {
        var window = q.Window;
        if (q.Left)
        {
            var left = data.States.Where(s => s.WithdrawalNotified is not null || s.WithdrawalEffective is not null)
                .Where(s => window is null || window.Contains(s.WithdrawalEffective ?? s.WithdrawalNotified!.Value) || s.WithdrawalNotified is { } n && window.Contains(n))
                .Where(s => (s.WithdrawalNotified ?? s.WithdrawalEffective) <= asOf || window is not null)
                .Select(s => new ListRow(s.Name, Membership.At(s, asOf).Status == MembershipStatus.Withdrawn ? "withdrawn" : "withdrawal notified", null, null,
                    $"notice {Format(s.WithdrawalNotified)}, effective {Format(s.WithdrawalEffective)}", ListAnswers.Source(s.Provenance), s.Iso3)).ToList();
            var period = window is null ? $"up to {Dates.Format(asOf)}" : Describe(window);
            // "When does Lithuania's withdrawal take effect?": a few withdrawals carry their days in the first line.
            var named = left.Count <= 3 ? left.Select(r => $"{r.Label} ({r.Detail})") : left.Select(r => r.Label);
            var summary = left.Count == 0 ? $"No State withdrew {period}." : $"{left.Count} State{(left.Count == 1 ? "" : "s")} withdrew {period}: {ListAnswers.Names(named)}.";
            return ListAnswers.Create("Withdrawals", asOf, summary, [new ListGroup("Withdrawals", left)], [$"{Rules.Withdrawal.Description} — {Rules.Withdrawal.Citation}"], Caveats(data, asOf), [MembershipSource(data)]);
        }

        if (q.Signed && window is not null) return Signatures(data, window, asOf);

        var deposits = data.States.Where(s => s.InstrumentDate is { } d && (window is null ? d <= asOf : window.Contains(d)))
            .Where(s => q.Instrument is not { } kind || s.Instrument == kind)
            .Where(s => !q.FromSignatories || s.SignatureDate is not null)
            .OrderByDescending(s => s.InstrumentDate).ToList();
        if (q.ByYear) return ChangesByYear(data, deposits, window, asOf, q.Instrument);
        if (q.LastOnly && window is null) return Latest(data, deposits, q.Instrument, asOf);
        if (q.Instrument is { } only) return ByInstrument(data, deposits, only, window, asOf);
        var latestOnly = window is null;
        var earliest = latestOnly && q.Earliest;
        // The first five, and any deposited the same day as the fifth (four States ratified on 3 December 2008).
        if (earliest) deposits = deposits.OrderBy(s => s.InstrumentDate).ThenBy(s => s.Name).ToList() is var ordered && ordered.Count > 5
            ? ordered.TakeWhile((s, i) => i < 5 || s.InstrumentDate == ordered[4].InstrumentDate).ToList() : ordered;
        else if (latestOnly) deposits = deposits.Take(5).ToList();
        var rows = deposits.Select(s => (s, new ListRow(s.Name, s.Instrument.ToString().ToLowerInvariant(), null, null,
            $"deposited {Dates.Format(s.InstrumentDate!.Value)}, in force {Dates.Format(s.EntryIntoForce!.Value)}", ListAnswers.Source(s.Provenance), s.Iso3))).ToList();
        var text = latestOnly
            ? $"The {rows.Count} {(earliest ? "earliest" : "latest")} instruments deposited by {Dates.Format(asOf)}: {ListAnswers.Names(deposits.Select(d => $"{d.Name} ({Dates.Format(d.InstrumentDate!.Value)})"))}."
            : q.FromSignatories
                ? rows.Count == 0 ? $"No signatory ratified {Describe(window!)}." : $"{rows.Count} {(rows.Count == 1 ? "signatory" : "signatories")} ratified (or accepted or approved) {Describe(window!)}: {ListAnswers.Names(deposits.Select(d => d.Name))}."
                : rows.Count == 0 ? NoneJoined(data, window!) : $"{rows.Count} {(rows.Count == 1 ? "State" : "States")} ratified or acceded {Describe(window!)}: {ListAnswers.Names(deposits.Select(d => d.Name))}.";
        var notes = Caveats(data, window?.To ?? asOf).ToList();
        // Membership moves both ways: a withdrawal in the same period belongs beside the new members.
        if (window is not null)
        {
            var withdrawn = data.States.Where(s => s.WithdrawalEffective is { } e && window.Contains(e) || s.WithdrawalNotified is { } n && window.Contains(n)).ToList();
            if (withdrawn.Count > 0)
                notes.Add($"In the same period {ListAnswers.Names(withdrawn.Select(w => $"{w.Name} (notice {Format(w.WithdrawalNotified)}, effective {Format(w.WithdrawalEffective)})"))} withdrew ({Rules.Withdrawal.Citation}).");
        }
        return ListAnswers.Create("Ratifications and accessions", asOf, text, ListAnswers.ByRegionIfLong("Instruments deposited", rows), [EifRule], notes, [MembershipSource(data)],
            [new("Entering into force soon", "who enters into force soon?")]);
    }

    /// <summary>"Most recent accession", "who joined last?": the latest instrument (of that kind), and any deposited the same day.</summary>
    static Answer Latest(TreatyData data, IReadOnlyList<StateInfo> deposits, InstrumentKind? kind, DateOnly asOf)
    {
        var word = kind is { } k ? $"instrument of {k.ToString().ToLowerInvariant()}" : "instrument of ratification or accession";
        var latest = deposits.TakeWhile(s => s.InstrumentDate == deposits[0].InstrumentDate).OrderBy(s => s.Name).ToList();
        var rows = latest.Select(s => (s, new ListRow(s.Name, s.Instrument.ToString().ToLowerInvariant(), null, null,
            $"deposited {Dates.Format(s.InstrumentDate!.Value)}, in force {Dates.Format(s.EntryIntoForce!.Value)}", ListAnswers.Source(s.Provenance), s.Iso3))).ToList();
        var summary = latest.Count == 0 ? $"No {word} was deposited by {Dates.Format(asOf)}."
            : $"The latest {word} deposited by {Dates.Format(asOf)}: {ListAnswers.Names(latest.Select(d => d.Name))}, on {Dates.Format(latest[0].InstrumentDate!.Value)}" +
              $" (in force for {(latest.Count == 1 ? "it" : "them")} from {Dates.Format(latest[0].EntryIntoForce!.Value)}).";
        return ListAnswers.Create("Latest instrument", asOf, summary, ListAnswers.ByRegionIfLong("Instruments deposited", rows), [EifRule], Caveats(data, asOf), [MembershipSource(data)],
            [new("The five latest", "recent ratifications and accessions")]);
    }

    /// <summary>"Which States acceded?": every instrument of that kind in the period (or ever), not the latest few.</summary>
    static Answer ByInstrument(TreatyData data, IReadOnlyList<StateInfo> deposits, InstrumentKind kind, DateWindow? window, DateOnly asOf)
    {
        var word = kind.ToString().ToLowerInvariant();
        var period = window is null ? $"by {Dates.Format(asOf)}" : Describe(window);
        var rows = deposits.OrderBy(s => s.InstrumentDate).Select(s => (s, new ListRow(s.Name, StatusText.Label(Membership.At(s, asOf).Status), null, null,
            $"{word} deposited {Dates.Format(s.InstrumentDate!.Value)}, in force {Dates.Format(s.EntryIntoForce!.Value)}", ListAnswers.Source(s.Provenance), s.Iso3))).ToList();
        var summary = rows.Count == 0 ? $"No instrument of {word} was deposited {period}."
            : $"{rows.Count} {(rows.Count == 1 ? "State" : "States")} deposited an instrument of {word} {period}: {ListAnswers.Names(deposits.OrderBy(s => s.InstrumentDate).Select(s => s.Name))}.";
        return ListAnswers.Create($"Instruments of {word}", asOf, summary, ListAnswers.ByRegionIfLong("Instruments deposited", rows), [EifRule], Caveats(data, window?.To ?? asOf), [MembershipSource(data)]);
    }

    /// <summary>
    /// "Who signed in 2008?": every signature in the period, with where each State stands now. The
    /// Convention was open for signature until it entered into force (Art. 15-16); later States accede.
    /// </summary>
    static Answer Signatures(TreatyData data, DateWindow window, DateOnly asOf)
    {
        var signed = data.States.Where(s => s.SignatureDate is { } d && window.Contains(d)).OrderBy(s => s.SignatureDate).ThenBy(s => s.Name).ToList();
        var rows = signed.Select(s => (s, new ListRow(s.Name, StatusText.Label(Membership.At(s, asOf).Status), null, null,
            $"signed {Dates.Format(s.SignatureDate!.Value)}" + (s.InstrumentDate is { } d && d <= asOf ? $"; {s.Instrument.ToString().ToLowerInvariant()} deposited {Dates.Format(d)}" : ""),
            ListAnswers.Source(s.Provenance), s.Iso3))).ToList();
        var ratified = signed.Count(s => s.InstrumentDate is { } d && d <= asOf);
        var summary = signed.Count == 0
            ? $"No State signed the Convention {Describe(window)} in CcmBot's data (it was open for signature from 3 Dec 2008 until its entry into force on 1 Aug 2010; States join by accession since)."
            : $"{signed.Count} {(signed.Count == 1 ? "State" : "States")} signed the Convention {Describe(window)}" +
              $"; {ratified} of them deposited an instrument of ratification, acceptance or approval by {Dates.Format(asOf)}: {ListAnswers.Names(signed.Select(s => s.Name))}.";
        return ListAnswers.Create("Signatures", asOf, summary, ListAnswers.ByRegionIfLong("Signed", rows), [EifRule], Caveats(data, asOf), [MembershipSource(data)]);
    }

    /// <summary>"How many joined each year?": instruments deposited per calendar year, with the States of each.</summary>
    static Answer ChangesByYear(TreatyData data, IReadOnlyList<StateInfo> deposits, DateWindow? window, DateOnly asOf, InstrumentKind? only = null)
    {
        var what = only is { } kind ? kind.ToString().ToLowerInvariant() : "ratification or accession";
        var years = deposits.GroupBy(s => s.InstrumentDate!.Value.Year).OrderBy(g => g.Key).ToList();
        var rows = years.Select(g => new ListRow(g.Key.ToString(CultureInfo.InvariantCulture), $"{g.Count()} deposited", null, null,
            string.Join(", ", g.OrderBy(s => s.InstrumentDate).Select(s => $"{s.Name} ({s.Instrument.ToString().ToLowerInvariant()}, {Dates.Format(s.InstrumentDate!.Value)})")), null)).ToList();
        var period = window is null ? $"up to {Dates.Format(asOf)}" : Describe(window);
        var summary = deposits.Count == 0 ? $"No instrument of {what} was deposited {period}."
            : $"Instruments of {what} deposited {period}, by year: " + string.Join(", ", years.Select(g => $"{g.Key} {g.Count()}")) + $" ({deposits.Count} in all).";
        return ListAnswers.Create(only is null ? "Ratifications and accessions by year" : $"Instruments of {what} by year", asOf, summary, [new ListGroup("By year", rows)], [EifRule],
            Caveats(data, window?.To ?? asOf), [MembershipSource(data)]);
    }

    public static Answer EnteringIntoForce(TreatyData data, Question q, DateOnly asOf)
    {
        var window = q.Window;
        var pending = data.States.Where(s => s.EntryIntoForce is { } eif && s.InstrumentDate <= (window?.To ?? asOf)
                                             && (window is null ? eif > asOf : window.Contains(eif)))
            .OrderBy(s => s.EntryIntoForce).ToList();
        var rows = pending.Select(s => new ListRow(s.Name, Membership.At(s, asOf).IsInForce ? "in force" : "not yet in force", null, null,
            $"{s.Instrument.ToString().ToLowerInvariant()} deposited {Dates.Format(s.InstrumentDate!.Value)}, in force from {Dates.Format(s.EntryIntoForce!.Value)}; initial report due {Dates.Format(TreatyCalendar.InitialReportDue(s.EntryIntoForce.Value).Date)}",
            ListAnswers.Source(s.Provenance), s.Iso3)).ToList();
        string summary;
        if (rows.Count > 0)
        {
            summary = $"{(window is null ? $"As of {Dates.Format(asOf)}" : Capital(Describe(window)))}: {rows.Count} State{(rows.Count == 1 ? "" : "s")} with the Convention entering into force: {ListAnswers.Names(pending.Select(s => $"{s.Name} on {Dates.Format(s.EntryIntoForce!.Value)}"))}.";
        }
        else
        {
            var last = data.States.Where(s => s.EntryIntoForce is { } e && e <= asOf).MaxBy(s => s.EntryIntoForce);
            summary = $"As of {Dates.Format(asOf)}: no deposited instrument is waiting to enter into force{(window is null ? "" : " " + Describe(window))}." +
                      (last is null ? "" : $" The latest entry into force was {last.Name}'s, on {Dates.Format(last.EntryIntoForce!.Value)}.");
        }
        return ListAnswers.Create("Entering into force", asOf, summary, [new ListGroup("Entering into force", rows)],
            [EifRule, $"{Rules.InitialReport.Description} — {Rules.InitialReport.Citation}"], Caveats(data, asOf), [MembershipSource(data)]);
    }

    static IEnumerable<string> FiguresFor(TreatyData data, string metric, DateOnly asOf, int ours) =>
        data.Figures.Where(f => f.Topic == "membership" && f.Metric == metric && f.AsOf.IsKnown && f.AsOf.Earliest <= asOf && asOf <= f.AsOf.Latest)
            .Select(f => $"{SourceNames.Friendly(f.Provenance.Source)} reports {f.Value:0} {metric.Replace('_', ' ')} ({f.AsOf.Display()}){((int)f.Value == ours ? ": the same" : $"; CcmBot's data give {ours}")}.");

    public static string MembershipSource(TreatyData data)
    {
        var asOf = data.States.Select(s => s.Provenance.AsOf).Where(a => a.IsKnown).Select(a => a.Latest).DefaultIfEmpty().Max();
        return $"membership data (UN Treaty Collection XXVI-6, Cluster Munition Monitor treaty status lists and country profiles, ISU and CMC news; see each State's record) as of {Dates.Format(asOf)}";
    }

    /// <summary>The day CcmBot's membership data run to: an instrument deposited after it is not in them.</summary>
    static DateOnly MembershipDataAsOf(TreatyData data) => data.States.Select(s => s.Provenance.AsOf).Where(a => a.IsKnown).Select(a => a.Latest).DefaultIfEmpty().Max();

    /// <summary>"New States Parties this year": none on record is not none at all when the period runs past the data.</summary>
    static string NoneJoined(TreatyData data, DateWindow window)
    {
        var dataAsOf = MembershipDataAsOf(data);
        return window.To is { } end && end > dataAsOf
            ? $"No State is recorded as having ratified or acceded {Describe(window)}; CcmBot's membership data run to {Dates.Format(dataAsOf)}, so an instrument deposited after that would not show."
            : $"No State ratified or acceded {Describe(window)}.";
    }

    public static IReadOnlyList<string> Caveats(TreatyData data, DateOnly asOf)
    {
        var dataAsOf = MembershipDataAsOf(data);
        return asOf > dataAsOf ? [$"CcmBot's membership data run to {Dates.Format(dataAsOf)}; an instrument deposited after that is not in them."] : [];
    }

    public static string Describe(DateWindow window) => (window.From, window.To) switch
    {
        ({ } from, { } to) when from == to => $"on {Dates.Format(from)}",
        ({ } from, { } to) => $"between {Dates.Format(from)} and {Dates.Format(to)}",
        (null, { } to) => $"up to {Dates.Format(to)}",
        ({ } from, null) => $"since {Dates.Format(from)}",
        _ => "at any time",
    };

    static string Format(DateOnly? date) => date is { } d ? Dates.Format(d) : "date not recorded";
}
