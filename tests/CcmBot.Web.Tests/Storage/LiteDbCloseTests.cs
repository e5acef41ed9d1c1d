using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using LiteDB;

namespace CcmBot.Web.Tests.Storage;

/// <summary>
/// Closing the store while requests are still writing and reading (a shutdown, or a reopen after a
/// disk fault). With LiteDB's own Dispose the transactions those threads leave open are finalized
/// later on the GC thread, which throws and ends the whole process (seen in CI as "Test host process
/// crashed: discarded page must be writable"); here the process must live on and every
/// acknowledged write must be in the file.
/// </summary>
public sealed class LiteDbCloseTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_engines_table_of_open_transactions_is_found_in_this_LiteDB_version()
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = _folder.File("plain.db"), Connection = ConnectionType.Direct });
        Assert.NotNull(LiteDbClose.TransactionsOf(database));
    }

    /// <summary>Writers in explicit transactions and readers run until the database is closed under them.</summary>
    static List<Thread> StartWorkers(Action<int, int> work)
    {
        var started = new CountdownEvent(4);
        var workers = Enumerable.Range(0, 4).Select(worker => new Thread(() =>
        {
            started.Signal();
            try { for (var i = 0; ; i++) work(worker, i); }
            catch (Exception) { /* the database was closed under it */ }
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        started.Wait();
        return workers;
    }

    static void AwaitWorkersAndFinalizers(List<Thread> workers)
    {
        Assert.All(workers, w => Assert.True(w.Join(TimeSpan.FromSeconds(30)), "a worker never returned after the close"));
        for (var i = 0; i < 2; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
    }

    [Fact]
    public void A_database_closed_while_other_threads_write_and_read_leaves_no_transaction_for_the_finalizer_to_crash_on()
    {
        // Without LiteDbClose this process ends within a few rounds (measured: rounds 1 to 12).
        for (var round = 0; round < 30; round++)
        {
            var database = new LiteDatabase(new ConnectionString { Filename = _folder.File($"raw-{round}.db"), Connection = ConnectionType.Direct });
            // A thread left waiting on a lock of the closed engine gives up after this, not LiteDB's default minute.
            database.Timeout = TimeSpan.FromSeconds(1);
            var notes = database.GetCollection("notes");
            notes.Insert(new BsonDocument { ["n"] = -1 });
            var workers = StartWorkers((worker, i) =>
            {
                if (worker % 2 == 1) { _ = notes.Find(Query.All(), limit: 20).ToList(); return; }
                database.BeginTrans();
                try
                {
                    for (var k = 0; k < 5; k++) notes.Insert(new BsonDocument { ["n"] = i, ["text"] = new string('x', 3_000) });
                    database.Commit();
                }
                catch (Exception)
                {
                    try { database.Rollback(); } catch (Exception) { /* closed */ }
                    throw;
                }
            });
            Thread.Sleep(Random.Shared.Next(5, 40));
            try { LiteDbClose.Dispose(database); } catch (Exception) { /* LiteDB's clean-up of another thread's transaction may complain */ }
            AwaitWorkersAndFinalizers(workers);
        }
    }

    [Fact]
    public void A_store_closed_under_concurrent_writes_stays_closed_and_holds_every_acknowledged_write()
    {
        for (var round = 0; round < 10; round++)
        {
            var path = _folder.File($"store-{round}.db");
            var acknowledged = new System.Collections.Concurrent.ConcurrentBag<int>();
            var store = CcmStore.Open(path);
            store.Database.Timeout = TimeSpan.FromSeconds(1);
            var workers = StartWorkers((worker, i) =>
            {
                if (worker % 2 == 1) { _ = store.Database.GetCollection("notes").Find(Query.All(), limit: 20).ToList(); return; }
                var id = worker * 1_000_000 + i;
                store.Write(db =>
                {
                    for (var k = 0; k < 4; k++) db.GetCollection("notes").Insert(new BsonDocument { ["n"] = id, ["k"] = k, ["text"] = new string('x', 2_000) });
                });
                acknowledged.Add(id);
            });
            Thread.Sleep(Random.Shared.Next(5, 40));
            try { store.Dispose(); } catch (Exception) { /* as above */ }
            AwaitWorkersAndFinalizers(workers);

            // A write that failed during the close must not have opened the file again: another process can have it now.
            using var reopened = CcmStore.Open(path);
            var stored = reopened.Database.GetCollection("notes").FindAll().GroupBy(d => d["n"].AsInt32).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(acknowledged, id => Assert.Equal(4, stored.GetValueOrDefault(id)));
            Assert.All(stored.Values, count => Assert.Equal(4, count)); // all or nothing per write
        }
    }

    [Fact]
    public async Task A_write_that_waits_for_the_close_is_refused_and_a_write_under_way_finishes_before_the_file_closes()
    {
        var path = _folder.File("closing.db");
        var store = CcmStore.Open(path);
        using var insideWrite = new ManualResetEventSlim();
        using var mayFinish = new ManualResetEventSlim();
        var slowWrite = Task.Run(() => store.Write(db =>
        {
            db.GetCollection("notes").Insert(new BsonDocument { ["n"] = 1 });
            insideWrite.Set();
            mayFinish.Wait();
        }));
        insideWrite.Wait();

        var closing = Task.Run(store.Dispose);
        Assert.NotSame(closing, await Task.WhenAny(closing, Task.Delay(200)));
        mayFinish.Set();
        await slowWrite;
        await closing;

        Assert.Throws<StoreClosedException>(() => store.Write(db => db.GetCollection("notes").Insert(new BsonDocument { ["n"] = 2 })));
        using var reopened = CcmStore.Open(path);
        Assert.Equal([1], reopened.Database.GetCollection("notes").FindAll().Select(d => d["n"].AsInt32));
    }
}
