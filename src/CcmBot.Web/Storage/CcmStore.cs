using LiteDB;

namespace CcmBot.Web.Storage;

public sealed class StoreOptions
{
    public const string Section = "Store";
    /// <summary>The LiteDB file. Relative paths are under the app's content root.</summary>
    public string Path { get; set; } = "App_Data/ccmbot.db";
}

/// <summary>Start-up fails with this when the store file cannot be used; the message says how to recover.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The one LiteDB database of the process (LiteDatabase is thread-safe; one instance per file).
/// Reference rows and user rows live side by side in the same collections, told apart by "origin".
/// </summary>
public sealed class CcmStore : IDisposable
{
    public const string OriginReference = "reference";
    public const string OriginUser = "user";
    const string MetaCollection = "meta";

    public string FilePath { get; }
    LiteDatabase _database;
    readonly Func<LiteDatabase> _openEngine;
    readonly Lock _reopenGate = new();
    bool _disposed;

    /// <summary>
    /// Writes hold it shared, the close exclusively: LiteDB 5 can acknowledge a commit that races its
    /// own close and then delete the log file the commit went into, so the file is closed only between writes.
    /// </summary>
    readonly ReaderWriterLockSlim _closeGate = new(LockRecursionPolicy.SupportsRecursion);
    static readonly TimeSpan CloseWaitsForWrites = TimeSpan.FromSeconds(30);

    /// <summary>The open database; replaced by a fresh one after a write failed in a way that can leave LiteDB's memory unsure (disk full).</summary>
    public LiteDatabase Database => Volatile.Read(ref _database);
    long _version;

    /// <summary>Grows on every write, so readers know when a cached snapshot is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    readonly FileStream? _processLock;

    CcmStore(string filePath, LiteDatabase database, Func<LiteDatabase> openEngine, FileStream? processLock)
    {
        FilePath = filePath;
        _database = database;
        _openEngine = openEngine;
        _processLock = processLock;
    }

    /// <summary>
    /// LiteDB's direct mode does not stop a second process from writing the same file, which would
    /// corrupt it; an exclusive lock on a file beside the store does.
    /// </summary>
    static FileStream? LockForThisProcess(string fullPath)
    {
        // A process that is stopping (a restart) may still hold the lock for a moment: wait briefly before refusing.
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(fullPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && StoreFailure.Classify(ex) == StoreFailureKind.ReadOnly)
            {
                // A read-only disk: nobody can write the store, so the lock only has to keep other
                // CcmBot processes out if it already exists.
                return File.Exists(fullPath + ".lock") ? new FileStream(fullPath + ".lock", FileMode.Open, FileAccess.Read, FileShare.None) : null;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (IOException ex)
            {
                throw new StoreUnavailableException(
                    $"The CcmBot store '{fullPath}' is in use by another CcmBot process (probably the running bot). " +
                    "Ask the running bot instead (POST /api/messages, see README), stop it first, or choose another file with Store__Path.", ex);
            }
        }
    }

