using CcmBot.Core.Treaties;

namespace CcmBot.Web.Storage;

/// <summary>Keeps the Core snapshot in memory and rebuilds it only when the store has changed.</summary>
public sealed class TreatyDataCache(CcmStore store, ILogger<TreatyDataCache> logger)
{
    readonly Lock _gate = new();
    (long Version, TreatyData Data)? _current;

    public TreatyData Current
    {
        get
        {
            var snapshot = _current;
            if (snapshot is { } s && s.Version == store.Version) return s.Data;
            lock (_gate)
            {
                if (_current is { } again && again.Version == store.Version) return again.Data;
                var version = store.Version;
                var (data, problems) = TreatyDataLoader.Load(store);
                foreach (var problem in problems) logger.LogWarning("Store row not used: {Problem}", problem);
                _current = (version, data);
                return data;
            }
        }
    }
}
