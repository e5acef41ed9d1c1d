using CcmBot.Core.Outreach;

namespace CcmBot.Core.Tests.Outreach;

public sealed class OutreachLogTests
{
    static readonly Person Author = new("u1", "Coordinator");

    static Contact Contact(int id, string iso3, DateOnly date, bool deleted = false) =>
        new(id, [iso3], date, ContactKind.Letter, ThematicArea.Universalization, null, Author, null, null, null, null, null, null,
            ContactStatus.Open, deleted, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_latest_contacts_are_the_newest_by_date_the_first_recorded_first_on_the_same_day_and_only_those_by_the_date_asked()
    {
        var day = new DateOnly(2019, 5, 3);
        var log = new OutreachLog([
            Contact(1, "TGO", day), Contact(2, "TGO", day.AddDays(2)), Contact(3, "TGO", day), Contact(4, "TGO", day.AddDays(9)),
            Contact(5, "TGO", day.AddDays(2), deleted: true), Contact(6, "BEN", day.AddDays(3)), Contact(7, "TGO", day.AddDays(-1)),
        ], null);

        var (count, latest) = log.LatestWith("TGO", day.AddDays(5), 3);

        Assert.Equal(4, count); // 1, 2, 3, 7: not 4 (after the date), 5 (deleted) or 6 (Benin)
        Assert.Equal([2, 1, 3], latest.Select(c => c.Id));
    }

    [Fact]
    public void The_one_pass_count_and_latest_match_a_full_sort_on_random_logs()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 300; run++)
        {
            var contacts = Enumerable.Range(1, random.Next(0, 60))
                .Select(id => Contact(id, random.Next(3) == 0 ? "BEN" : "TGO", new DateOnly(2019, 1, 1).AddDays(random.Next(40)), random.Next(8) == 0))
                .ToList();
            var log = new OutreachLog(contacts, null);
            var asOf = new DateOnly(2019, 1, 1).AddDays(random.Next(45));
            var take = random.Next(1, 5);
            var sorted = log.LiveWith("TGO").Where(c => c.Date <= asOf).OrderByDescending(c => c.Date).ThenBy(c => c.Id).ToList();

            var (count, latest) = log.LatestWith("TGO", asOf, take);

            Assert.Equal(sorted.Count, count);
            Assert.Equal(sorted.Take(take).Select(c => c.Id), latest.Select(c => c.Id));
        }
    }
}