    static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    public static CcmStore Open(string filePath)
    {
        var fullPath = System.IO.Path.GetFullPath(filePath);
        if (!System.IO.Directory.Exists(System.IO.Path.GetDirectoryName(fullPath)!)) System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var processLock = LockForThisProcess(fullPath);
        LiteDatabase? database = null;
        try
        {
            var mapper = new BsonMapper();
            mapper.RegisterType(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                                v => DateOnly.ParseExact(v.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            // LiteDB reinitialises or truncates a file it cannot read when opened for writing, so an
            // existing file is checked first: its header, then every collection read-only.
            var existing = File.Exists(fullPath) && new FileInfo(fullPath).Length > 0;
            if (existing)
            {
                CheckHeader(fullPath);
                using var readOnly = new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct, ReadOnly = true }, mapper);
                ReadEveryCollection(readOnly);
            }
            CcmStore? store = null;
            var openedReadOnly = false;
            LiteDatabase OpenEngine()
            {
                try
                {
                    var writable = new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct }, mapper) { UtcDate = true };
                    openedReadOnly = false;
                    return writable;
                }
                catch (Exception ex) when (StoreFailure.Classify(ex) == StoreFailureKind.ReadOnly && File.Exists(fullPath))
                {
                    // Answers still work from a read-only file; every write says why it cannot be saved.
                    openedReadOnly = true;
                    return new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct, ReadOnly = true }, mapper) { UtcDate = true };
                }
                finally
                {
                    if (store is not null) store.IsReadOnly = openedReadOnly;
                }
            }
            database = OpenEngine();
            // An existing file was read in full just above; reading it again only delays the first answer.
            if (!existing) ReadEveryCollection(database);
            store = new CcmStore(fullPath, database, OpenEngine, processLock) { IsReadOnly = openedReadOnly };
            if (!store.IsReadOnly) store.EnsureIndexes();
            return store;
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidDataException or UnauthorizedAccessException or InvalidCastException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or EndOfStreamException or OverflowException)
        {
            try { if (database is not null) LiteDbClose.Dispose(database); }
            finally { processLock?.Dispose(); }
            throw new StoreUnavailableException(
                $"The CcmBot store '{fullPath}' cannot be opened ({ex.GetType().Name}: {ex.Message}). " +
                "Nothing was changed. To recover: restore a backup of that file, or move the file aside and start again " +
                "to create a new store seeded with the reference data (records users added to the old file would then be missing). " +
                "The setting Store:Path (environment Store__Path) chooses the file.", ex);
        }
    }

    const int PageSize = 8192;
    static readonly byte[] HeaderSignature = "** This is a LiteDB file **"u8.ToArray();
    const int HeaderSignatureOffset = 32;

    static void CheckHeader(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length % PageSize != 0)
            throw new InvalidDataException($"its length ({file.Length} bytes) is not a whole number of {PageSize}-byte pages");
        var header = new byte[HeaderSignatureOffset + HeaderSignature.Length];
        file.ReadExactly(header);
        if (!header.AsSpan(HeaderSignatureOffset).SequenceEqual(HeaderSignature))
            throw new InvalidDataException("it does not start with a LiteDB header");
    }

    static void ReadEveryCollection(LiteDatabase database)
    {
        // A damaged file fails here, at start-up, not in the middle of a chat.
        foreach (var name in database.GetCollectionNames().ToList())
            database.GetCollection(name).Count();
    }

    void EnsureIndexes()
    {
        foreach (var kind in ReferenceKind.All)
        {
            var collection = Database.GetCollection(kind.Collection);
            collection.EnsureIndex("key", "$.key");
            collection.EnsureIndex("origin", "$.origin");
            collection.EnsureIndex("iso3", "$.iso3");
        }
        Database.GetCollection("report_evidence").EnsureIndex("deliverable", "$.deliverable");
        Database.GetCollection("obligations").EnsureIndex("article", "$.article");
    }

    /// <summary>True while the file can only be read (a read-only disk); answers work, writes are refused.</summary>
    public bool IsReadOnly { get; private set; }

    public string? ReferenceHash => Database.GetCollection(MetaCollection).FindById("reference")?["hash"].AsString;

    /// <summary>
    /// Brings reference rows in line with the shipped set: new rows in, changed rows updated, rows no
    /// longer shipped removed. Rows with origin "user" are never read, changed or removed here.
    /// </summary>
    public SeedResult SyncReferenceData(ReferenceDataSet set, DateTimeOffset now)
    {
        if (ReferenceHash == set.Hash || IsReadOnly) return new SeedResult(false, 0, 0, 0);
        int added = 0, updated = 0, removed = 0, conflicts = 0;
        Write(Database =>
        {
            foreach (var kind in ReferenceKind.All)
            {
                var collection = Database.GetCollection(kind.Collection);
                var existing = collection.Find(Query.EQ("origin", OriginReference)).ToDictionary(d => d["key"].AsString, StringComparer.Ordinal);
                var corrected = collection.Find(Query.EQ("origin", OriginUser)).Where(d => d["reverted_at"].IsNull)
                    .GroupBy(d => d["key"].AsString, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(d => d["_id"].AsObjectId)!, StringComparer.Ordinal);
                foreach (var (key, row) in set.Rows[kind.Collection])
                {
                    var doc = new BsonDocument { ["_id"] = $"ref:{key}", ["key"] = key, ["origin"] = OriginReference, ["ref_hash"] = set.Hash };
                    foreach (var (field, value) in row) doc[field] = value;
                    if (existing.Remove(key, out var old))
                    {
                        if (!SameFields(old, doc))
                        {
                            collection.Update(doc);
                            updated++;
                            if (corrected.TryGetValue(key, out var user)) conflicts += RecordConflict(kind.Collection, key, row, user, set.Hash, now);
                        }
                    }
                    else
                    {
                        collection.Insert(doc);
                        added++;
                        if (corrected.TryGetValue(key, out var user)) conflicts += RecordConflict(kind.Collection, key, row, user, set.Hash, now);
                    }
                }
                foreach (var stale in existing.Values)
                {
                    collection.Delete(stale["_id"]);
                    removed++;
                }
            }
            Database.GetCollection(MetaCollection).Upsert(new BsonDocument
            {
                ["_id"] = "reference", ["hash"] = set.Hash, ["synced_at"] = now.UtcDateTime,
            });
        }, treatyData: true);
        return new SeedResult(true, added, updated, removed, conflicts);
    }

    public const string ConflictCollection = "data_conflicts";

    /// <summary>
    /// A newer shipped row for a fact a user has corrected: the user's row keeps winning, and the
    /// disagreement is kept where answers and admins see it.
    /// </summary>
    int RecordConflict(string collection, string key, IReadOnlyDictionary<string, string> shipped, BsonDocument user, string hash, DateTimeOffset now)
    {
        var userRow = ToRow(user);
        var differing = shipped.Keys.Where(f => f is not ("source" or "as_of") && (!userRow.TryGetValue(f, out var mine) || mine != shipped[f])).ToList();
        string Claim(IReadOnlyDictionary<string, string> row) => differing.Count == 0 ? "same values"
            : string.Join("; ", differing.Select(f => $"{f} {(row.TryGetValue(f, out var v) && v.Length > 0 ? v : "(empty)")}"));
        Database.GetCollection(ConflictCollection).Upsert(new BsonDocument
        {
            ["_id"] = $"{collection}|{key}|{hash[..12]}", ["collection"] = collection, ["key"] = $"{collection}|{key}",
            ["iso3"] = shipped.TryGetValue("iso3", out var iso3) ? iso3 : "",
            ["shipped_claim"] = Claim(shipped), ["shipped_source"] = shipped.TryGetValue("source", out var source) ? source : "",
            ["user_claim"] = Claim(userRow), ["user_source"] = userRow.TryGetValue("source", out var mineSource) ? mineSource : "",
            ["found_at"] = now.UtcDateTime,
        });
        return 1;
    }

    static bool SameFields(BsonDocument a, BsonDocument b) =>
        a.Keys.Where(k => k != "ref_hash").OrderBy(k => k).SequenceEqual(b.Keys.Where(k => k != "ref_hash").OrderBy(k => k))
        && a.Keys.Where(k => k != "ref_hash").All(k => a[k] == b[k]);

    /// <summary>Adds a row a user entered (corrections, receipts, ...): origin "user", never touched by seeding.</summary>
    public ObjectId InsertUserRow(string collection, string key, IReadOnlyDictionary<string, string> fields, string enteredBy, DateTimeOffset now)
    {
        var doc = new BsonDocument
        {
            ["_id"] = ObjectId.NewObjectId(), ["key"] = key, ["origin"] = OriginUser,
            ["entered_by"] = enteredBy, ["entered_at"] = now.UtcDateTime,
        };
        foreach (var (field, value) in fields) doc[field] = value;
        Database.GetCollection(collection).Insert(doc);
        Interlocked.Increment(ref _version);
        return doc["_id"].AsObjectId;
    }

    /// <summary>Takes a user row out of answers (a revert); the row stays, marked, for the audit trail.</summary>
    public bool RetireUserRow(string collection, ObjectId id, string by, DateTimeOffset now)
    {
        var rows = Database.GetCollection(collection);
        var doc = rows.FindById(id);
        if (doc is null || doc["origin"] != OriginUser || !doc["reverted_at"].IsNull) return false;
        doc["reverted_at"] = now.UtcDateTime;
        doc["reverted_by"] = by;
        rows.Update(doc);
        Interlocked.Increment(ref _version);
        return true;
    }

    /// <summary>Runs writes as one LiteDB transaction: all of them land, or none.</summary>
    public T InTransaction<T>(Func<T> write) => Write(_ => write(), treatyData: true);

    public void Write(Action<LiteDatabase> write, bool treatyData = false) => Write(db => { write(db); return 0; }, treatyData);

    /// <summary>
    /// Every write of every store goes through here: one transaction, all or nothing. When the disk
    /// refuses a write (full, read-only) LiteDB's rollback can fail too and leave its memory unsure;
    /// the database is then reopened from the file, which holds only committed transactions, and the
    /// original failure goes up to be reported.
    /// </summary>
    /// <param name="treatyData">The write changes what answers are made from (reference or user rows): cached snapshots must be rebuilt.</param>
    public T Write<T>(Func<LiteDatabase, T> write, bool treatyData = false)
    {
        _closeGate.EnterReadLock();
        try
        {
            if (_disposed) throw new StoreClosedException(FilePath);
            return WriteOnce(write, treatyData);
        }
        finally
        {
            _closeGate.ExitReadLock();
        }
    }

    T WriteOnce<T>(Func<LiteDatabase, T> write, bool treatyData)
    {
        // A store opened read-only tries to become writable again before each write: the disk may be back.
        if (IsReadOnly) Reopen(Database);
        if (IsReadOnly) throw new StoreReadOnlyException(FilePath);
        var db = Database;
        db.BeginTrans();
        try
        {
            var result = write(db);
            // LiteDB answers false, without throwing, when the transaction was ended under it: the
            // write is then not in the file and must not be acknowledged.
            if (!db.Commit()) throw new StoreClosedException(FilePath);
            return result;
        }
        catch (Exception failure)
        {
            var rolledBack = true;
            try { db.Rollback(); } catch (Exception) { rolledBack = false; }
            if (!rolledBack || StoreFailure.Classify(failure) is not null) Reopen(db);
            throw;
        }
        finally
        {
            // Readers that rebuilt a snapshot during the transaction saw the old rows: make them rebuild again.
            if (treatyData) Interlocked.Increment(ref _version);
        }
    }

    void Reopen(LiteDatabase failed)
    {
        lock (_reopenGate)
        {
            // A write that fails because the store is being closed must not open the file again.
            if (_disposed || !ReferenceEquals(failed, _database)) return;
            try { LiteDbClose.Dispose(failed); } catch (Exception) { /* it failed already; the file is what counts */ }
            Volatile.Write(ref _database, _openEngine());
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>
    /// The rows of a collection as answers should see them: for a natural key, the newest user row
    /// that has not been reverted wins over the shipped row (a correction); user rows with new keys
    /// are added.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> EffectiveRows(string collection) =>
        EffectiveDocuments(collection).Select(ToRow).ToList();

    public IReadOnlyList<BsonDocument> EffectiveDocuments(string collection)
    {
        var docs = Database.GetCollection(collection).FindAll().ToList();
        var newestUser = docs.Where(d => d["origin"] == OriginUser && d["reverted_at"].IsNull)
            .GroupBy(d => d["key"].AsString, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d["_id"].AsObjectId)!, StringComparer.Ordinal);
        return docs.Where(d => d["origin"] == OriginUser
                ? d["reverted_at"].IsNull && ReferenceEquals(newestUser[d["key"].AsString], d)
                : !newestUser.ContainsKey(d["key"].AsString))
            .ToList();
    }

    /// <summary>The row answers use for one natural key, or null.</summary>
    public IReadOnlyDictionary<string, string>? EffectiveRow(string collection, string key)
    {
        // A parameter, not Query.EQ: LiteDB compiles and keeps one delegate per distinct expression text.
        var docs = Database.GetCollection(collection).Find(BsonExpression.Create("key = @0", key)).ToList();
        var user = docs.Where(d => d["origin"] == OriginUser && d["reverted_at"].IsNull).MaxBy(d => d["_id"].AsObjectId);
        var chosen = user ?? docs.FirstOrDefault(d => d["origin"] == OriginReference);
        return chosen is null ? null : ToRow(chosen);
    }

    public static IReadOnlyDictionary<string, string> ToRow(BsonDocument doc) =>
        doc.Keys.Where(k => k != "_id").ToDictionary(k => k, k => doc[k].IsString ? doc[k].AsString : doc[k].ToString(), StringComparer.Ordinal);

    readonly SemaphoreSlim _backupGate = new(1, 1);

    /// <summary>
    /// A consistent copy of the store while the bot keeps writing. LiteDB writes committed
    /// transactions to its log file and only moves them into the data file at a checkpoint; with
    /// automatic checkpoints paused, a checkpoint followed by a copy of the data file captures every
    /// transaction committed before it and nothing half-written after it.
    /// </summary>
    public BackupResult Backup(string targetPath)
    {
        var target = System.IO.Path.GetFullPath(targetPath);
        if (string.Equals(target, FilePath, StringComparison.Ordinal)) throw new ArgumentException("A backup cannot overwrite the store itself.", nameof(targetPath));
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        _backupGate.Wait();
        var checkpointSize = Database.CheckpointSize;
        try
        {
            Database.CheckpointSize = 0;
            Database.Checkpoint();
            using (var source = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                source.CopyTo(copy);
                copy.Flush(flushToDisk: true);
            }
        }
        finally
        {
            Database.CheckpointSize = checkpointSize;
            _backupGate.Release();
        }
        // The copy must open and read before it is called a backup.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var check = new LiteDatabase(new ConnectionString { Filename = partial, Connection = ConnectionType.Direct, ReadOnly = true }))
            foreach (var name in check.GetCollectionNames().OrderBy(n => n, StringComparer.Ordinal))
                counts[name] = check.GetCollection(name).Count();
        File.Move(partial, target, overwrite: true);
        return new BackupResult(target, new FileInfo(target).Length, counts);
    }

    public void Dispose()
    {
        // Writes under way finish first (waited for up to 30 s); later ones are refused.
        var waited = _closeGate.TryEnterWriteLock(CloseWaitsForWrites);
        try
        {
            lock (_reopenGate)
            {
                if (_disposed) return;
                _disposed = true;
            }
        }
        finally
        {
            if (waited) _closeGate.ExitWriteLock();
        }
        try { LiteDbClose.Dispose(Database); }
        finally { _processLock?.Dispose(); }
    }
}

public sealed record SeedResult(bool Changed, int Added, int Updated, int Removed, int Conflicts = 0);

/// <summary>A write that could not be committed because the store was being closed.</summary>
public sealed class StoreClosedException(string path) : IOException($"The store '{path}' was closed before the write was committed; nothing was written.");

/// <summary>A write refused because the store file can only be read at the moment.</summary>
public sealed class StoreReadOnlyException(string path) : IOException($"The store '{path}' is on a read-only file system; the write was refused.");

public sealed record BackupResult(string Path, long Bytes, IReadOnlyDictionary<string, int> Counts);
