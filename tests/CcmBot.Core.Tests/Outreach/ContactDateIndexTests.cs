using CcmBot.Core.Outreach;

namespace CcmBot.Core.Tests.Outreach;

public sealed class ContactDateIndexTests
{
    static readonly Person Author = new("u1", "Coordinator");
    static readonly string[] States = ["TGO", "BEN", "LAO"];

    static Contact Contact(int id, IReadOnlyList<string> states, DateOnly date, bool deleted = false) =>
        new(id, states, date, ContactKind.Letter, ThematicArea.Universalization, null, Author, null, null, null, null, null, null,
            ContactStatus.Open, deleted, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void It_counts_and_orders_like_the_log_newest_first_the_first_recorded_first_on_a_day_and_leaves_out_deleted_and_later_ones()
    {
        var day = new DateOnly(2019, 5, 3);
        var index = new ContactDateIndex();
        Contact[] contacts =
        [
            Contact(1, ["TGO"], day), Contact(2, ["TGO", "BEN"], day.AddDays(2)), Contact(3, ["TGO"], day), Contact(4, ["TGO"], day.AddDays(9)),
            Contact(5, ["TGO"], day.AddDays(2), deleted: true), Contact(6, ["BEN"], day.AddDays(3)), Contact(7, ["TGO"], day.AddDays(-1)),
        ];
        foreach (var contact in contacts) index.Add(contact);

        Assert.Equal("4: 2 1 3", Flatten(index.LatestWith("TGO", day.AddDays(5), 3)));
        Assert.Equal("4: 2 1 3 7", Flatten(index.LatestWith("tgo", day.AddDays(5), 10)));
        Assert.Equal("2: 6 2", Flatten(index.LatestWith("BEN", day.AddDays(3), 3)));
        Assert.Equal("0: ", Flatten(index.LatestWith("TGO", day.AddDays(-2), 3)));
        Assert.Equal("0: ", Flatten(index.LatestWith("PER", day, 3)));
    }

    [Fact]
    public void After_random_logging_edits_and_deletions_it_agrees_with_the_log_read_in_full()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 200; run++)
        {
            var index = new ContactDateIndex();
            var current = new Dictionary<int, Contact>();
            for (var step = 0; step < 80; step++)
            {
                // A new contact, or a change to one already logged: its date, its States, or a deletion.
                var id = current.Count == 0 || random.Next(3) > 0 ? current.Count + 1 : random.Next(1, current.Count + 1);
                var states = States.Where(_ => random.Next(2) == 0).DefaultIfEmpty("TGO").ToList();
                var changed = Contact(id, states, new DateOnly(2019, 1, 1).AddDays(random.Next(30)), deleted: random.Next(10) == 0);
                if (current.TryGetValue(id, out var before))
                {
                    if (before.Deleted) continue;
                    index.Remove(before);
                }
                index.Add(changed);
                current[id] = changed;
            }
            var log = new OutreachLog(current.Values.ToList(), null);
            foreach (var iso3 in States)
            {
                var asOf = new DateOnly(2019, 1, 1).AddDays(random.Next(-2, 34));
                var take = random.Next(1, 6);
                var (count, latest) = log.LatestWith(iso3, asOf, take);
                Assert.Equal($"{count}: {string.Join(' ', latest.Select(c => c.Id))}", Flatten(index.LatestWith(iso3, asOf, take)));
            }
        }
    }

    static string Flatten((int Count, IReadOnlyList<int> Ids) result) => $"{result.Count}: {string.Join(' ', result.Ids)}";
}
