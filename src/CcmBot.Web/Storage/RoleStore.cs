using CcmBot.Core.Access;
using LiteDB;

namespace CcmBot.Web.Storage;

public sealed class AccessOptions
{
    public const string Section = "Access";
    /// <summary>Channel user ids bootstrapped as admins (ISU).</summary>
    public List<string> Admins { get; set; } = [];
    public List<string> Coordinators { get; set; } = [];
    /// <summary>Empty: any tenant. Otherwise only these Teams / Entra tenant ids.</summary>
    public List<string> AllowedTenants { get; set; } = [];
    /// <summary>Empty: any channel. Otherwise only these channel ids (msteams, slack, webchat, directline, emulator...).</summary>
    public List<string> AllowedChannels { get; set; } = [];
    /// <summary>Without an app id requests are not authenticated: the host listens on loopback only unless this says otherwise.</summary>
    public bool AllowRemoteWithoutAuthentication { get; set; }
    public int MaxTextLength { get; set; } = 4000;
    public int MaxAttachments { get; set; } = 5;
    public int MessagesPerMinute { get; set; } = 60;
    public long MaxRequestBytes { get; set; } = 256 * 1024;
}

public sealed class RoleDocument
{
    public string Id { get; set; } = "";
    public string Role { get; set; } = "";
    public string GrantedBy { get; set; } = "";
    public DateTime GrantedAt { get; set; }
}

/// <summary>
/// Roles kept in the store. Settings seed them the first time an id is seen in Access:Admins or
/// Access:Coordinators; after that admins manage them in chat. Every change is kept as an audit line.
/// </summary>
public sealed class RoleStore
{
    const string Roles = "roles";
    const string Changes = "role_changes";
    readonly CcmStore _store;
    readonly AccessOptions _options;
    readonly bool _localMode;

    public RoleStore(CcmStore store, Microsoft.Extensions.Options.IOptions<AccessOptions> options, IConfiguration configuration, TimeProvider clock)
    {
        _store = store;
        _options = options.Value;
        _localMode = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        if (store.IsReadOnly) return; // roles from settings are added once the file can be written
        var roles = _store.Database.GetCollection<RoleDocument>(Roles);
        foreach (var (ids, role) in new[] { (_options.Admins, Role.Admin), (_options.Coordinators, Role.Coordinator) })
            foreach (var id in ids.Where(i => !string.IsNullOrWhiteSpace(i)))
                if (roles.FindById(id) is null)
                    roles.Insert(new RoleDocument { Id = id, Role = role.ToString(), GrantedBy = "settings", GrantedAt = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>
    /// Local runs without an app id treat everyone as admin (one person on a laptop), unless settings
    /// name admins or coordinators; otherwise an unknown user is a reader.
    /// </summary>
    public Role RoleOf(string userId) => Known().TryGetValue(userId, out var role) ? role : DefaultRole;

    /// <summary>The role of anyone with no role recorded.</summary>
    public Role DefaultRole => LocalEveryoneAdmin ? Role.Admin : Role.Reader;

    /// <summary>A local run without an app id and with no admins or coordinators in settings.</summary>
    public bool LocalEveryoneAdmin => _localMode && _options.Admins.Count == 0 && _options.Coordinators.Count == 0;

    // Every message asks for its sender's role: the few roles are kept in memory and read again after a change.
    long _version;
    RolesAt? _roles;
    sealed record RolesAt(long Version, IReadOnlyDictionary<string, Role> Roles);

    IReadOnlyDictionary<string, Role> Known()
    {
        var version = Interlocked.Read(ref _version);
        if (Volatile.Read(ref _roles) is { } known && known.Version == version) return known.Roles;
        // Ids compare as LiteDB compares them (ignoring case); a read racing a change is replaced on the next call.
        var roles = new Dictionary<string, Role>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in _store.Database.GetCollection<RoleDocument>(Roles).FindAll())
            if (Enum.TryParse<Role>(doc.Role, out var role)) roles[doc.Id] = role;
        Volatile.Write(ref _roles, new RolesAt(version, roles));
        return roles;
    }

    public IReadOnlyList<RoleDocument> All() => _store.Database.GetCollection<RoleDocument>(Roles).FindAll().OrderBy(r => r.Role).ThenBy(r => r.Id).ToList();

    public void Set(string userId, Role role, string grantedBy, DateTimeOffset now)
    {
        try
        {
            Write(userId, role, grantedBy, now);
        }
        finally
        {
            Interlocked.Increment(ref _version);
        }
    }

    void Write(string userId, Role role, string grantedBy, DateTimeOffset now)
    {
        _store.Write(db =>
        {
            var roles = db.GetCollection<RoleDocument>(Roles);
            var old = roles.FindById(userId)?.Role;
            roles.Upsert(new RoleDocument { Id = userId, Role = role.ToString(), GrantedBy = grantedBy, GrantedAt = now.UtcDateTime });
            db.GetCollection(Changes).Insert(new BsonDocument
            {
                ["_id"] = ObjectId.NewObjectId(), ["user"] = userId, ["old"] = old ?? "", ["new"] = role.ToString(), ["by"] = grantedBy, ["at"] = now.UtcDateTime,
            });
        });
    }
}
