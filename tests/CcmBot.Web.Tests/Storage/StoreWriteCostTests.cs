using System.Collections;
using System.Reflection;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using LiteDB;

namespace CcmBot.Web.Tests.Storage;

/// <summary>What a write or a lookup costs LiteDB beyond the data itself, found by the load runs.</summary>
public sealed class StoreWriteCostTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_store_made_with_the_old_contact_indexes_keeps_only_the_ones_lookups_use()
    {
        var path = _folder.File("old.db");
        using (var old = CcmStore.Open(path))
        {
            var contacts = old.Database.GetCollection("contacts");
            contacts.Insert(new BsonDocument { ["SourceKey"] = "k1", ["Date"] = "2019-05-03", ["States"] = new BsonArray { "TGO" } });
            foreach (var (name, expression) in new[] { ("Date", "$.Date"), ("FollowUp", "$.FollowUp"), ("AuthorId", "$.AuthorId"), ("states", "$.States[*]") })
                contacts.EnsureIndex(name, expression);
        }

        using var store = CcmStore.Open(path);
        _ = new OutreachStore(store);
        var indexes = store.Database.GetCollection("$indexes").Find(BsonExpression.Create("collection = @0", "contacts")).Select(i => i["name"].AsString).Order().ToList();
        Assert.Equal(["SourceKey", "_id"], indexes);
        Assert.Equal("k1", store.Database.GetCollection("contacts").FindOne(BsonExpression.Create("SourceKey = @0", "k1"))["SourceKey"].AsString);
    }

    /// <summary>LiteDB compiles every distinct expression text once and keeps it for the life of the process.</summary>
    static int CompiledExpressions() =>
        new[] { "_cacheScalar", "_cacheEnumerable" }
            .Sum(name => ((ICollection)typeof(BsonExpression).GetField(name, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!).Count);

    [Fact]
    public void Lookups_by_many_different_values_do_not_each_compile_and_keep_a_new_LiteDB_expression()
    {
        using var store = CcmStore.Open(_folder.File("store.db"));
        var changes = new DataChangeStore(store);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        changes.Between(start, start.AddDays(7));
        store.EffectiveRow("states", "TGO");
        var before = CompiledExpressions();

        const int Lookups = 200;
        for (var i = 1; i <= Lookups; i++)
        {
            changes.Between(start.AddMinutes(i), start.AddDays(7).AddMinutes(i));
            store.EffectiveRow("states", $"X{i:D2}");
        }

        // Other tests share LiteDB's process-wide cache, so the bound is loose; one per lookup would be 400.
        Assert.True(CompiledExpressions() - before < Lookups / 2, $"{CompiledExpressions() - before} new compiled expressions for {2 * Lookups} lookups");
    }
}
