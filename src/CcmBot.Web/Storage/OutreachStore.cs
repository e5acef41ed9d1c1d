using System.Globalization;
using CcmBot.Core.Outreach;
using LiteDB;

namespace CcmBot.Web.Storage;

/// <summary>A contact as stored: plain fields, dates as ISO text so the file reads the same everywhere.</summary>
public sealed class ContactDocument
{
    public int Id { get; set; }
    public List<string> States { get; set; } = [];
    public string Date { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Area { get; set; } = "";
    public string? Chases { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public string? Mandate { get; set; }
    public string? Counterpart { get; set; }
    public string? Summary { get; set; }
    public string? Outcome { get; set; }
    public string? OutcomeNote { get; set; }
    public string? FollowUp { get; set; }
    public string Status { get; set; } = nameof(ContactStatus.Open);
    public bool Deleted { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>The channel activity that created it: a redelivered message creates nothing new.</summary>
    public string SourceKey { get; set; } = "";
}

public sealed class ContactChangeDocument
{
    public ObjectId Id { get; set; } = ObjectId.Empty;
    public int ContactId { get; set; }
    public DateTime At { get; set; }
    public string ById { get; set; } = "";
    public string ByName { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

public enum ChangeResultKind { Done, NotFound, NotAllowed, Invalid, Unchanged }

public sealed record ChangeResult(ChangeResultKind Kind, Contact? Contact, string Message);

/// <summary>
/// The outreach log in the store. Every write is one transaction: a change and its audit lines go in
/// together or not at all. A contact records its own creation (who, when, what), so logging one is a
/// single insert: a separate "created" line doubled the cost of the commonest write. Stores written
/// before keep their "created" lines, and history reads them.
/// </summary>
public sealed class OutreachStore
{
    const string Contacts = "contacts";
    const string Changes = "contact_changes";
    static readonly string[] UnusedIndexes = ["Date", "FollowUp", "AuthorId", "states"];
    readonly CcmStore _store;
    readonly Lock _writeGate = new();
    long _version;

    public OutreachStore(CcmStore store)
    {
        _store = store;
        if (store.IsReadOnly) return; // indexes were made when the file was written
        var contacts = Db.GetCollection<ContactDocument>(Contacts);
        contacts.EnsureIndex(c => c.SourceKey, unique: true);
        // Lookups are by id and source key only, so these indexes were only ever written, never
        // read, at a few pages per contact logged. Files made before drop them.
        foreach (var unused in UnusedIndexes) contacts.DropIndex(unused);
        Db.GetCollection<ContactChangeDocument>(Changes).EnsureIndex(c => c.ContactId);
    }

    LiteDatabase Db => _store.Database;

    /// <summary>Grows on every write, so cached answers about outreach go stale at once.</summary>
    public long Version => Interlocked.Read(ref _version);

    public (Contact Contact, bool Created) Create(ContactValues values, Person author, string sourceKey, DateTimeOffset now)
    {
        lock (_writeGate)
        {
            var doc = new ContactDocument { AuthorId = author.Id, AuthorName = author.Name, CreatedAt = now.UtcDateTime, UpdatedAt = now.UtcDateTime, SourceKey = sourceKey };
            Apply(doc, values);
            try
            {
                InTransaction(() => Db.GetCollection<ContactDocument>(Contacts).Insert(doc));
            }
            catch (LiteException duplicate) when (duplicate.ErrorCode == LiteException.INDEX_DUPLICATE_KEY &&
                                                  Db.GetCollection<ContactDocument>(Contacts).FindOne(BsonExpression.Create("SourceKey = @0", sourceKey)) is { } existing)
            {
                // The same message again (a channel's retry): the unique index refused it and the
                // transaction was rolled back; the answer is the contact the first one recorded.
                return (ToContact(existing), false);
            }
            var created = ToContact(doc);
            Remember(created, null);
            return (created, true);
        }
    }

    public Contact? Get(int id)
    {
        var doc = Db.GetCollection<ContactDocument>(Contacts).FindById(id);
        return doc is null || doc.Deleted ? null : ToContact(doc);
    }

    /// <summary>
    /// Every contact (deleted ones marked), read from the file. The log is not kept in memory, so memory
    /// does not grow with it; the last list read is held only weakly, for a reminder sweep that asks
    /// for it once per digest, until the next write or the next collection.
    /// </summary>
    public IReadOnlyList<Contact> All()
    {
        var version = Version;
        if (Volatile.Read(ref _lastRead).TryGetTarget(out var known) && known.Version == version) return known.List;
        var list = Db.GetCollection<ContactDocument>(Contacts).FindAll().Select(ToContact).ToList();
        Volatile.Write(ref _lastRead, new WeakReference<ContactsAt>(new ContactsAt(version, list)));
        return list;
    }

    WeakReference<ContactsAt> _lastRead = new(new ContactsAt(-1, []));
    sealed record ContactsAt(long Version, IReadOnlyList<Contact> List);

    /// <summary>
    /// How many live contacts with a State are dated on or before a day, and the latest few: counted
    /// from an index of dates kept in memory, and only those few read from the file.
    /// </summary>
    public (int Count, IReadOnlyList<Contact> Latest) LatestWith(string iso3, DateOnly asOf, int take)
    {
        var (count, ids) = DateIndex().LatestWith(iso3, asOf, take);
        var contacts = Db.GetCollection<ContactDocument>(Contacts);
        // A contact deleted since the index was read is left out rather than shown.
        return (count, ids.Select(id => contacts.FindById(id)).Where(d => d is { Deleted: false }).Select(d => ToContact(d!)).ToList());
    }

    /// <summary>Whether the index of contact dates has been read yet (it is read on the first profile that needs it).</summary>
    internal bool DateIndexLoaded => Volatile.Read(ref _dates) is not null;

    ContactDateIndex? _dates;

    ContactDateIndex DateIndex()
    {
        if (Volatile.Read(ref _dates) is { } known) return known;
        lock (_writeGate)
        {
            if (_dates is not null) return _dates;
            var dates = new ContactDateIndex();
            foreach (var doc in Db.GetCollection<ContactDocument>(Contacts).FindAll()) dates.Add(ToContact(doc));
            Volatile.Write(ref _dates, dates);
            return dates;
        }
    }

    /// <summary>Called under the write gate after a write committed.</summary>
    void Remember(Contact contact, Contact? before)
    {
        if (_dates is { } dates)
        {
            if (before is not null) dates.Remove(before);
            dates.Add(contact);
        }
        foreach (var iso3 in contact.States.Concat(before?.States ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
            _stateVersions.AddOrUpdate(iso3, 1, (_, v) => v + 1);
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _stateVersions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Grows when a contact with one of these States is logged or changed: a State's profile is kept until then.</summary>
    public long VersionOf(IEnumerable<string> iso3s) => iso3s.Sum(i => _stateVersions.GetValueOrDefault(i));

    /// <summary>Everything that happened to a contact, its creation first; empty when there never was one.</summary>
    public IReadOnlyList<ContactChange> History(int id)
    {
        var later = Db.GetCollection<ContactChangeDocument>(Changes).Find(c => c.ContactId == id).OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new ContactChange(c.ContactId, Utc(c.At), new Person(c.ById, c.ByName), c.Action, c.Field, c.OldValue, c.NewValue))
            .ToList();
        if (later.Any(c => c.Action == "created")) return later; // written by a store made before contacts recorded their own creation
        var doc = Db.GetCollection<ContactDocument>(Contacts).FindById(id);
        return doc is null ? later : [Creation(doc, later), .. later];
    }

    /// <summary>The creation as it was: a field edited since is shown with the value the first edit replaced.</summary>
    static ContactChange Creation(ContactDocument doc, IReadOnlyList<ContactChange> later)
    {
        string Original(string field, string current) => later.FirstOrDefault(c => c.Action == "edited" && c.Field == field)?.OldValue ?? current;
        var summary = $"{Original("kind", doc.Kind)} to {Original("states", string.Join(", ", doc.States))} on {Original("date", doc.Date)}";
        return new ContactChange(doc.Id, Utc(doc.CreatedAt), new Person(doc.AuthorId, doc.AuthorName), "created", null, null, summary);
    }

    static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    public ChangeResult Update(int id, ContactValues values, Person by, DateTimeOffset now, bool canEditAny = false) =>
        Change(id, by, now, canEditAny, doc =>
        {
            var before = Fields(doc);
            Apply(doc, values);
            return Fields(doc).Where(f => before[f.Key] != f.Value).Select(f => (Action: "edited", Field: (string?)f.Key, Old: before[f.Key], New: f.Value)).ToList();
        });

    public ChangeResult SetStatus(int id, ContactStatus status, Person by, DateTimeOffset now, bool canEditAny = false) =>
        Change(id, by, now, canEditAny, doc =>
        {
            if (doc.Status == status.ToString()) return [];
            var old = doc.Status;
            doc.Status = status.ToString();
            return [(status == ContactStatus.Done ? "closed" : "reopened", "status", old, doc.Status)];
        });

    public ChangeResult Delete(int id, Person by, DateTimeOffset now, bool canEditAny = false) =>
        Change(id, by, now, canEditAny, doc =>
        {
            doc.Deleted = true;
            return [("deleted", "deleted", "false", "true")];
        });

    ChangeResult Change(int id, Person by, DateTimeOffset now, bool canEditAny, Func<ContactDocument, List<(string Action, string? Field, string? Old, string? New)>> change)
    {
        lock (_writeGate)
        {
            var contacts = Db.GetCollection<ContactDocument>(Contacts);
            var doc = contacts.FindById(id);
            if (doc is null || doc.Deleted) return new(ChangeResultKind.NotFound, null, $"There is no contact #{id} in the outreach log.");
            if (doc.AuthorId != by.Id && !canEditAny)
                return new(ChangeResultKind.NotAllowed, ToContact(doc), $"Only {doc.AuthorName}, who recorded contact #{id}, or an ISU administrator can change it.");
            var before = ToContact(doc);
            var changes = change(doc);
            if (changes.Count == 0) return new(ChangeResultKind.Unchanged, ToContact(doc), $"Contact #{id} already says that; nothing changed.");
            doc.UpdatedAt = now.UtcDateTime;
            InTransaction(() =>
            {
                Db.GetCollection<ContactDocument>(Contacts).Update(doc);
                foreach (var c in changes) Audit(id, by, now, c.Action, c.Field, c.Old, c.New);
            });
            var changed = ToContact(doc);
            Remember(changed, before);
            return new(ChangeResultKind.Done, changed, "");
        }
    }

    /// <summary>The writes use Db inside, never a collection fetched before: a store that was read-only reopens writable here.</summary>
    void InTransaction(Action write)
    {
        try
        {
            _store.Write(_ => write());
        }
        finally
        {
            Interlocked.Increment(ref _version);
        }
    }

    void Audit(int contactId, Person by, DateTimeOffset at, string action, string? field, string? oldValue, string? newValue) =>
        Db.GetCollection<ContactChangeDocument>(Changes).Insert(new ContactChangeDocument
        {
            Id = ObjectId.NewObjectId(), ContactId = contactId, At = at.UtcDateTime, ById = by.Id, ByName = by.Name,
            Action = action, Field = field, OldValue = oldValue, NewValue = newValue,
        });

    static void Apply(ContactDocument doc, ContactValues v)
    {
        doc.States = v.States.Select(s => s.Iso3).ToList();
        doc.Date = Iso(v.Date);
        doc.Kind = v.Kind.ToString();
        doc.Area = v.Area.ToString();
        doc.Chases = v.Chases;
        doc.Mandate = v.Mandate;
        doc.Counterpart = v.Counterpart;
        doc.Summary = v.Summary;
        doc.Outcome = v.Outcome?.ToString();
        doc.OutcomeNote = v.OutcomeNote;
        doc.FollowUp = v.FollowUp is { } f ? Iso(f) : null;
        doc.Status = v.Status.ToString();
    }

    static Dictionary<string, string?> Fields(ContactDocument d) => new()
    {
        ["states"] = string.Join(", ", d.States), ["date"] = d.Date, ["kind"] = d.Kind, ["area"] = d.Area, ["chases"] = d.Chases,
        ["mandate"] = d.Mandate, ["counterpart"] = d.Counterpart, ["summary"] = d.Summary, ["outcome"] = d.Outcome,
        ["outcomeNote"] = d.OutcomeNote, ["followUp"] = d.FollowUp, ["status"] = d.Status,
    };


    static Contact ToContact(ContactDocument d) => new(
        d.Id, d.States, DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), Enum.Parse<ContactKind>(d.Kind), Enum.Parse<ThematicArea>(d.Area),
        d.Chases, new Person(d.AuthorId, d.AuthorName), d.Mandate, d.Counterpart, d.Summary,
        d.Outcome is { } o ? Enum.Parse<ContactOutcome>(o) : null, d.OutcomeNote,
        d.FollowUp is { } f ? DateOnly.ParseExact(f, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Enum.Parse<ContactStatus>(d.Status), d.Deleted,
        new DateTimeOffset(DateTime.SpecifyKind(d.CreatedAt, DateTimeKind.Utc)), new DateTimeOffset(DateTime.SpecifyKind(d.UpdatedAt, DateTimeKind.Utc)));

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
