using CcmBot.Core.Outreach;
using CcmBot.Core.Treaties;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using LiteDB;

namespace CcmBot.Web.Tests.Storage;

/// <summary>A contact records its own creation; stores written before kept a separate "created" line.</summary>
public sealed class OutreachStoreHistoryTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    static readonly Provenance Source = new("test", PartialDate.Parse("2026-11-25"));
    static readonly StateInfo Togo = new("TGO", "Togo", "Africa", null, InstrumentKind.None, null, null, null, null, Source);
    static readonly StateInfo Benin = new("BEN", "Benin", "Africa", null, InstrumentKind.None, null, null, null, null, Source);
    static readonly Person Author = new("coordinator-1", "A Coordinator");
    static readonly Person Editor = new("isu-1", "An Administrator");
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static ContactValues Letter(DateOnly date, params StateInfo[] states) =>
        new(states, date, ContactKind.Letter, ThematicArea.Transparency, null, null, null, "summary", null, null, null, ContactStatus.Open);

    [Fact]
    public void Logging_writes_the_contact_alone_and_its_history_begins_with_the_creation_by_its_author()
    {
        using var store = CcmStore.Open(_folder.File("store.db"));
        var outreach = new OutreachStore(store);
        var (contact, _) = outreach.Create(Letter(new DateOnly(2019, 3, 5), Togo, Benin), Author, "k1", Now);

        Assert.Equal(0, store.Database.GetCollection("contact_changes").Count());
        var created = Assert.Single(outreach.History(contact.Id));
        Assert.Equal(("created", Author, Now, "Letter to TGO, BEN on 2019-03-05"), (created.Action, created.By, created.At, created.NewValue));
        Assert.Empty(outreach.History(contact.Id + 1));
    }

    [Fact]
    public void After_edits_and_a_deletion_the_creation_still_shows_what_was_first_recorded()
    {
        using var store = CcmStore.Open(_folder.File("store.db"));
        var outreach = new OutreachStore(store);
        var (contact, _) = outreach.Create(Letter(new DateOnly(2019, 3, 5), Togo, Benin), Author, "k1", Now);
        outreach.Update(contact.Id, Letter(new DateOnly(2019, 3, 6), Togo), Editor, Now.AddHours(1), canEditAny: true);
        outreach.Update(contact.Id, Letter(new DateOnly(2019, 3, 7), Togo), Editor, Now.AddHours(2), canEditAny: true);
        outreach.Delete(contact.Id, Author, Now.AddHours(3));

        var history = outreach.History(contact.Id);
        Assert.Equal(["created", "edited", "edited", "edited", "deleted"], history.Select(h => h.Action));
        Assert.Equal("Letter to TGO, BEN on 2019-03-05", history[0].NewValue);
        Assert.Equal(Author, history[0].By);
    }

    [Fact]
    public void A_store_written_before_keeps_its_created_lines_and_shows_each_once()
    {
        var path = _folder.File("old.db");
        using (var old = CcmStore.Open(path))
        {
            old.Database.GetCollection("contacts").Insert(new BsonDocument
            {
                ["_id"] = 1, ["States"] = new BsonArray { "TGO" }, ["Date"] = "2018-05-03", ["Kind"] = "Demarche", ["Area"] = "Universalization",
                ["AuthorId"] = "coordinator-1", ["AuthorName"] = "A Coordinator", ["Status"] = "Open", ["Deleted"] = false,
                ["CreatedAt"] = Now.UtcDateTime, ["UpdatedAt"] = Now.UtcDateTime, ["SourceKey"] = "old-1",
            });
            old.Database.GetCollection("contact_changes").Insert(new BsonDocument
            {
                ["_id"] = ObjectId.NewObjectId(), ["ContactId"] = 1, ["At"] = Now.UtcDateTime, ["ById"] = "coordinator-1", ["ByName"] = "A Coordinator",
                ["Action"] = "created", ["NewValue"] = "Demarche to TGO on 2018-05-03",
            });
        }

        using var store = CcmStore.Open(path);
        var outreach = new OutreachStore(store);
        outreach.SetStatus(1, ContactStatus.Done, Author, Now.AddDays(1));
        Assert.Equal(["created", "closed"], outreach.History(1).Select(h => h.Action));
        Assert.Equal("Demarche to TGO on 2018-05-03", outreach.History(1)[0].NewValue);
    }
}
