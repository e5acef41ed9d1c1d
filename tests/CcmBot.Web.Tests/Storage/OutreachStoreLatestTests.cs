using CcmBot.Core.Outreach;
using CcmBot.Core.Treaties;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Storage;

/// <summary>A profile's count and latest contacts come from the store's date index: it must agree with the log read in full.</summary>
public sealed class OutreachStoreLatestTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    static readonly Provenance Source = new("test", PartialDate.Parse("2026-11-25"));
    static readonly StateInfo[] States = new[] { "TGO", "BEN", "LAO" }.Select(iso3 => new StateInfo(iso3, iso3, "Africa", null, InstrumentKind.None, null, null, null, null, Source)).ToArray();
    static readonly Person Author = new("coordinator-1", "A Coordinator");
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static ContactValues Values(Random random) => new(
        States.Where(_ => random.Next(2) == 0).DefaultIfEmpty(States[0]).ToList(), new DateOnly(2019, 1, 1).AddDays(random.Next(30)),
        ContactKind.Letter, ThematicArea.Transparency, null, null, null, "summary", null, null, null, ContactStatus.Open);

    [Fact]
    public void After_logging_edits_moving_dates_and_States_and_deletions_the_index_agrees_with_the_log_and_so_does_a_fresh_one_after_a_restart()
    {
        var path = _folder.File("latest.db");
        var random = new Random(20261125);
        using (var store = CcmStore.Open(path))
        {
            var outreach = new OutreachStore(store);
            _ = outreach.LatestWith("TGO", new DateOnly(2019, 1, 1), 3); // the index is read now and kept in step from here on
            var ids = new List<int>();
            for (var step = 0; step < 150; step++)
            {
                var choice = ids.Count == 0 ? 0 : random.Next(4);
                if (choice <= 1) ids.Add(outreach.Create(Values(random), Author, $"source-{step}", Now).Contact.Id);
                else if (choice == 2) outreach.Update(ids[random.Next(ids.Count)], Values(random), Author, Now);
                else outreach.Delete(ids[random.Next(ids.Count)], Author, Now);
            }
            AssertAgrees(outreach, random);
        }
        using (var reopened = CcmStore.Open(path))
            AssertAgrees(new OutreachStore(reopened), random);
    }

    static void AssertAgrees(OutreachStore outreach, Random random)
    {
        var log = new OutreachLog(outreach.All(), null);
        for (var probe = 0; probe < 40; probe++)
        {
            var iso3 = States[random.Next(States.Length)].Iso3;
            var asOf = new DateOnly(2019, 1, 1).AddDays(random.Next(-2, 34));
            var take = random.Next(1, 6);
            var (count, latest) = log.LatestWith(iso3, asOf, take);
            var (storeCount, storeLatest) = outreach.LatestWith(iso3, asOf, take);
            Assert.Equal(count, storeCount);
            Assert.Equal(latest.Select(c => c.Id), storeLatest.Select(c => c.Id));
            Assert.Equal(latest, storeLatest, (a, b) => a.Id == b.Id && a.Date == b.Date && a.States.SequenceEqual(b.States));
        }
    }
}
