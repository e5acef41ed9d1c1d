using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;
using LiteDB;

namespace CcmBot.Web.Storage;

public sealed class SubscriptionDocument
{
    public string Id { get; set; } = "";
    public string ConversationKey { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string OwnerName { get; set; } = "";
    public string Frequency { get; set; } = "";
    public List<string> Days { get; set; } = [];
    public int DayOfMonth { get; set; } = 1;
    /// <summary>Set for "the first Monday of each month" (1; -1 for the last); null for a day of the month.</summary>
    public int? WeekOfMonth { get; set; }
    /// <summary>For a weekly reminder that skips weeks ("every other Monday"): how many weeks apart, and the week it first fires in.</summary>
    public int EveryWeeks { get; set; } = 1;
    public DateTime? FirstWeek { get; set; }
    public string LocalTime { get; set; } = "09:00";
    public string TimeZone { get; set; } = "UTC";
    public List<string> QuietDays { get; set; } = [];
    public List<string> Topics { get; set; } = [];
    public int WithinDays { get; set; } = 90;
    public string? Plan { get; set; }
    public bool OwnFollowUpsOnly { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastOccurrence { get; set; }
    public bool Active { get; set; } = true;
    public string? InactiveReason { get; set; }
    /// <summary>A one-off note: what it says and its day (Frequency "Once"); both null for a digest.</summary>
    public string? Note { get; set; }
    public DateTime? OnDate { get; set; }
}

public sealed class DeliveryDocument
{
    /// <summary>"{subscription}|{occurrence}": the unique id is what makes each send happen once.</summary>
    public string Id { get; set; } = "";
    public string SubscriptionId { get; set; } = "";
    public DateTime Occurrence { get; set; }
    public string State { get; set; } = "claimed";
    public DateTime ClaimedAt { get; set; }
    public string? ActivityId { get; set; }
    public int Items { get; set; }
    public string? Error { get; set; }
    /// <summary>The process that claimed it; a claim left by an earlier process (which died mid-send) is taken over.</summary>
    public string ClaimedBy { get; set; } = "";
}

public sealed class ItemStateDocument
{
    public string Id { get; set; } = "";
    public string SubscriptionId { get; set; } = "";
    public string Key { get; set; } = "";
    public string? SnoozedUntil { get; set; }
    public string? DoneSignature { get; set; }
}

public sealed class ConversationDocument
{
    public string Id { get; set; } = "";
    /// <summary>The SDK's conversation reference as JSON (service URL, conversation, tenant, bot and user ids).</summary>
    public string Reference { get; set; } = "";
    public string? TimeZone { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Subscriptions, the record of what was sent for which occurrence, snoozes and dones, and conversation addresses.</summary>
public sealed class ReminderStore
{
    const string Subscriptions = "reminder_subscriptions";
    const string Deliveries = "reminder_deliveries";
    const string States = "reminder_item_states";
    const string Conversations = "conversations";
    readonly CcmStore _store;
    readonly Lock _gate = new();
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _knownReferences = new(StringComparer.Ordinal);

    /// <summary>This process. Only one process at a time owns the store file (its lock), so any other owner's open claim is stale.</summary>
    readonly string _instance = Guid.NewGuid().ToString("N");

    public ReminderStore(CcmStore store)
    {
        _store = store;
        if (store.IsReadOnly) return; // indexes were made when the file was written
        Db.GetCollection<SubscriptionDocument>(Subscriptions).EnsureIndex(s => s.ConversationKey);
        Db.GetCollection<DeliveryDocument>(Deliveries).EnsureIndex(d => d.SubscriptionId);
        Db.GetCollection<ItemStateDocument>(States).EnsureIndex(s => s.SubscriptionId);
    }

    LiteDatabase Db => _store.Database;

    /// <summary>Kept current on every turn; written only when it changed.</summary>
    public void RememberConversation(string key, string referenceJson, string? timeZone, DateTimeOffset now)
    {
        var signature = referenceJson + "|" + timeZone;
        if (_knownReferences.TryGetValue(key, out var known) && known == signature) return;
        _store.Write(db => db.GetCollection<ConversationDocument>(Conversations).Upsert(new ConversationDocument { Id = key, Reference = referenceJson, TimeZone = timeZone, UpdatedAt = now.UtcDateTime }));
        _knownReferences[key] = signature;
    }

    public ConversationDocument? Conversation(string key) => Db.GetCollection<ConversationDocument>(Conversations).FindById(key);

    public void Add(SubscriptionDocument subscription) => _store.Write(db => db.GetCollection<SubscriptionDocument>(Subscriptions).Insert(subscription));

    public IReadOnlyList<SubscriptionDocument> ForConversation(string key) =>
        Db.GetCollection<SubscriptionDocument>(Subscriptions).Find(s => s.ConversationKey == key).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<SubscriptionDocument> All() => Db.GetCollection<SubscriptionDocument>(Subscriptions).FindAll().ToList();

    public IReadOnlyList<SubscriptionDocument> Active() => Db.GetCollection<SubscriptionDocument>(Subscriptions).Find(s => s.Active).ToList();

    public SubscriptionDocument? Get(string id) => Db.GetCollection<SubscriptionDocument>(Subscriptions).FindById(id);

    /// <summary>Active again from now on: the occurrences missed while it was stopped are not sent late.</summary>
    public void Reactivate(string id, DateTimeOffset now) => Change(id, s =>
    {
        s.Active = true;
        s.InactiveReason = null;
        if (s.LastOccurrence is not { } last || last < now.UtcDateTime) s.LastOccurrence = now.UtcDateTime;
    });

    /// <summary>A changed schedule or topics, in place. The new schedule starts from now: its occurrences before now are not sent late.</summary>
    public void Reschedule(string id, Subscription changed, DateTimeOffset now) => Change(id, s =>
    {
        var schedule = changed.Schedule;
        s.Frequency = schedule.Frequency.ToString();
        s.Days = schedule.Days.Select(d => d.ToString()).ToList();
        s.DayOfMonth = schedule.DayOfMonth;
        s.WeekOfMonth = schedule.WeekOfMonth;
        s.EveryWeeks = schedule.EveryWeeks;
        s.FirstWeek = schedule.FirstWeek is { } first ? first.ToDateTime(TimeOnly.MinValue) : null;
        s.LocalTime = schedule.LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        s.TimeZone = schedule.TimeZone;
        s.QuietDays = schedule.QuietDays.Select(d => d.ToString()).ToList();
        s.Topics = changed.Topics.Select(t => t.ToString()).ToList();
        s.WithinDays = changed.WithinDays;
        s.Plan = changed.Plan;
        if (s.LastOccurrence is not { } last || last < now.UtcDateTime) s.LastOccurrence = now.UtcDateTime;
    });

    public void Deactivate(string id, string reason) => Change(id, s =>
    {
        s.Active = false;
        s.InactiveReason = reason;
    });

    void Change(string id, Action<SubscriptionDocument> change)
    {
        lock (_gate)
        {
            _store.Write(db =>
            {
                var subscriptions = db.GetCollection<SubscriptionDocument>(Subscriptions);
                if (subscriptions.FindById(id) is not { } s) return;
                change(s);
                subscriptions.Update(s);
            });
        }
    }

    /// <summary>
    /// Claims an occurrence for sending; false when it is done or in hand in this process. A claim still
    /// open from an earlier process (killed between claiming and finishing) is taken over, so nothing is lost.
    /// </summary>
    public bool Claim(string subscriptionId, DateTimeOffset occurrence, DateTimeOffset now)
    {
        lock (_gate) return _store.Write(Db =>
        {
            var deliveries = Db.GetCollection<DeliveryDocument>(Deliveries);
            var id = DeliveryId(subscriptionId, occurrence);
            var existing = deliveries.FindById(id);
            if (existing is not null)
            {
                if (existing.State != "claimed" || existing.ClaimedBy == _instance) return false;
                existing.ClaimedBy = _instance;
                existing.ClaimedAt = now.UtcDateTime;
                deliveries.Update(existing);
                return true;
            }
            deliveries.Insert(new DeliveryDocument
            {
                Id = id, SubscriptionId = subscriptionId, Occurrence = occurrence.UtcDateTime, ClaimedAt = now.UtcDateTime, ClaimedBy = _instance,
            });
            return true;
        });
    }

    /// <summary>Records the outcome and moves the subscription past the occurrence, in one transaction.</summary>
    public void Complete(string subscriptionId, DateTimeOffset occurrence, string state, string? activityId, int items, string? error)
    {
        lock (_gate)
        {
            _store.Write(Db =>
            {
                var deliveries = Db.GetCollection<DeliveryDocument>(Deliveries);
                var d = deliveries.FindById(DeliveryId(subscriptionId, occurrence));
                if (d is not null)
                {
                    d.State = state;
                    d.ActivityId = activityId;
                    d.Items = items;
                    d.Error = error;
                    deliveries.Update(d);
                }
                var subscriptions = Db.GetCollection<SubscriptionDocument>(Subscriptions);
                if (subscriptions.FindById(subscriptionId) is { } s && (s.LastOccurrence is null || s.LastOccurrence < occurrence.UtcDateTime))
                {
                    s.LastOccurrence = occurrence.UtcDateTime;
                    subscriptions.Update(s);
                }
            });
        }
    }

    /// <summary>A send that failed for now: the claim is released so a later sweep tries again.</summary>
    public void Release(string subscriptionId, DateTimeOffset occurrence)
    {
        lock (_gate) _store.Write(db => db.GetCollection<DeliveryDocument>(Deliveries).Delete(DeliveryId(subscriptionId, occurrence)));
    }

    public IReadOnlyList<DeliveryDocument> DeliveriesOf(string subscriptionId) =>
        Db.GetCollection<DeliveryDocument>(Deliveries).Find(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.Occurrence).ToList();

    public DeliveryDocument? LatestSent(string subscriptionId) =>
        DeliveriesOf(subscriptionId).LastOrDefault(d => d.State == "sent" && d.ActivityId is not null);

    public IReadOnlyDictionary<string, ItemState> ItemStates(string subscriptionId) =>
        Db.GetCollection<ItemStateDocument>(States).Find(s => s.SubscriptionId == subscriptionId)
            .ToDictionary(s => s.Key, s => new ItemState(s.Key, s.SnoozedUntil is { } u ? DateOnly.Parse(u, System.Globalization.CultureInfo.InvariantCulture) : null, s.DoneSignature));

    public void SetItemState(string subscriptionId, string key, DateOnly? snoozedUntil, string? doneSignature)
    {
        lock (_gate)
        {
            _store.Write(db => db.GetCollection<ItemStateDocument>(States).Upsert(new ItemStateDocument
            {
                Id = $"{subscriptionId}|{key}", SubscriptionId = subscriptionId, Key = key,
                SnoozedUntil = snoozedUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DoneSignature = doneSignature,
            }));
        }
    }

    static string DeliveryId(string subscriptionId, DateTimeOffset occurrence) => $"{subscriptionId}|{occurrence.UtcDateTime:yyyyMMddTHHmmssZ}";

    public static Subscription ToSubscription(SubscriptionDocument d) => new(
        d.Id, d.ConversationKey, new Person(d.OwnerId, d.OwnerName),
        new Schedule(Enum.Parse<Frequency>(d.Frequency), d.Days.Select(Enum.Parse<DayOfWeek>).ToHashSet(), d.DayOfMonth,
            TimeOnly.Parse(d.LocalTime, System.Globalization.CultureInfo.InvariantCulture), d.TimeZone, d.QuietDays.Select(Enum.Parse<DayOfWeek>).ToHashSet(),
            d.WeekOfMonth, d.OnDate is { } on ? DateOnly.FromDateTime(on) : null, Math.Clamp(d.EveryWeeks, 1, Schedule.MaxEveryWeeks),
            d.FirstWeek is { } first ? DateOnly.FromDateTime(first) : null),
        d.Topics.Select(Enum.Parse<ReminderTopic>).ToHashSet(), d.WithinDays, d.Plan, d.OwnFollowUpsOnly,
        new DateTimeOffset(DateTime.SpecifyKind(d.CreatedAt, DateTimeKind.Utc)),
        d.LastOccurrence is { } l ? new DateTimeOffset(DateTime.SpecifyKind(l, DateTimeKind.Utc)) : null, d.Active, d.InactiveReason) { Note = d.Note };
}
