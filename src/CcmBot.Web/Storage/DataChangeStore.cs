using System.Globalization;
using CcmBot.Core.Outreach;
using CcmBot.Core.Records;
using CcmBot.Core.Treaties;
using LiteDB;

namespace CcmBot.Web.Storage;

/// <summary>One row a change wrote, and the row it replaced for answers (null when it adds a new fact).</summary>
public sealed record RowWrite(string Collection, string Key, IReadOnlyDictionary<string, string> Fields, IReadOnlyDictionary<string, string>? Previous);

public sealed record ChangeEntry(
    int Id, DateTimeOffset At, string ById, string ByName, string Via, string Kind, string Summary, IReadOnlyList<string> Iso3s,
    string FactDate, string? Reference, IReadOnlyList<string> PreviousValues, int? Reverts, DateTimeOffset? RevertedAt, string? RevertedByName, int? RevertedByChange,
    string? Batch)
{
    public bool IsReverted => RevertedAt is not null;
}

public enum ApplyOutcome { Recorded, AlreadyRecorded }

public sealed record ApplyItem(Fact Fact, ApplyOutcome Outcome, int? ChangeId, IReadOnlyList<string> PreviousValues, string? Note);

/// <summary>
/// The audit trail of facts users recorded: each change says who, when, through what, from which
/// source, what it wrote and what it replaced. Rows live with the shipped data in the same
/// collections (origin "user"); a revert retires them and is itself a change.
/// </summary>
public sealed class DataChangeStore(CcmStore store)
{
    public const string Collection = "data_changes";
    readonly Lock _writeGate = new();
    LiteDatabase Db => store.Database;

