using System.Text.RegularExpressions;
using CcmBot.Core.Access;
using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Text;
using CcmBot.Web.Answers;
using CcmBot.Web.Storage;

namespace CcmBot.Web.Access;

/// <summary>"my role", "roles", "make 29:1abc coordinator": roles in chat, changed by admins only.</summary>
public sealed partial class AccessCommands(RoleStore roles, TimeProvider clock)
{
    static readonly Regex MyRole = new(@"^\s*(my role|what is my role|whats my role|who am i|whoami|my id)\s*\??\s*$", RegexOptions.IgnoreCase, Patterns.Timeout);
    static readonly Regex ListRoles = new(@"^\s*(roles|list roles|show roles|who are the (admins|administrators)|(list|show) (the )?((bot|ccmbot) (admins|coordinators|readers|users)|admins|readers|users))\s*\??\s*$", RegexOptions.IgnoreCase, Patterns.Timeout);
    static readonly Regex Explain = new(@"^\s*(?:what\s+can\s+(?:a|an|the)?\s*(?:readers?|coordinators?|admins?|administrators?|isu)\s+do|who\s+(?:can|may|is\s+allowed\s+to)\s+(?:log|record|edit|change|correct|import|export|back\s*up|manage|delete|revert|set|add|give|grant)\b.*|what\s+(?:are\s+the\s+)?(?:roles|permissions)(?:\s+(?:mean|are\s+there|exist))?|(?:explain|describe)\s+(?:the\s+)?(?:roles|permissions)|permissions|what\s+(?:can|may)\s+i\s+do(?:\s+here)?|what\s+am\s+i\s+allowed\s+to\s+do)\s*\??\s*$", RegexOptions.IgnoreCase, Patterns.Timeout);
    static readonly Regex Grant = new(@"^\s*(?:make|set|give|grant)\s+(?:role\s+of\s+)?(?<id>[^\s]{1,200})\s+(?:to\s+|an?\s+|the\s+)?(?<role>admin|administrator|isu|coordinator|reader)(?:\s+role)?\s*[.!]?\s*$", RegexOptions.IgnoreCase, Patterns.Timeout);
    /// <summary>"make coord2 an editor": a role CcmBot does not have, answered with those it has.</summary>
    static readonly Regex GrantOther = new(@"^\s*(?:make|set|give|grant)\s+(?<id>[^\s]{1,200})\s+(?:to\s+|an?\s+|the\s+)?(?<role>editor|contributor|member|viewer|read-?only|user|owner|manager|moderator|superuser|super-?admin|writer|author|guest)(?:\s+role|\s+rights|\s+access)?\s*[.!]?\s*$", RegexOptions.IgnoreCase, Patterns.Timeout);

    public RenderedAnswer? TryCommand(string text, Person user, Role role)
    {
        if (MyRole.IsMatch(text))
            return RenderedAnswer.Plain($"You are {user.Name} (id {user.Id}); your role is {AccessPolicy.Label(role)}.");
        if (Explain.IsMatch(text)) return RenderedAnswer.Plain(AccessPolicy.Explain(role));
        if (ListRoles.IsMatch(text))
        {
            if (!AccessPolicy.Allows(role, Permission.ManageRoles)) return RenderedAnswer.Plain(AccessPolicy.Refusal(role, Permission.ManageRoles));
            var all = roles.All();
            var others = roles.LocalEveryoneAdmin
                ? "an admin (a local run without an app id and with no admins or coordinators in settings: whoever can reach the bot runs it)"
                : "a reader";
            return RenderedAnswer.Plain(all.Count == 0 ? $"No roles are recorded; everyone is {others}." :
                "Roles:" + Environment.NewLine + string.Join(Environment.NewLine, all.Select(r => $"- {r.Id}: {r.Role.ToLowerInvariant()} (set by {r.GrantedBy}, {r.GrantedAt:yyyy-MM-dd})"))
                + Environment.NewLine + $"Anyone else is {others}.");
        }
        if (Grant.Match(text) is { Success: true } grant)
        {
            if (!AccessPolicy.Allows(role, Permission.ManageRoles)) return RenderedAnswer.Plain(AccessPolicy.Refusal(role, Permission.ManageRoles));
            AccessPolicy.TryParse(grant.Groups["role"].Value, out var newRole);
            var id = grant.Groups["id"].Value;
            // "make me coordinator" is the asker; "make him admin" names nobody, and must not give a role to a user called "him".
            if (id.ToLowerInvariant() is "me" or "myself") id = user.Id;
            else if (id.ToLowerInvariant() is "him" or "her" or "them" or "it" or "this" or "that" or "everyone" or "everybody" or "all" or "anyone" or "anybody" or "someone" or "somebody" or "us" or "you")
                return RenderedAnswer.Plain($"\"{id}\" names no one in particular, so no role was changed. Use the person's id: they can see it with \"my role\" (e.g. \"make 29:1abc coordinator\").");
            // An admin who demoted themselves could leave no one able to manage roles.
            if (string.Equals(id, user.Id, StringComparison.OrdinalIgnoreCase) && newRole != Role.Admin)
                return RenderedAnswer.Plain("You cannot take the admin role from yourself (no one might be left to manage roles); another admin can. No role was changed.");
            roles.Set(id, newRole, user.Id, clock.GetUtcNow());
            return RenderedAnswer.Plain($"{id} is now {AccessPolicy.Label(newRole)} (set by {user.Name}).");
        }
        if (GrantOther.Match(text) is { Success: true } other)
            return RenderedAnswer.Plain($"CcmBot has no \"{other.Groups["role"].Value.ToLowerInvariant()}\" role, so no role was changed. Its roles are reader (asks questions), " +
                $"coordinator (also logs outreach, manages reminders, records data) and admin (also manages roles), e.g. \"make {other.Groups["id"].Value} coordinator\".");
        return null;
    }

}
