using static CcmBot.Core.Text.TextCase;
using CcmBot.Core.Answers;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Outreach;

/// <summary>The outreach log as the engine sees it: every contact (deleted ones excluded) and who is asking.</summary>
public sealed record OutreachLog(IReadOnlyList<Contact> Contacts, Person? User, Func<DateWindow?, (string Csv, string Xlsx)>? ExportLinks = null)
{
    public static readonly OutreachLog Empty = new([], null);
    public IEnumerable<Contact> Live => Contacts.Where(c => !c.Deleted);

    /// <summary>A store's own count and latest contacts of a State (see <see cref="LatestWith"/>): a profile then reads only those.</summary>
    public Func<string, DateOnly, int, (int Count, IReadOnlyList<Contact> Latest)>? StoreLatestWith { get; init; }

    public IEnumerable<Contact> LiveWith(string iso3) => Contacts.Where(c => !c.Deleted && c.States.Contains(iso3));

    /// <summary>
    /// How many live contacts with a State are dated on or before a day, and the latest few (newest
    /// first; on the same day, the one recorded first). One pass, no sort: a profile is rebuilt each
    /// time its State's contacts change, and a State can have thousands.
    /// </summary>
    public (int Count, IReadOnlyList<Contact> Latest) LatestWith(string iso3, DateOnly asOf, int take)
    {
        if (StoreLatestWith is { } fromStore) return fromStore(iso3, asOf, take);
        var count = 0;
        var latest = new List<Contact>(take + 1);
        foreach (var contact in LiveWith(iso3))
        {
            if (contact.Date > asOf) continue;
            count++;
            var at = latest.FindIndex(l => contact.Date > l.Date || (contact.Date == l.Date && contact.Id < l.Id));
            if (at < 0) at = latest.Count;
            if (at >= take) continue;
            latest.Insert(at, contact);
            if (latest.Count > take) latest.RemoveAt(take);
        }
        return (count, latest);
    }

    /// <summary>Set when the person asking may not read the log: outreach questions get this reason instead.</summary>
    public string? HiddenBecause { get; init; }

    public static OutreachLog Hidden(string reason) => new([], null) { HiddenBecause = reason };
}

/// <summary>Where a State stood with the Convention, as a question about contacts names it: "signatories", "States not party", "States Parties".</summary>
public enum StandingGroup { StatesParties, Signatories, NotParty }

/// <summary>Questions about the outreach log: contacts, follow-ups, who was not contacted, reports by area.</summary>
public static class OutreachAnswers
{
    public const string Source = "CcmBot outreach log (contacts recorded by coordinators)";