    /// <summary>
    /// Records facts as one transaction: all or nothing. Facts the store already says are reported as
    /// such and not written again, so importing the same file twice adds nothing.
    /// </summary>
    public IReadOnlyList<ApplyItem> Apply(IReadOnlyList<(Fact Fact, string Via)> facts, Person by, DateTimeOffset now, bool dryRun, string? batch = null)
    {
        lock (_writeGate)
        {
            if (dryRun)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var known = FactRows.Receipts(store);
                return facts.Select(f => Plan(f.Fact, now, seen, known).Item).ToList();
            }
            return store.InTransaction(() =>
            {
                var results = new List<ApplyItem>();
                var pending = new HashSet<string>(StringComparer.Ordinal);
                var receipts = FactRows.Receipts(store);
                foreach (var (fact, via) in facts)
                {
                    var (item, writes) = Plan(fact, now, pending, receipts);
                    if (item.Outcome == ApplyOutcome.AlreadyRecorded)
                    {
                        results.Add(item);
                        continue;
                    }
                    var id = Write(fact, via, writes, by, now, batch);
                    results.Add(item with { ChangeId = id });
                }
                return results;
            });
        }
    }

    (ApplyItem Item, IReadOnlyList<RowWrite> Writes) Plan(Fact fact, DateTimeOffset now, HashSet<string> pending, HashSet<string> receipts)
    {
        var writes = FactRows.For(fact, store, now).ToList();
        var fresh = writes.Where(w => !FactRows.AlreadyTrue(store, w, receipts) && pending.Add($"{w.Collection}|{w.Key}|{FactRows.Signature(w)}")).ToList();
        var previous = fresh.Where(w => w.Previous is not null).Select(w => FactRows.DescribePrevious(w)).ToList();
        if (fresh.Count == 0)
            return (new ApplyItem(fact, ApplyOutcome.AlreadyRecorded, null, [], ExistingNote(writes)), []);
        var note = fresh.Count < writes.Count ? $"{writes.Count - fresh.Count} of its {writes.Count} rows were already recorded" : null;
        return (new ApplyItem(fact, ApplyOutcome.Recorded, null, previous, note), fresh);
    }

    string? ExistingNote(IReadOnlyList<RowWrite> writes)
    {
        var existing = writes.Select(w => store.EffectiveRow(w.Collection, w.Key)).OfType<IReadOnlyDictionary<string, string>>().FirstOrDefault();
        return existing is not null && existing.TryGetValue("source", out var source) ? $"already recorded ({Core.Treaties.SourceNames.Friendly(source)})" : "already recorded";
    }

    int Write(Fact fact, string via, IReadOnlyList<RowWrite> writes, Person by, DateTimeOffset now, string? batch)
    {
        var changes = Db.GetCollection(Collection, BsonAutoId.Int32);
        var doc = new BsonDocument
        {
            ["at"] = now.UtcDateTime, ["by_id"] = by.Id, ["by_name"] = by.Name, ["via"] = via, ["kind"] = fact.Kind.ToString(),
            ["summary"] = fact.Describe(), ["iso3s"] = new BsonArray(fact.Iso3s.Select(i => new BsonValue(i))),
            ["fact_date"] = Dates.Iso(fact.Date), ["reference"] = fact.Reference ?? "", ["batch"] = batch ?? "",
        };
        var id = changes.Insert(doc).AsInt32;
        var source = $"recorded by {by.Name} via {via} on {Dates.Iso(DateOnly.FromDateTime(now.UtcDateTime))} (change #{id})" + (fact.Reference is { } r ? $"; reference: {r}" : "");
        var rows = new BsonArray();
        var previous = new BsonArray();
        foreach (var write in writes)
        {
            var fields = write.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            fields["source"] = source;
            var rowId = store.InsertUserRow(write.Collection, write.Key, fields, by.Id, now);
            rows.Add(new BsonDocument { ["collection"] = write.Collection, ["id"] = rowId, ["key"] = write.Key });
            if (write.Previous is { } old)
            {
                var oldDoc = new BsonDocument();
                foreach (var (field, value) in old) oldDoc[field] = value;
                previous.Add(new BsonDocument { ["collection"] = write.Collection, ["key"] = write.Key, ["row"] = oldDoc, ["text"] = FactRows.DescribePrevious(write) });
            }
        }
        doc["_id"] = id;
        doc["rows"] = rows;
        doc["previous"] = previous;
        changes.Update(doc);
        return id;
    }

    public sealed record RevertResult(bool Done, string Message, ChangeEntry? Change, int? RevertChangeId);

    /// <summary>Takes a change out of answers; an admin may revert any change, a coordinator only their own.</summary>
    public RevertResult Revert(int id, Person by, bool canRevertAny, DateTimeOffset now)
    {
        lock (_writeGate)
        {
            var changes = Db.GetCollection(Collection, BsonAutoId.Int32);
            var doc = changes.FindById(id);
            if (doc is null) return new(false, $"There is no change #{id}.", null, null);
            var entry = ToEntry(doc);
            if (entry.Reverts is { } original) return new(false, $"Change #{id} is itself the revert of change #{original}; record the fact again instead.", entry, null);
            if (entry.IsReverted) return new(false, $"Change #{id} was already reverted by {entry.RevertedByName} on {entry.RevertedAt:yyyy-MM-dd} (change #{entry.RevertedByChange}).", entry, null);
            if (!canRevertAny && entry.ById != by.Id)
                return new(false, $"Change #{id} was recorded by {entry.ByName}; only an ISU administrator can revert someone else's change. Nothing was changed.", entry, null);
            var revertId = store.InTransaction(() =>
            {
                foreach (var row in doc["rows"].AsArray.Select(r => r.AsDocument))
                    store.RetireUserRow(row["collection"].AsString, row["id"].AsObjectId, by.Id, now);
                var revert = new BsonDocument
                {
                    ["at"] = now.UtcDateTime, ["by_id"] = by.Id, ["by_name"] = by.Name, ["via"] = "chat", ["kind"] = "Revert",
                    ["summary"] = $"reverted change #{id}: {entry.Summary}", ["iso3s"] = doc["iso3s"], ["fact_date"] = doc["fact_date"],
                    ["reference"] = "", ["batch"] = "", ["reverts"] = id, ["rows"] = new BsonArray(), ["previous"] = new BsonArray(),
                };
                var newId = changes.Insert(revert).AsInt32;
                doc["reverted_at"] = now.UtcDateTime;
                doc["reverted_by_name"] = by.Name;
                doc["reverted_by_change"] = newId;
                changes.Update(doc);
                return newId;
            });
            return new(true, "", ToEntry(changes.FindById(id)), revertId);
        }
    }

    public ChangeEntry? Get(int id) => Db.GetCollection(Collection).FindById(id) is { } doc ? ToEntry(doc) : null;

    public IReadOnlyList<ChangeEntry> ForState(string iso3) =>
        Db.GetCollection(Collection).FindAll().Where(d => d["iso3s"].AsArray.Any(v => v.AsString == iso3))
            .Select(ToEntry).OrderByDescending(c => c.Id).ToList();

    public IReadOnlyList<ChangeEntry> Between(DateTimeOffset from, DateTimeOffset to) =>
        Db.GetCollection(Collection).Find(BsonExpression.Create("at >= @0 AND at <= @1", from.UtcDateTime, to.UtcDateTime))
            .Select(ToEntry).OrderByDescending(c => c.Id).ToList();

    public IReadOnlyList<ChangeEntry> All() => Db.GetCollection(Collection).FindAll().Select(ToEntry).OrderBy(c => c.Id).ToList();

    static ChangeEntry ToEntry(BsonDocument d) => new(
        d["_id"].AsInt32, new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime, DateTimeKind.Utc)), d["by_id"].AsString, d["by_name"].AsString,
        d["via"].AsString, d["kind"].AsString, d["summary"].AsString, d["iso3s"].AsArray.Select(v => v.AsString).ToList(), d["fact_date"].AsString,
        d["reference"].AsString is { Length: > 0 } r ? r : null,
        d["previous"].IsArray ? d["previous"].AsArray.Select(p => p["text"].AsString).ToList() : [],
        d["reverts"].IsInt32 ? d["reverts"].AsInt32 : null,
        d["reverted_at"].IsDateTime ? new DateTimeOffset(DateTime.SpecifyKind(d["reverted_at"].AsDateTime, DateTimeKind.Utc)) : null,
        d["reverted_by_name"].IsString ? d["reverted_by_name"].AsString : null,
        d["reverted_by_change"].IsInt32 ? d["reverted_by_change"].AsInt32 : null,
        d["batch"].AsString is { Length: > 0 } b ? b : null);
}

