using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CcmBot.Core.Access;
using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Records;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;
using CcmBot.Web.Answers;
using static CcmBot.Core.Text.TextCase;
using CcmBot.Web.Cards;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Options;

namespace CcmBot.Web.Records;

public sealed record ImportReport(bool DryRun, bool Committed, IReadOnlyList<CsvLineError> Errors, IReadOnlyList<(int Line, ApplyItem Item)> Items)
{
    public int New => Items.Count(i => i.Item.Outcome == ApplyOutcome.Recorded);
    public int Duplicates => Items.Count(i => i.Item.Outcome == ApplyOutcome.AlreadyRecorded);
}

/// <summary>
/// Keeping the data true, from chat, cards and the admin API: facts recorded with who, when and
/// source; the audit trail; reverts; CSV imports (all or nothing); export and backup.
/// </summary>
public sealed class DataService(CcmStore store, DataChangeStore changes, TreatyDataCache data, TimeProvider clock, IOptions<DataKeepingOptions> options, ILogger<DataService> logger,
    Outreach.OutreachService outreach)
{
    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    readonly DataKeepingOptions _options = options.Value;

    /// <summary>A chat line that records or looks up data, or null when it is something else.</summary>
    /// <param name="sourceKey">The channel activity, for a contact "undo that" deletes (as the outreach commands take it).</param>
    public RenderedAnswer? TryCommand(string text, Person user, Role role, string sourceKey = "")
    {
        var command = DataCommands.Parse(text, Today);
        switch (command.Action)
        {
            case DataAction.None:
                return null;
            case DataAction.Record:
                // Typed without "record …" and naming no State, the line is a topic or a question
                // ("extension requests for clearance"), not a fact: the question engine takes it.
                if (!command.Explicit && FactValidator.LacksItsState(command.Draft!, data.Current)) return null;
                // "Lebanon extension": a State and a topic, with no day and no verb, is something asked about, not a fact told.
                if (!command.Explicit && DataCommands.IsTopicOnly(text, command.Draft!)) return null;
                return Allowed(role, Permission.RecordFacts) ?? Record(command.Draft!, user, "chat");
            case DataAction.OpenForm:
                return Allowed(role, Permission.RecordFacts) ?? Form(new FactDraft(), []);
            case DataAction.StateHistory:
                return StateHistory(command.Subject!);
            case DataAction.Changes:
                return Changes(command.Window);
            case DataAction.ShowChange:
                return changes.Get(command.ChangeId!.Value) is { } entry ? RenderedAnswer.Plain(Describe(entry, full: true)) : RenderedAnswer.Plain($"There is no change #{command.ChangeId}.");
            case DataAction.Revert:
                return Allowed(role, Permission.RecordFacts) ?? (command.ChangeId is { } changeId ? Revert(changeId, user, role) : RevertLast(user, role));
            case DataAction.UndoWhich:
                return UndoWhich(user, role, sourceKey);
            case DataAction.Conflicts:
                return Conflicts();
            case DataAction.Export:
                return Allowed(role, Permission.CorrectData) ?? Export(command.Subject);
            case DataAction.Backup:
                return Allowed(role, Permission.CorrectData) ?? Backup();
            default:
                if (Allowed(role, Permission.CorrectData) is { } refused) return refused;
                if (string.IsNullOrWhiteSpace(command.CsvText))
                    return RenderedAnswer.Plain($"Paste the CSV lines under the command, the first line naming the columns: {string.Join(", ", FactCsv.Required[command.Import!.Value])} " +
                                 $"(optional: {string.Join(", ", FactCsv.Optional[command.Import!.Value])}). Start with \"import {(command.Import == ImportKind.Receipts ? "receipts" : "membership")} dry run\" to see what would change. Larger files: POST them to /api/admin/import (README).");
                var report = Import(command.Import!.Value, command.CsvText, command.DryRun, user, "chat");
                return RenderedAnswer.Plain(Describe(report, command.Import!.Value));
        }
    }

    static RenderedAnswer? Allowed(Role role, Permission permission) =>
        AccessPolicy.Allows(role, permission) ? null : RenderedAnswer.Plain(AccessPolicy.Refusal(role, permission) + " Nothing was changed.");

    /// <summary>The values the "record data" card sent back.</summary>
    public RenderedAnswer Submit(JsonObject value, Person user, Role role)
    {
        if (Allowed(role, Permission.RecordFacts) is { } refused) return refused;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, node) in value)
        {
            if (key is "action" or "msteams") continue;
            if (!FormFields.Contains(key)) return RenderedAnswer.Plain($"The card sent a field CcmBot does not know (\"{(key.Length > 40 ? key[..40] : key)}\"); nothing was recorded.");
            if (node is null) continue;
            if (node is not JsonValue v || !v.TryGetValue<string>(out var s) || s.Length > 2_000) return RenderedAnswer.Plain($"The card's field \"{key}\" must be text of up to 2,000 characters; nothing was recorded.");
            fields[key] = string.IsNullOrWhiteSpace(s) ? null : s;
        }
        FactKind? kind = fields.GetValueOrDefault("kind") is { } k && Enum.TryParse<FactKind>(k, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var draft = new FactDraft
        {
            Kind = kind, States = fields.GetValueOrDefault("states"), Date = fields.GetValueOrDefault("date"), Report = fields.GetValueOrDefault("report"),
            Article = fields.GetValueOrDefault("article"), Deadline = fields.GetValueOrDefault("deadline"), GrantedBy = fields.GetValueOrDefault("grantedBy"),
            Article9Status = fields.GetValueOrDefault("article9Status"), EffectiveDate = fields.GetValueOrDefault("effectiveDate"), Reference = fields.GetValueOrDefault("reference"),
        };
        return Record(draft, user, "card");
    }

    static readonly HashSet<string> FormFields = ["kind", "states", "date", "report", "article", "deadline", "grantedBy", "article9Status", "effectiveDate", "reference"];

    RenderedAnswer Record(FactDraft draft, Person user, string via)
    {
        var current = data.Current;
        var (fact, errors) = FactValidator.Validate(draft, current, Today);
        if (fact is null)
        {
            var text = "Nothing was recorded. " + string.Join(" ", errors.Select(e => Sentence(e.Message)));
            return via == "card" ? Form(draft, errors) with { Answer = new Answer(text, new MessageModel(text)) } : RenderedAnswer.Plain(text + " Or type \"record data\" for the form.");
        }
        var alreadyReceived = AlreadyReceived(fact, current);
        var item = changes.Apply([(fact, via)], user, clock.GetUtcNow(), dryRun: false)[0];
        if (item.Outcome == ApplyOutcome.AlreadyRecorded)
            return RenderedAnswer.Plain($"Nothing new to record: {fact.Describe()} is {item.Note}.");
        logger.LogInformation("Change #{Change} recorded by {User}: {Summary}", item.ChangeId, user.Id, fact.Describe());
        var lines = new List<string>
        {
            $"Recorded as change #{item.ChangeId}: {fact.Describe()}.",
        };
        if (fact is ReportReceived { Assumption: { } assumption }) lines.Add($"Note: {assumption}.");
        lines.AddRange(alreadyReceived);
        if (draft.DatedToday) lines.Add($"Note: no day was said, so it is dated today, {Dates.Format(fact.Date)}; if it was done on another day, \"revert change {item.ChangeId}\" and record it \"on <day>\".");
        lines.AddRange(Consequences(fact));
        if (item.PreviousValues.Count > 0) lines.Add("Replaced: " + string.Join("; ", item.PreviousValues) + ".");
        lines.Add(fact is CoverageFact
            ? $"Answers for dates up to {Dates.Format(fact.Date)} now treat a report with no receipt on record as not submitted."
            : $"Answers for {Dates.Format(fact.Date)} and later use it; answers for earlier dates are unchanged.");
        lines.Add($"Source: recorded by {user.Name} via {via}" + (fact.Reference is { } r ? $", reference {r}" : "") + $". To undo: \"revert change {item.ChangeId}\"; to see the trail: \"{(fact.Iso3s.Count > 0 ? $"history of {current.State(fact.Iso3s[0])?.Name ?? fact.Iso3s[0]}" : "what changed this week")}\".");
        if (item.Note is { } note) lines.Add($"({note}.)");
        return RenderedAnswer.Plain(string.Join(Environment.NewLine, lines));
    }

    /// <summary>
    /// A receipt recorded for a report the data already hold as submitted earlier: both are kept (sources may disagree), and the
    /// reply says which one the answers go by, so the "met … submitted on" read back does not look like a mistake.
    /// </summary>
    IEnumerable<string> AlreadyReceived(Fact fact, TreatyData before)
    {
        if (fact is not ReportReceived r) yield break;
        foreach (var (state, a) in ReportStanding(r, before).Where(x => x.Assessment.Status == ObligationStatus.Met))
            yield return $"Note: {state.Name}'s {a.Obligation} was already recorded as submitted ({a.Explanation}); both records are kept, and answers go by the earlier one.";
    }

    /// <summary>Where the report a receipt is for stands, for each of its States (the first five), in the data given.</summary>
    IEnumerable<(StateInfo State, ObligationAssessment Assessment)> ReportStanding(ReportReceived r, TreatyData data) =>
        r.States.Select(s => data.State(s.Iso3)).OfType<StateInfo>().Take(5).Select(state => (state, r.Report.Kind == DeliverableKind.InitialReport
            ? StateAssessment.InitialReport(data, state, Today)
            : StateAssessment.AnnualReport(data, state, r.Report.Year!.Value, Today)));

    /// <summary>What the rules now derive from the new fact, read back from the updated data.</summary>
    IEnumerable<string> Consequences(Fact fact)
    {
        var now = data.Current;
        switch (fact)
        {
            case ObligationFact o when now.State(o.State.Iso3) is { } state:
                var assessment = StateAssessment.Article(now, state, o.Article, Today);
                yield return $"{Capital(assessment.Obligation)} as of {Dates.Format(Today)}: {StatusText.Label(assessment.Status)} — {assessment.Explanation} ({assessment.Rule.Citation}).";
                break;
            case ReportReceived r:
                foreach (var (state, a) in ReportStanding(r, now))
                    yield return $"{state.Name}, {a.Obligation}: {StatusText.Label(a.Status)} — {a.Explanation}.";
                break;
        }
    }

    RenderedAnswer Revert(int id, Person user, Role role)
    {
        var result = changes.Revert(id, user, AccessPolicy.Allows(role, Permission.CorrectData), clock.GetUtcNow());
        if (!result.Done) return RenderedAnswer.Plain(result.Message);
        logger.LogInformation("Change #{Change} reverted by {User} (change #{Revert})", id, user.Id, result.RevertChangeId);
        return RenderedAnswer.Plain($"Reverted change #{id} ({result.Change!.Summary}) as change #{result.RevertChangeId}. Answers no longer use it; " +
                     "where it had replaced an earlier value, that value is back. The change stays in the history.");
    }

    /// <summary>
    /// "Undo that": the asker's latest action if it was a data change or a contact logged in the last half hour
    /// (<see cref="UndoThat"/>); otherwise the two undo commands are offered and nothing is undone.
    /// </summary>
    RenderedAnswer UndoWhich(Person user, Role role, string sourceKey)
    {
        var last = changes.All().LastOrDefault(c => c.ById == user.Id && !c.IsReverted && c.Reverts is null);
        var contact = outreach.LatestRecordedBy(user);
        switch (UndoThat.Choose(last?.At, contact?.CreatedAt, contact is { } c && c.UpdatedAt > c.CreatedAt ? c.UpdatedAt : null, clock.GetUtcNow()))
        {
            case UndoTarget.DataChange:
                return Allowed(role, Permission.RecordFacts) ?? Revert(last!.Id, user, role);
            case UndoTarget.Contact:
                return outreach.DeleteLatestOfMine(user, role, sourceKey);
        }
        var change = last is null ? "you have no data change still in effect" : $"\"undo my last change\" reverts your latest data change, #{last.Id} ({last.Summary})";
        return RenderedAnswer.Plain($"\"Undo that\" could be a data change or an outreach contact, so nothing was undone: {change}; \"delete my last contact\" removes the latest contact you logged.");
    }

    /// <summary>"Revert my last change": the asker's latest change that is still in effect (a revert is not itself undone this way).</summary>
    RenderedAnswer RevertLast(Person user, Role role)
    {
        var last = changes.All().LastOrDefault(c => c.ById == user.Id && !c.IsReverted && c.Reverts is null);
        return last is null
            ? RenderedAnswer.Plain("You have no recorded change still in effect to revert. \"what changed this week?\" lists recent changes with their numbers.")
            : Revert(last.Id, user, role);
    }

    RenderedAnswer StateHistory(string subject)
    {
        var current = data.Current;
        var clean = subject.Trim().TrimEnd('?', '.', '!');
        var state = current.Resolver.ResolveExact(clean)
                    ?? (current.Resolver.FindAll(clean) is { Count: > 0 } found && found.Select(f => f.State.Iso3).Distinct().Count() == 1 ? found[0].State : null);
        if (state is null)
        {
            var near = current.Resolver.Closest(clean, 3);
            return RenderedAnswer.Plain($"I don't know a State called \"{(clean.Length > 60 ? clean[..60] + "..." : clean)}\"." + (near.Count > 0 ? $" Did you mean {string.Join(" or ", near.Select(s => s.Name))}?" : ""));
        }
        var entries = changes.ForState(state.Iso3);
        var lines = new List<string> { $"History of {state.Name}'s data ({entries.Count} recorded change{(entries.Count == 1 ? "" : "s")}), newest first:" };
        lines.AddRange(entries.Select(e => "- " + Describe(e, full: false)));
        if (entries.Count == 0) lines.Add("- no change recorded by users; the data is as shipped.");
        lines.Add($"Membership now rests on: {state.Provenance}.");
        foreach (var conflict in current.ConflictsFor(state.Iso3))
            lines.Add($"Sources disagree ({conflict.Subject}): {conflict.ClaimA} per {SourceNames.Friendly(conflict.SourceA)}; {conflict.ClaimB} per {SourceNames.Friendly(conflict.SourceB)}" + (conflict.Resolution is { } r ? $" — {r}." : "."));
        lines.Add($"For its reports ask \"{state.Name} reporting history\"; for everything, \"tell me about {state.Name}\".");
        return RenderedAnswer.Plain(string.Join(Environment.NewLine, lines));
    }

    RenderedAnswer Changes(DateWindow? window)
    {
        var now = clock.GetUtcNow();
        var from = window?.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : window is null ? now.AddDays(-7) : DateTimeOffset.MinValue;
        var to = window?.To is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : now;
        var period = window is null ? "in the last 7 days" : window.Text is { Length: > 0 } text ? text : "in that period";
        var entries = changes.Between(from, to);
        if (entries.Count == 0) return RenderedAnswer.Plain($"No data changes were recorded {period} ({Range(from, to)}).");
        // "Who made changes this month?": who made them is said first, then each change.
        // One person is one id; two people who share a display name are told apart by their ids.
        var people = entries.GroupBy(e => e.ById).Select(g => (Id: g.Key, Name: g.First().ByName, Count: g.Count())).ToList();
        var by = people.OrderByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => $"{(people.Count(o => o.Name == p.Name) > 1 ? $"{p.Name} ({p.Id})" : p.Name)} {p.Count}");
        var lines = new List<string> { $"{entries.Count} data change{(entries.Count == 1 ? "" : "s")} recorded {period} ({Range(from, to)}), by {string.Join(", ", by)}; newest first:" };
        lines.AddRange(entries.Take(50).Select(e => "- " + Describe(e, full: false)));
        if (entries.Count > 50) lines.Add($"... and {entries.Count - 50} more; export the data for all of them.");
        return RenderedAnswer.Plain(string.Join(Environment.NewLine, lines));
    }

    static string Range(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = (DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime));
        return from == DateTimeOffset.MinValue ? $"up to {Dates.Format(last)}" : first == last ? Dates.Format(first) : $"{Dates.Format(first)} to {Dates.Format(last)}";
    }

    static string Describe(ChangeEntry e, bool full)
    {
        var text = new StringBuilder($"#{e.Id} {e.At:yyyy-MM-dd HH:mm} UTC, {e.ByName} ({e.Via}): {e.Summary}");
        if (e.IsReverted) text.Append($" [reverted by {e.RevertedByName} on {e.RevertedAt:yyyy-MM-dd}, change #{e.RevertedByChange}]");
        if (e.PreviousValues.Count > 0) text.Append($"; replaced: {string.Join("; ", e.PreviousValues)}");
        if (full)
        {
            if (e.Reference is { } r) text.Append($"; reference: {r}");
            if (e.Batch is { } b) text.Append($"; import {b}");
            text.Append(e.Reverts is { } original ? "" : e.IsReverted ? "." : $". Revert with \"revert change {e.Id}\".");
        }
        return text.ToString();
    }

    RenderedAnswer Conflicts()
    {
        var found = data.Current.Conflicts.Where(c => c.Resolution?.StartsWith("the user's correction", StringComparison.Ordinal) == true).ToList();
        if (found.Count == 0) return RenderedAnswer.Plain("No conflicts between users' corrections and the shipped reference data.");
        return RenderedAnswer.Plain($"{found.Count} conflict{(found.Count == 1 ? "" : "s")} between users' corrections and newer shipped data (the corrections are used until an admin reverts them):" + Environment.NewLine +
            string.Join(Environment.NewLine, found.Select(c => $"- {c.Id}: correction {c.ClaimA} ({SourceNames.Friendly(c.SourceA)}); shipped {c.ClaimB} ({SourceNames.Friendly(c.SourceB)})")));
    }

    /// <summary>Reads, checks and (unless a dry run) records a CSV file: every row or none.</summary>
    public ImportReport Import(ImportKind kind, string csvText, bool dryRun, Person user, string via, string? fileName = null)
    {
        var (rows, errors) = FactCsv.Read(kind, csvText);
        var lineErrors = errors.ToList();
        var facts = new List<(int Line, Fact Fact)>();
        var current = data.Current;
        foreach (var row in rows)
        {
            if (lineErrors.Any(e => e.Line == row.Line)) continue;
            var (fact, problems) = FactValidator.Validate(row.Draft, current, Today);
            if (fact is null) lineErrors.AddRange(problems.Select(p => new CsvLineError(row.Line, p.Message)));
            else facts.Add((row.Line, fact));
        }
        if (rows.Count == 0 && lineErrors.Count == 0) lineErrors.Add(new(2, "the file has a header but no rows"));
        lineErrors = lineErrors.OrderBy(e => e.Line).ToList();
        if (lineErrors.Count > 0) return new ImportReport(dryRun, false, lineErrors, []);

        var batch = $"{(fileName is { Length: > 0 } ? fileName : kind.ToString().ToLowerInvariant())} {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC";
        var name = fileName is { Length: > 0 } ? $"'{fileName}'" : "pasted CSV";
        var items = changes.Apply(facts.Select(f => (f.Fact, $"{via}, CSV import of {name} line {f.Line}")).ToList(), user, clock.GetUtcNow(), dryRun, batch);
        var report = new ImportReport(dryRun, !dryRun, [], facts.Zip(items, (f, i) => (f.Line, i)).ToList());
        if (!dryRun) logger.LogInformation("CSV import by {User} ({Kind}): {New} recorded, {Duplicates} already recorded", user.Id, kind, report.New, report.Duplicates);
        return report;
    }

    public static string Describe(ImportReport report, ImportKind kind)
    {
        var what = kind == ImportKind.Receipts ? "report receipts" : "membership changes";
        if (report.Errors.Count > 0)
            return $"Nothing was imported: {report.Errors.Select(e => e.Line).Distinct().Count()} line{(report.Errors.Select(e => e.Line).Distinct().Count() == 1 ? "" : "s")} of the {what} file need fixing (the import is all or nothing):" + Environment.NewLine +
                   string.Join(Environment.NewLine, report.Errors.Take(30).Select(e => $"- line {e.Line}: {e.Message}")) +
                   (report.Errors.Count > 30 ? $"{Environment.NewLine}... and {report.Errors.Count - 30} more." : "");
        var head = report.DryRun
            ? $"Dry run, nothing recorded: importing would record {report.New} new {what} and skip {report.Duplicates} already recorded."
            : $"Imported: {report.New} new {what} recorded, {report.Duplicates} already recorded and skipped.";
        var lines = report.Items.Take(40).Select(i => $"- line {i.Line}: {i.Item.Fact.Describe()} — " +
            (i.Item.Outcome == ApplyOutcome.AlreadyRecorded ? i.Item.Note ?? "already recorded" : report.DryRun ? "new" : $"change #{i.Item.ChangeId}") +
            (i.Item.PreviousValues.Count > 0 ? $" (replaces: {string.Join("; ", i.Item.PreviousValues)})" : ""));
        return head + Environment.NewLine + string.Join(Environment.NewLine, lines) + (report.Items.Count > 40 ? $"{Environment.NewLine}... and {report.Items.Count - 40} more." : "") +
               (report.DryRun && report.New > 0 ? $"{Environment.NewLine}Send the same command without \"dry run\" to record them." : "");
    }

    string Folder(string configured) => Path.IsPathRooted(configured) ? configured : Path.Combine(Path.GetDirectoryName(store.FilePath)!, configured);

    public ExportResult ExportFiles(string? format) => StoreExport.Write(store, Folder(_options.ExportDirectory), clock.GetUtcNow(), format);

    public BackupResult BackupFile() =>
        store.Backup(Path.Combine(Folder(_options.BackupDirectory), $"ccmbot-{clock.GetUtcNow():yyyyMMdd-HHmmss}.db"));

    RenderedAnswer Export(string? format)
    {
        var export = ExportFiles(format);
        logger.LogInformation("Store exported to {Directory}", export.Directory);
        return RenderedAnswer.Plain($"Exported the whole store to {export.Directory} on the bot's host: {export.Files.Count} files (" +
                     string.Join(", ", export.Files.Where(f => f.File.EndsWith(format == "csv" ? ".csv" : ".json", StringComparison.Ordinal)).Select(f => $"{Path.GetFileNameWithoutExtension(f.File)} {f.Rows}")) + " records).");
    }

    RenderedAnswer Backup()
    {
        var backup = BackupFile();
        logger.LogInformation("Store backed up to {Path} ({Bytes} bytes)", backup.Path, backup.Bytes);
        return RenderedAnswer.Plain($"Backed up the store to {backup.Path} ({backup.Bytes / 1024.0:0} KB; checked: it opens, {backup.Counts.Values.Sum()} records in {backup.Counts.Count} collections). " +
                     "To restore: stop the bot, copy that file over the store file (Store:Path), delete any file next to it ending in -log.db, start the bot (README, \"Keeping the data true\", Export and backup).");
    }

    RenderedAnswer Form(FactDraft draft, IReadOnlyList<FactError> errors)
    {
        var card = DataCards.Form(draft, errors);
        const string text = "Fill in the form to record a fact, or type it in one line, e.g. \"Togo submitted its initial report on 3 May 2018\", \"Nigeria ratified on 28 February 2023\", \"Chile's Article 4 deadline extended to 1 June 2026 by the 11MSP\".";
        return RenderedAnswer.Of(new Answer(text, new MessageModel(text)), card);
    }

    static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].TrimEnd('.') + ".";
}