    public static Answer Contacts(TreatyData data, OutreachLog log, Question q, DateOnly today)
    {
        var byAuthor = q.Author is { } named ? RecordedBy(named) : null;
        if (byAuthor is not null && !log.Live.Any(byAuthor))
        {
            var recorders = log.Live.Select(c => c.Author.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var text = $"No one called \"{q.Author}\" has recorded outreach in the log. " + (recorders.Count == 0
                ? "No contacts are recorded yet."
                : $"Contacts were recorded by {ListAnswers.Names(recorders.Take(12))}{(recorders.Count > 12 ? $" and {recorders.Count - 12} more" : "")}.");
            return ListAnswers.Create("Outreach", today, text, [], [], [], [$"{Source}, as of {Dates.Format(today)}"], []);
        }
        var rows = Filter(data, log, q, byAuthor, today).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToList();
        var what = q.ContactKind is { } k ? (rows.Count == 1 ? OutreachText.Label(k) : Plural(OutreachText.Label(k)))
            : q.WrittenOnly ? (rows.Count == 1 ? "letter or email" : "letters and emails")
            : rows.Count == 1 ? "contact" : "contacts";
        var recordedBy = byAuthor is not null
            ? string.Join(" or ", log.Live.Where(byAuthor).Select(c => c.Author.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
            : null;
        var scope = Scope(data, q, recordedBy);
        var summary = rows.Count == 0
            ? $"No {what}{scope} in the outreach log."
            : $"{rows.Count} {what}{scope}: " + ListAnswers.Names(rows.Take(12).Select(c => Describe(data, c))) + (rows.Count > 12 ? $", and {rows.Count - 12} more in the list" : "") + ".";
        // "When did we last contact Togo?": the latest contact up to the day, how long ago, and what came of it, before the list.
        if (q.LastOnly && rows.FirstOrDefault(c => c.Date <= today) is { } last)
        {
            var ago = today.DayNumber - last.Date.DayNumber;
            summary = $"The last {(q.ContactKind is { } one ? OutreachText.Label(one) : q.WrittenOnly ? "letter or email" : "contact")}{scope}: {Describe(data, last)}, " +
                      (ago == 0 ? "today" : ago == 1 ? "yesterday" : $"{ago} days ago") +
                      (last.Outcome is { } outcome ? $"; outcome: {OutreachText.Label(outcome)}" : "; no outcome recorded") +
                      (last.Status == ContactStatus.Open && last.FollowUp is { } f ? $"; follow-up {Dates.Format(f)}" : "") + ". " + summary;
        }
        return ListAnswers.Create("Outreach", today, summary, [new ListGroup(Capital(q.ContactKind is { } kind ? Plural(OutreachText.Label(kind)) : q.WrittenOnly ? "letters and emails" : "contacts"), rows.Select(c => Row(data, c)).ToList())], [],
            rows.Count == 0 ? ["Record one with \"log démarche to <State> on <date> about <topic>\" or \"log outreach\" for the form."]
            : q.ContactOutcome == ContactOutcome.NoResponse ? AnsweredSince(data, log, rows) : [],
            [$"{Source}, as of {Dates.Format(today)}"],
            [new("Log outreach", "log outreach"), new("Follow-ups due this week", "follow-ups due this week")]);
    }

    /// <summary>
    /// "Who hasn't replied?": a State that answered in a later contact (a call after an unanswered letter) is named with that
    /// answer, so nobody chases it again; the unanswered contact itself stays listed until its outcome is recorded.
    /// </summary>
    static IReadOnlyList<string> AnsweredSince(TreatyData data, OutreachLog log, IReadOnlyList<Contact> unanswered)
    {
        // Each State's answered contacts, newest first, gathered once: a long log is not searched again for every unanswered contact.
        var answeredWith = log.Live.Where(c => c.Outcome is { } o && o != ContactOutcome.NoResponse)
            .SelectMany(c => c.States.Select(iso3 => (Iso3: iso3, Contact: c)))
            .OrderByDescending(x => x.Contact.Date).ThenByDescending(x => x.Contact.Id)
            .ToLookup(x => x.Iso3, x => x.Contact, StringComparer.OrdinalIgnoreCase);
        var lines = unanswered.SelectMany(c => c.States.Select(iso3 => (Contact: c, Iso3: iso3)))
            .Select(x => (x.Contact, x.Iso3, Later: answeredWith[x.Iso3].FirstOrDefault(a => a.Id != x.Contact.Id && a.Date >= x.Contact.Date)))
            .Where(x => x.Later is not null)
            .GroupBy(x => x.Iso3, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(x => x.Contact.Date).First())
            .Select(x => $"{data.State(x.Iso3)?.Name ?? x.Iso3} (#{x.Contact.Id}) answered since: {OutreachText.Label(x.Later!.Kind)} on {Dates.Format(x.Later.Date)} (#{x.Later.Id}), {OutreachText.Label(x.Later.Outcome!.Value)}")
            .ToList();
        return lines.Count == 0 ? [] : [$"Answered in a later contact: {string.Join("; ", lines)}. Record the outcome on the earlier contact (\"contact <number> outcome: ...\") to take it off this list."];
    }

    public static Answer FollowUps(TreatyData data, OutreachLog log, Question q, DateOnly today)
    {
        if (q.WithoutFollowUp) return WithoutFollowUp(data, log, q, today);
        // "Which follow-ups are overdue?": those whose day has passed, however long ago; otherwise the coming week.
        // "When is Togo's follow-up?": a State's open follow-ups, whenever they fall.
        var anyDay = q.Window is null && !q.OverdueOnly && (q.States.Count > 0 || q.AnyDay);
        var window = q.Window ?? (q.OverdueOnly ? new DateWindow(null, today.AddDays(-1), "past their date") : anyDay ? new DateWindow(null, null, "") : new DateWindow(null, today.AddDays(7), "due in the next 7 days"));
        var mine = q.Mine && log.User is not null;
        var rows = log.Live.Where(c => c.Status == ContactStatus.Open && c.FollowUp is { } f && window.Contains(f))
            .Where(c => !mine || c.Author.Id == log.User!.Id)
            .Where(c => q.States.Count == 0 || c.States.Any(s => q.States.Any(x => x.Iso3 == s)))
            .Where(c => InRegion(data, c, q.Region))
            .OrderBy(c => c.FollowUp).ToList();
        var overdue = rows.Count(c => c.FollowUp < today);
        var period = anyDay ? (q.States.Count > 0 ? $"with {ListAnswers.Names(q.States.Select(x => x.Name))}" : "on any date" + (q.Region is { } where ? $" with States {ListAnswers.InRegion(where)}" : ""))
            : (q.Window is null ? (q.OverdueOnly ? $"past {(rows.Count == 1 ? "its" : "their")} date on {Dates.Format(today)}" : "due by " + Dates.Format(window.To!.Value)) : window.Text)
              + (q.States.Count > 0 ? $" with {ListAnswers.Names(q.States.Select(x => x.Name))}" : q.Region is { } region ? $" with States {ListAnswers.InRegion(region)}" : "");
        var summary = rows.Count == 0
            ? (mine ? $"You have no open follow-ups {period}." : $"No open follow-ups {period}.")
            : (mine ? "You have " : "") + $"{rows.Count} open follow-up{(rows.Count == 1 ? "" : "s")} {period}" +
              (overdue > 0 && !(q.OverdueOnly && q.Window is null) ? $" ({overdue} already past {(overdue == 1 && rows.Count == 1 ? "its" : "their")} date)" : "") + ": " +
              ListAnswers.Names(rows.Select(c => $"{Names(data, c)} on {Dates.Format(c.FollowUp!.Value)} (contact {c.Id})")) + ".";
        return ListAnswers.Create(mine ? "My follow-ups" : "Follow-ups", today, summary,
            [new ListGroup("Open follow-ups", rows.Select(c => Row(data, c) with { Deadline = Dates.Format(c.FollowUp!.Value), DaysOverdue = c.FollowUp < today ? today.DayNumber - c.FollowUp.Value.DayNumber : null }).ToList())],
            [], [], [$"{Source}, as of {Dates.Format(today)}"]);
    }

    /// <summary>Open contacts with no follow-up day: nothing will bring them back to anyone's attention.</summary>
    static Answer WithoutFollowUp(TreatyData data, OutreachLog log, Question q, DateOnly today)
    {
        var mine = q.Mine && log.User is not null;
        var rows = log.Live.Where(c => c.Status == ContactStatus.Open && c.FollowUp is null && c.Date <= today)
            .Where(c => q.Window is null || q.Window.Contains(c.Date))
            .Where(c => !mine || c.Author.Id == log.User!.Id)
            .Where(c => q.States.Count == 0 || c.States.Any(s => q.States.Any(x => x.Iso3 == s)))
            .Where(c => InRegion(data, c, q.Region))
            .OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToList();
        var scope = (q.Window is { } w ? $", contacts dated {w.Text}" : "") + (q.Region is { } region && q.States.Count == 0 ? $", with States {ListAnswers.InRegion(region)}" : "")
                    + (q.States.Count > 0 ? $", with {ListAnswers.Names(q.States.Select(s => s.Name))}" : "");
        var summary = rows.Count == 0
            ? $"{(mine ? "You have no" : "No")} open contacts without a follow-up day{scope} on {Dates.Format(today)}."
            : $"{(mine ? "You have " : "")}{rows.Count} open contact{(rows.Count == 1 ? "" : "s")} without a follow-up day{scope} on {Dates.Format(today)}: " +
              ListAnswers.Names(rows.Take(12).Select(c => $"{Names(data, c)} ({OutreachText.Label(c.Kind)} on {Dates.Format(c.Date)}, contact {c.Id})")) +
              (rows.Count > 12 ? $", and {rows.Count - 12} more in the list" : "") + ".";
        return ListAnswers.Create(mine ? "My contacts without a follow-up" : "Contacts without a follow-up", today, summary,
            [new ListGroup("Open, no follow-up day", rows.Select(c => Row(data, c)).ToList())], [],
            rows.Count == 0 ? [] : [$"Set one with \"set the follow-up on contact {rows[0].Id} to <date>\", or close a contact that needs nothing more with \"close contact {rows[0].Id}\"."],
            [$"{Source}, as of {Dates.Format(today)}"],
            [new("Follow-ups due this week", "follow-ups due this week")]);
    }

    /// <summary>States overdue with a report (or last recorded so) that nobody has contacted in the last N months.</summary>
    public static Answer NotContacted(TreatyData data, OutreachLog log, Question q, DateOnly today)
    {
        // "Who haven't we contacted this year?": since the period began; otherwise the last N months (6 unless said).
        var since = q.Months is null && q.Window?.From is { } from && from <= today ? from : today.AddMonths(-(q.Months ?? 6));
        if (q.ContactArea == ThematicArea.Universalization) return SignatoriesNotContacted(data, log, today, since);
        var overdue = ReportingAnswers.OverdueOrLastRecordedMissing(data, today);
        var contacted = log.Live.Where(c => c.Date >= since).SelectMany(c => c.States).ToHashSet();
        var missing = overdue.Where(o => !contacted.Contains(o.State.Iso3)).OrderBy(o => o.State.Name).ToList();
        var lastContact = LastContactByState(log);
        var rows = missing.Select(o => new ListRow(o.State.Name, "not contacted", null, null,
            o.Why + "; " + (lastContact.TryGetValue(o.State.Iso3, out var last) ? $"last contact {Dates.Format(last)}" : "never contacted in the log"), null, o.State.Iso3)).ToList();
        var summary = $"As of {Dates.Format(today)}: {missing.Count} of {overdue.Count} States Parties with overdue (or last recorded overdue) reports had no contact since {Dates.Format(since)}" +
                      (missing.Count > 0 ? ": " + ListAnswers.Names(missing.Select(m => m.State.Name)) : "") + ".";
        return ListAnswers.Create("Not contacted about overdue reports", today, summary, [new ListGroup("Not contacted", rows)],
            [$"{Rules.InitialReport.Description} — {Rules.InitialReport.Citation}", $"{Rules.AnnualReport.Description} — {Rules.AnnualReport.Citation}"],
            ["States whose report status is unknown today but were last recorded as overdue are included, with the date they were last seen missing."],
            [$"{Source}, as of {Dates.Format(today)}", "reporting status: see \"who still owes an initial report?\""],
            missing.Take(3).Select(m => new SuggestedQuestion($"Log outreach: {m.State.Name}", $"log outreach for {m.State.Name}")));
    }

    static Dictionary<string, DateOnly> LastContactByState(OutreachLog log) =>
        log.Live.SelectMany(c => c.States.Select(s => (Iso3: s, c.Date))).GroupBy(x => x.Iso3).ToDictionary(g => g.Key, g => g.Max(x => x.Date));

    /// <summary>Signatories that have not ratified and had no contact in the period: universalization's list to work through.</summary>
    static Answer SignatoriesNotContacted(TreatyData data, OutreachLog log, DateOnly today, DateOnly since)
    {
        var signatories = data.States.Where(s => Membership.At(s, today).Status == MembershipStatus.Signatory).ToList();
        var contacted = log.Live.Where(c => c.Date >= since).SelectMany(c => c.States).ToHashSet();
        var lastContact = LastContactByState(log);
        var missing = signatories.Where(s => !contacted.Contains(s.Iso3)).OrderBy(s => s.Name).ToList();
        var rows = missing.Select(s => new ListRow(s.Name, "not contacted", null, null,
            (s.SignatureDate is { } signed ? $"signed {Dates.Format(signed)}, not ratified" : "signatory, not ratified") + "; " +
            (lastContact.TryGetValue(s.Iso3, out var last) ? $"last contact {Dates.Format(last)}" : "never contacted in the log"), null, s.Iso3)).ToList();
        var summary = $"As of {Dates.Format(today)}: {missing.Count} of {signatories.Count} signatories that have not ratified had no contact since {Dates.Format(since)}" +
                      (missing.Count > 0 ? ": " + ListAnswers.Names(missing.Select(m => m.Name)) : "") + ".";
        return ListAnswers.Create("Signatories not contacted", today, summary, [new ListGroup("Not contacted", rows)],
            [$"{Rules.EntryIntoForce.Description} — {Rules.EntryIntoForce.Citation}"],
            ["Signatories are the States that signed but have not deposited an instrument of ratification; the log counts contacts of any kind and area."],
            [$"{Source}, as of {Dates.Format(today)}", "membership: see \"which signatories have not ratified?\""],
            missing.Take(3).Select(m => new SuggestedQuestion($"Log outreach: {m.Name}", $"log outreach for {m.Name}")));
    }

    /// <summary>Counts by thematic area, kind and outcome for a period, as progress reports give them.</summary>
    /// <param name="kind">"How many démarches by area?": that kind of contact only.</param>
    /// <param name="area">"Universalization outreach report": that area only.</param>
    public static OutreachReport Report(TreatyData data, OutreachLog log, DateWindow? window, DateOnly today, string? region = null, ContactKind? kind = null, ThematicArea? area = null)
    {
        var contacts = log.Live.Where(c => window is null || window.Contains(c.Date)).Where(c => InRegion(data, c, region)).Where(c => kind is null || c.Kind == kind)
            .Where(c => area is null || c.Area == area)
            .OrderBy(c => c.Date).ThenBy(c => c.Id).ToList();
        return new OutreachReport(window, today, contacts,
            contacts.GroupBy(c => c.Area).OrderBy(g => g.Key).Select(g => (OutreachText.Label(g.Key), g.Count())).ToList(),
            contacts.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => (OutreachText.Label(g.Key), g.Count())).ToList(),
            contacts.GroupBy(c => c.Outcome).OrderBy(g => g.Key).Select(g => (g.Key is { } o ? OutreachText.Label(o) : "not recorded", g.Count())).ToList(),
            contacts.SelectMany(c => c.States).Where(s => InRegion(data, s, region)).Distinct().Count()) { Region = region, Kind = kind, Area = area };
    }

    /// <summary>A contact is in a region when one of the States it was with is; "outreach in Africa" keeps a joint letter to Togo and Chile.</summary>
    static bool InRegion(TreatyData data, Contact c, string? region) => c.States.Any(s => InRegion(data, s, region));

    static bool InRegion(TreatyData data, string iso3, string? region) =>
        region is null || string.Equals(data.State(iso3)?.Region, region, StringComparison.OrdinalIgnoreCase);

    const int TopStates = 10;

    /// <summary>"What's the response rate?": contacts with an answer recorded, against those recorded unanswered and those with no outcome yet.</summary>
    static string Responses(IReadOnlyList<Contact> contacts)
    {
        if (contacts.Count == 0) return "";
        var answered = contacts.Count(c => c.Outcome is { } o && o != ContactOutcome.NoResponse);
        var unanswered = contacts.Count(c => c.Outcome == ContactOutcome.NoResponse);
        return $" Answered: {answered} of {contacts.Count} ({100.0 * answered / contacts.Count:0}%); no response: {unanswered}; no outcome recorded: {contacts.Count - answered - unanswered}.";
    }

    public static Answer ReportAnswer(TreatyData data, OutreachReport report, string? csvUrl, string? xlsxUrl)
    {
        var period = (report.Window is null ? "all dates" : MembershipAnswers.Describe(report.Window)) + (report.Region is { } region ? $", States {ListAnswers.InRegion(region)}" : "") +
                     (report.Kind is { } kind ? $", {OutreachText.Label(kind)}s only" : "") + (report.Area is { } area ? $", {OutreachText.Label(area)} only" : "");
        // "Which States have we contacted most?": one ranking, named in the summary and listed in full below.
        var byState = report.Contacts.SelectMany(c => c.States.Where(iso3 => InRegion(data, iso3, report.Region)).Select(iso3 => (Iso3: iso3, c.Date))).GroupBy(x => x.Iso3)
            .Select(g => (Name: data.State(g.Key)?.Name ?? g.Key, Iso3: g.Key, Count: g.Count(), Latest: g.Max(x => x.Date)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name).ToList();
        var summary = $"Outreach {period}: {report.Contacts.Count} {(report.Contacts.Count == 1 ? "contact" : "contacts")} with {report.StatesContacted} {(report.StatesContacted == 1 ? "State" : "States")}. By area: " +
                      (report.ByArea.Count == 0 ? "none" : string.Join(", ", report.ByArea.Select(a => $"{a.Label} {a.Count}"))) + "." +
                      (byState.Count == 0 ? "" : " Most contacted: " + string.Join(", ", byState.Take(3).Select(x => $"{x.Name} {x.Count}")) + ".") +
                      Responses(report.Contacts);
        var groups = new List<ListGroup>();
        // "Which States have we contacted more than once?": they come first, the whole report after them.
        if (report.ContactedAtLeast is { } atLeast)
        {
            var often = atLeast <= 2 ? "more than once" : $"{atLeast} times or more";
            var repeated = byState.Where(x => x.Count >= atLeast).ToList();
            summary = (repeated.Count > 0
                ? $"Outreach {period}: {repeated.Count} {(repeated.Count == 1 ? "State was" : "States were")} contacted {often}: {string.Join(", ", repeated.Select(x => $"{x.Name} ({x.Count})"))}."
                : $"Outreach {period}: no State was contacted {often}" + (byState.Count == 0 ? "; no contacts at all." : byState[0].Count == 1
                    ? $"; each of the {byState.Count} {(byState.Count == 1 ? "State" : "States")} contacted was contacted once."
                    : $"; the most was {byState[0].Count}, {byState[0].Name}.")) + " In all: " + summary[$"Outreach {period}: ".Length..];
            groups.Add(new($"Contacted {often}", repeated.Select(x => new ListRow(x.Name, null, null, null, $"{x.Count} contacts, latest {Dates.Format(x.Latest)}", null, x.Iso3)).ToList()));
        }
        groups.AddRange(
        [
            new("By thematic area", report.ByArea.Select(a => new ListRow(a.Label, null, null, null, $"{a.Count} contact{(a.Count == 1 ? "" : "s")}", null)).ToList()),
            new("By kind", report.ByKind.Select(a => new ListRow(a.Label, null, null, null, $"{a.Count} contact{(a.Count == 1 ? "" : "s")}", null)).ToList()),
            new("By outcome", report.ByOutcome.Select(a => new ListRow(a.Label, null, null, null, $"{a.Count} contact{(a.Count == 1 ? "" : "s")}", null)).ToList()),
            // "Who did most outreach?": the same period counted by author too.
            new($"Most contacted States (top {TopStates})", byState.Take(TopStates)
                .Select(x => new ListRow(x.Name, null, null, null, $"{x.Count} contact{(x.Count == 1 ? "" : "s")}, latest {Dates.Format(x.Latest)}", null, x.Iso3)).ToList()),
            new("By who recorded them", report.Contacts.GroupBy(c => c.Author.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => new ListRow(g.Key, null, null, null, $"{g.Count()} contact{(g.Count() == 1 ? "" : "s")}", null)).ToList()),
        ]);
        // Progress reports count by period: a report spanning several months gives each month, in order.
        var months = report.Contacts.GroupBy(c => (c.Date.Year, c.Date.Month)).OrderBy(g => g.Key).ToList();
        if (months.Count > 1)
            groups.Add(new("By month", months.Select(g => new ListRow(new DateOnly(g.Key.Year, g.Key.Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), null, null, null,
                $"{g.Count()} contact{(g.Count() == 1 ? "" : "s")}", null)).ToList()));
        var notes = new List<string>();
        if (csvUrl is not null) notes.Add(ListAnswers.DownloadNote(csvUrl, xlsxUrl!, report.Region is null && report.Kind is null && report.Area is null ? null : "the files hold every region, area and kind of contact"));
        var followUps = new List<SuggestedQuestion>();
        return ListAnswers.Create("Outreach report", report.Today, summary, groups, [], notes, [$"{Source}, as of {Dates.Format(report.Today)}"], followUps);
    }

    static IEnumerable<Contact> Filter(TreatyData data, OutreachLog log, Question q, Func<Contact, bool>? byAuthor, DateOnly today) =>
        log.Live.Where(c => q.States.Count == 0 || c.States.Any(s => q.States.Any(x => x.Iso3 == s)))
            .Where(c => InRegion(data, c, q.Region))
            .Where(c => q.ContactedStanding is not { } standing || c.States.Any(s => Stands(data, s, standing, q.AsOf ?? today)))
            .Where(c => q.ContactKind is null || c.Kind == q.ContactKind)
            .Where(c => !q.WrittenOnly || c.Kind is ContactKind.Letter or ContactKind.Email)
            .Where(c => q.ContactArea is null || c.Area == q.ContactArea)
            .Where(c => q.Window is null || q.Window.Contains(c.Date) || q.EnteredInWindow && q.Window.Contains(DateOnly.FromDateTime(c.CreatedAt.UtcDateTime)))
            // "Contacts as of 2 December": those made by then.
            .Where(c => q.Window is not null || q.AsOf is not { } cutOff || c.Date <= cutOff)
            .Where(c => !q.Mine || log.User is null || c.Author.Id == log.User.Id)
            .Where(c => byAuthor is null || byAuthor(c))
            .Where(c => !q.OpenOnly || c.Status == ContactStatus.Open)
            // "No response" counts contacts with no outcome recorded yet as well: nobody answered them either.
            .Where(c => q.ContactOutcome is not { } outcome || c.Outcome == outcome || outcome == ContactOutcome.NoResponse && c.Outcome is null)
            .Where(c => !q.AnsweredOnly || c.Outcome is { } answer && answer != ContactOutcome.NoResponse);

    /// <summary>"Démarches to signatories": a joint letter counts when one of its States stood so on the day asked about.</summary>
    static bool Stands(TreatyData data, string iso3, StandingGroup standing, DateOnly day)
    {
        if (data.State(iso3) is not { } state) return false;
        var status = Membership.At(state, day);
        return standing switch
        {
            StandingGroup.StatesParties => status.IsStateParty,
            StandingGroup.Signatories => status.Status == MembershipStatus.Signatory,
            _ => !status.IsStateParty,
        };
    }

    /// <summary>Whether a contact was recorded by the person named: every word asked is a word of their name, or their id.</summary>
    static Func<Contact, bool> RecordedBy(string asked)
    {
        var words = TextNormalizer.Normalize(asked).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var id = string.Join(' ', words);
        return c => words.Length > 0 && (words.All(TextNormalizer.Normalize(c.Author.Name).Split(' ').Contains) || TextNormalizer.Normalize(c.Author.Id) == id);
    }

    static string Scope(TreatyData data, Question q, string? recordedBy = null)
    {
        var parts = new List<string>();
        if (q.States.Count > 0) parts.Add("with " + ListAnswers.Names(q.States.Select(s => s.Name)));
        else if (q.Region is { } region) parts.Add($"with States {ListAnswers.InRegion(region)}");
        if (q.ContactedStanding is { } standing)
            parts.Add(standing switch { StandingGroup.StatesParties => "with States Parties", StandingGroup.Signatories => "with signatories (signed, not ratified)", _ => "with States not party" });
        if (q.ContactArea is { } a) parts.Add($"on {OutreachText.Label(a)}");
        if (q.Window is { } w) parts.Add((q.EnteredInWindow ? "dated or entered in the log " : "") + MembershipAnswers.Describe(w));
        else if (q.AsOf is { } cutOff) parts.Add($"dated up to {Dates.Format(cutOff)}");
        if (q.Mine) parts.Add("recorded by you");
        if (q.Author is { } author) parts.Add($"recorded by {recordedBy ?? author}");
        if (q.ContactOutcome is { } outcome)
            parts.Add(outcome == ContactOutcome.NoResponse ? "with no response recorded (outcome \"no response\" or none yet)" : $"with outcome \"{OutreachText.Label(outcome)}\"");
        if (q.AnsweredOnly) parts.Add("with an answer recorded (any outcome but \"no response\")");
        if (q.OpenOnly) parts.Add("still open");
        return parts.Count == 0 ? "" : " " + string.Join(", ", parts);
    }

    public static ListRow Row(TreatyData data, Contact c) =>
        new($"#{c.Id} {Names(data, c)}", c.Status == ContactStatus.Open ? "open" : "done", c.FollowUp is { } f ? Dates.Format(f) : null, null,
            $"{OutreachText.Label(c.Kind)} on {Dates.Format(c.Date)}; {OutreachText.Label(c.Area)}" + (c.Chases is { } ch ? $"; chases {ch}" : "") +
            (c.Outcome is { } o ? $"; outcome: {OutreachText.Label(o)}" + (c.OutcomeNote is { } n && !string.Equals(n, OutreachText.Label(o), StringComparison.OrdinalIgnoreCase) ? $" ({n})" : "") : "") +
            (c.Counterpart is { } cp ? $"; counterpart: {cp}" : "") + (c.Summary is { } s && s != c.Chases ? $"; {s}" : ""),
            $"recorded by {c.Author.Name}" + (c.Mandate is { } m ? $" ({m})" : ""));

    static string Describe(TreatyData data, Contact c) => $"{OutreachText.Label(c.Kind)} {OutreachText.Preposition(c.Kind)} {Names(data, c)} on {Dates.Format(c.Date)} (#{c.Id})";

    public static string Names(TreatyData data, Contact c) => ListAnswers.Names(c.States.Select(s => data.State(s)?.Name ?? s));

    static string Plural(string label) => label.EndsWith("ch", StringComparison.Ordinal) ? label + "es" : label.EndsWith('s') ? label : label + "s";
}

public sealed record OutreachReport(
    DateWindow? Window, DateOnly Today, IReadOnlyList<Contact> Contacts,
    IReadOnlyList<(string Label, int Count)> ByArea, IReadOnlyList<(string Label, int Count)> ByKind, IReadOnlyList<(string Label, int Count)> ByOutcome,
    int StatesContacted)
{
    /// <summary>The region the report was asked for; null for all.</summary>
    public string? Region { get; init; }
    /// <summary>The kind of contact the report was asked for; null for all.</summary>
    public ContactKind? Kind { get; init; }
    /// <summary>The thematic area the report was asked for; null for all.</summary>
    public ThematicArea? Area { get; init; }
    /// <summary>"Contacted more than once?": the report opens with the States contacted at least this often.</summary>
    public int? ContactedAtLeast { get; init; }
}