/// <summary>How each kind of fact is written: the same columns as the shipped CSV files, keyed the same way.</summary>
public static class FactRows
{
    public static IEnumerable<RowWrite> For(Fact fact, CcmStore store, DateTimeOffset now)
    {
        var today = Dates.Iso(DateOnly.FromDateTime(now.UtcDateTime));
        switch (fact)
        {
            case ReportReceived r:
                foreach (var state in r.States)
                    yield return Evidence(state, Deliverable(r.Report), r.ReceivedOn, r.Reference, today);
                break;
            case FocalPointFact f:
                yield return Evidence(f.State, "va_focal_point", f.DesignatedOn, f.Reference, today);
                break;
            case MembershipFact m:
                var previous = store.EffectiveRow("states", m.State.Iso3);
                var fields = previous?.Where(p => !Meta.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                             ?? new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = m.State.Name, ["iso3"] = m.State.Iso3, ["region"] = m.State.Region };
                fields["signature_date"] = Iso(m.State.SignatureDate);
                fields["instrument"] = m.State.Instrument == InstrumentKind.None ? "" : m.State.Instrument.ToString().ToLowerInvariant();
                fields["instrument_date"] = Iso(m.State.InstrumentDate);
                fields["eif_date"] = Iso(m.State.InstrumentDate is { } deposit ? TreatyCalendar.EntryIntoForce(deposit).Date : null);
                fields["withdrawal_date"] = Iso(m.State.WithdrawalNotified);
                fields["withdrawal_effective_date"] = Iso(m.State.WithdrawalEffective);
                fields["as_of"] = today;
                yield return new RowWrite("states", m.State.Iso3, fields, previous);
                break;
            case ObligationFact o:
                var kind = o.Event switch
                {
                    ObligationEventKind.ExtensionGranted => "extension_granted",
                    ObligationEventKind.ExtensionRequested => "extension_requested",
                    ObligationEventKind.Completed => "completed",
                    ObligationEventKind.NewStockpile => "new_stockpile",
                    ObligationEventKind.NewlyContaminated => "newly_contaminated",
                    _ => "obligation_declared",
                };
                var row = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["state"] = o.State.Name, ["iso3"] = o.State.Iso3, ["article"] = o.Article.ToString(CultureInfo.InvariantCulture), ["kind"] = kind,
                    ["date"] = o.When.Text, ["deadline"] = o.Deadline.Text, ["granted_by"] = o.GrantedBy ?? "", ["conditional"] = "false",
                    ["notes"] = o.Reference ?? "", ["as_of"] = today,
                };
                yield return new RowWrite("obligations", Key("obligations", row), row, null);
                break;
            case Article9Fact a:
                var status = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["state"] = a.State.Name, ["iso3"] = a.State.Iso3, ["status"] = Snake(a.Category.ToString()), ["as_of"] = Dates.Iso(a.AsOf),
                    ["basis"] = "stated", ["notes"] = a.Reference ?? "",
                };
                yield return new RowWrite("article9_status", Key("article9_status", status), status, null);
                break;
            case MilestoneCompletedFact done:
                var shipped = store.EffectiveRow("milestones", done.Milestone.Key);
                var milestone = shipped?.Where(p => !Meta.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? MilestoneRow(done.Milestone);
                milestone["completed_on"] = Dates.Iso(done.CompletedOn);
                milestone["as_of"] = today;
                yield return new RowWrite("milestones", done.Milestone.Key, milestone, shipped);
                break;
            case MilestoneAddedFact added:
                yield return new RowWrite("milestones", added.Milestone.Key, MilestoneRow(added.Milestone), null);
                break;
            case CoverageFact c:
                var coverage = new Dictionary<string, string>(StringComparer.Ordinal) { ["complete_until"] = Dates.Iso(c.CompleteUntil), ["as_of"] = today };
                yield return new RowWrite(TreatyDataLoader.CoverageCollection, Dates.Iso(c.CompleteUntil), coverage, null);
                break;
        }
    }

    /// <summary>A milestone in the columns of milestones.csv.</summary>
    static Dictionary<string, string> MilestoneRow(Milestone m) => new(StringComparer.Ordinal)
    {
        ["plan"] = m.Plan, ["action_id"] = m.ActionId, ["title"] = m.Title, ["target"] = m.Target,
        ["target_type"] = m.TargetType == MilestoneTargetType.MeetingRelative ? "meeting_relative" : "date",
        ["target_iso"] = m.TargetDate.IsKnown ? m.TargetDate.Text : "", ["target_meeting"] = m.TargetMeeting ?? "", ["responsible"] = m.Responsible ?? "",
        ["status_note"] = m.StatusNote ?? "", ["completed_on"] = m.CompletedOn is { } d ? Dates.Iso(d) : "", ["as_of"] = m.Provenance.AsOf.Text,
    };

    static readonly HashSet<string> Meta = ["key", "origin", "ref_hash", "entered_by", "entered_at", "reverted_at", "reverted_by", "source"];

    static RowWrite Evidence(StateInfo state, string deliverable, DateOnly on, string? reference, string today)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["state"] = state.Name, ["iso3"] = state.Iso3, ["deliverable"] = deliverable, ["kind"] = "submitted_on", ["date"] = Dates.Iso(on),
            ["note"] = reference ?? "", ["as_of"] = today,
        };
        // One receipt per State, report and day, whoever records it: re-importing finds it again.
        return new RowWrite("report_evidence", $"{state.Iso3}|{deliverable}|submitted_on|{Dates.Iso(on)}|user", row, null);
    }

    static string Deliverable(Core.Treaties.Deliverable d) => d.Kind switch
    {
        DeliverableKind.InitialReport => "initial",
        DeliverableKind.AnnualReport => $"annual:{d.Year}",
        DeliverableKind.VictimAssistanceFocalPoint => "va_focal_point",
        _ => "va_action_plan",
    };

    static string Key(string collection, IReadOnlyDictionary<string, string> row) =>
        ReferenceKind.All.First(k => k.Collection == collection).Key(row);

    /// <summary>The store already says this: the same row is in effect (shipped or recorded before).</summary>
    public static bool AlreadyTrue(CcmStore store, RowWrite write, HashSet<string> receipts)
    {
        if (write.Collection == "report_evidence") return receipts.Contains(ReceiptKey(write.Fields));
        var current = write.Previous ?? store.EffectiveRow(write.Collection, write.Key);
        if (current is null) return false;
        return write.Fields.Where(f => f.Key != "as_of").All(f => Get(current, f.Key) == f.Value);
    }

    /// <summary>Receipts in effect now, as "iso3|deliverable|date": read once per import, not once per row.</summary>
    public static HashSet<string> Receipts(CcmStore store) =>
        store.EffectiveRows("report_evidence").Where(r => Get(r, "kind") == "submitted_on").Select(ReceiptKey).ToHashSet(StringComparer.Ordinal);

    static string ReceiptKey(IReadOnlyDictionary<string, string> r) => $"{Get(r, "iso3")}|{Get(r, "deliverable")}|{Get(r, "date")}";

    public static string Signature(RowWrite write) => string.Join("|", write.Fields.Where(f => f.Key != "as_of").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value));

    public static string DescribePrevious(RowWrite write)
    {
        var old = write.Previous!;
        var changed = write.Fields.Where(f => f.Key is not ("as_of" or "source") && Get(old, f.Key) != f.Value)
            .Select(f => $"{f.Key} was {(Get(old, f.Key) is { Length: > 0 } v ? v : "empty")}").ToList();
        var source = Get(old, "source") is { Length: > 0 } s ? $" (per {SourceNames.Friendly(s)})" : "";
        return $"{write.Collection} {write.Key}: {(changed.Count == 0 ? "no field changed" : string.Join(", ", changed))}{source}";
    }

    static string Get(IReadOnlyDictionary<string, string> row, string field) => row.TryGetValue(field, out var v) ? v : "";
    static string Iso(DateOnly? date) => date is { } d ? Dates.Iso(d) : "";
    static string Snake(string pascal) => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
