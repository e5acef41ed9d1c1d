using System.Collections;
using System.Reflection;
using LiteDB;

namespace CcmBot.Web.Storage;

/// <summary>
/// Closes a LiteDatabase without leaving the process to crash later. In LiteDB 5.0.21 every
/// transaction has a finalizer that runs its full clean-up on the GC thread; a transaction still
/// open on another thread when its database is disposed (a request mid-write at shutdown, or while
/// the store is reopened after a disk fault) throws there ("discarded page must be writable") and
/// ends the process (litedb-org/LiteDB#2828, fixed only in the 6.x prereleases, which are not served
/// here). Once the engine is closed those transactions have nothing left to release, so their
/// finalizers are suppressed: the ones open at the close, and any a thread that was already inside
/// the engine opens or leaves behind until LiteDB's own lock timeout (one minute) has passed.
/// </summary>
public static class LiteDbClose
{
    const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
    static readonly FieldInfo? EngineField = typeof(LiteDatabase).GetField("_engine", Private);
    static readonly FieldInfo? MonitorField = typeof(LiteDatabase).Assembly.GetType("LiteDB.Engine.LiteEngine")?.GetField("_monitor", Private);
    static readonly FieldInfo? TransactionsField = typeof(LiteDatabase).Assembly.GetType("LiteDB.Engine.TransactionMonitor")?.GetField("_transactions", Private);
    static readonly TimeSpan[] LaterLooks = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(90)];

    /// <summary>Disposes the database; an exception from LiteDB's own clean-up goes up after the finalizers are dealt with.</summary>
    public static void Dispose(LiteDatabase database)
    {
        var transactions = TransactionsOf(database);
        var openAtClose = Snapshot(transactions);
        try
        {
            database.Dispose();
        }
        finally
        {
            Suppress(openAtClose);
            Suppress(Snapshot(transactions));
            if (transactions is not null) _ = LookAgainLaterAsync(transactions);
        }
    }

    /// <summary>The engine's table of open transactions, or null if this LiteDB version keeps it elsewhere.</summary>
    internal static IDictionary? TransactionsOf(LiteDatabase database)
    {
        var engine = EngineField?.GetValue(database);
        var monitor = engine is null ? null : MonitorField?.GetValue(engine);
        return monitor is null ? null : TransactionsField?.GetValue(monitor) as IDictionary;
    }

    static async Task LookAgainLaterAsync(IDictionary transactions)
    {
        foreach (var wait in LaterLooks)
        {
            await Task.Delay(wait).ConfigureAwait(false);
            Suppress(Snapshot(transactions));
        }
    }

    static List<object> Snapshot(IDictionary? transactions)
    {
        if (transactions is null) return [];
        // LiteDB's monitor locks this dictionary itself whenever it changes it.
        lock (transactions) return transactions.Values.Cast<object>().ToList();
    }

    static void Suppress(List<object> transactions)
    {
        foreach (var transaction in transactions) GC.SuppressFinalize(transaction);
    }
}
