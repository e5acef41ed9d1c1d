namespace CcmBot.Core.Outreach;

/// <summary>
/// Each State's live contacts as (date, id) pairs, sorted: a State profile counts them up to a day and
/// names the latest few without the contacts themselves being kept in memory (eight bytes a contact
/// and State). Thread-safe; the order is <see cref="OutreachLog.LatestWith"/>'s: newest first, and on
/// the same day the one recorded first.
/// </summary>
public sealed class ContactDateIndex
{
    readonly Dictionary<string, List<long>> _byState = new(StringComparer.OrdinalIgnoreCase);
    readonly Lock _gate = new();

    public void Add(Contact contact)
    {
        if (contact.Deleted) return;
        lock (_gate)
            foreach (var iso3 in contact.States)
            {
                if (!_byState.TryGetValue(iso3, out var keys)) _byState[iso3] = keys = [];
                var key = Key(contact.Date, contact.Id);
                var at = keys.BinarySearch(key);
                if (at < 0) keys.Insert(~at, key);
            }
    }

    public void Remove(Contact contact)
    {
        lock (_gate)
            foreach (var iso3 in contact.States)
                if (_byState.TryGetValue(iso3, out var keys) && keys.BinarySearch(Key(contact.Date, contact.Id)) is var at and >= 0)
                    keys.RemoveAt(at);
    }

    /// <summary>How many live contacts with a State are dated on or before a day, and the ids of the latest few.</summary>
    public (int Count, IReadOnlyList<int> LatestIds) LatestWith(string iso3, DateOnly asOf, int take)
    {
        lock (_gate)
        {
            if (!_byState.TryGetValue(iso3, out var keys)) return (0, []);
            // Keys sort by day, then by id descending, so the ones on or before asOf come first.
            var count = ~keys.BinarySearch(FirstKeyOf(asOf.AddDays(1)));
            var ids = new List<int>(Math.Min(take, count));
            for (var i = count - 1; i >= 0 && ids.Count < take; i--) ids.Add(IdOf(keys[i]));
            return (count, ids);
        }
    }

    // Day in the high half; the low half falls as the id grows, so on one day the first recorded sorts last
    // and is met first when reading back from the newest.
    static long Key(DateOnly date, int id) => ((long)date.DayNumber << 32) | (uint)(int.MaxValue - id);

    // Just below every key of that day, and never a key itself (no low half reaches uint.MaxValue):
    // the search finds only where the day begins.
    static long FirstKeyOf(DateOnly date) => ((long)date.DayNumber << 32) - 1;

    static int IdOf(long key) => int.MaxValue - (int)(uint)key;
}
