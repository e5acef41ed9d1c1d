using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using CcmBot.Core.Access;
using CcmBot.Web.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CcmBot.Web.Bot;

/// <summary>
/// Checked before any turn logic: the channel and tenant are allowed, the message is within the
/// limits, the sender is not flooding; then the sender's role is put on the turn for the handlers.
/// </summary>
public sealed class AccessMiddleware(IOptions<AccessOptions> options, RoleStore roles, ILogger<AccessMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public const string RoleKey = "ccmbot.role";
    readonly AccessOptions _options = options.Value;
    readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _perUser = new(StringComparer.Ordinal);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (_options.AllowedChannels.Count > 0 && !_options.AllowedChannels.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            logger.LogWarning("Refused a turn from channel {Channel}: not in Access:AllowedChannels", activity.ChannelId);
            await Refuse(turnContext, $"CcmBot is not enabled on this channel ({activity.ChannelId}).", cancellationToken);
            return;
        }
        var tenant = TenantOf(activity);
        if (_options.AllowedTenants.Count > 0 && (tenant is null || !_options.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            logger.LogWarning("Refused a turn from tenant {Tenant}: not in Access:AllowedTenants", tenant ?? "(none)");
            await Refuse(turnContext, "CcmBot is not available to your organisation; it serves the Convention's coordinators and the ISU.", cancellationToken);
            return;
        }
        if (activity.Type == ActivityTypes.Message)
        {
            if ((activity.Text?.Length ?? 0) > _options.MaxTextLength)
            {
                await Refuse(turnContext, $"That message is {activity.Text!.Length} characters; CcmBot reads up to {_options.MaxTextLength}. Please shorten it.", cancellationToken);
                return;
            }
            if ((activity.Attachments?.Count ?? 0) > _options.MaxAttachments)
            {
                await Refuse(turnContext, $"That message has {activity.Attachments!.Count} attachments; CcmBot accepts up to {_options.MaxAttachments}.", cancellationToken);
                return;
            }
            var user = activity.From?.Id ?? "unknown";
            var limiter = _perUser.GetOrAdd(user, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, _options.MessagesPerMinute / 4), TokensPerPeriod = Math.Max(1, _options.MessagesPerMinute / 4),
                ReplenishmentPeriod = TimeSpan.FromSeconds(15), QueueLimit = 0, AutoReplenishment = true,
            }));
            using var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                await Refuse(turnContext, "You are sending messages faster than I can answer them; please wait a few seconds and try again.", cancellationToken);
                return;
            }
        }
        turnContext.TurnState[RoleKey] = roles.RoleOf(IdOf(activity));
        await next(cancellationToken);
    }

    public static Role RoleOf(ITurnContext turnContext) => turnContext.TurnState.Get<object>(RoleKey) is Role role ? role : Role.Reader;

    /// <summary>The id roles are kept under: the Entra object id in Teams, else the channel's user id.</summary>
    public static string IdOf(IActivity activity) =>
        !string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? activity.From.AadObjectId : activity.From?.Id ?? "unknown";

    static string? TenantOf(IActivity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId)) return activity.Conversation.TenantId;
        return activity.ChannelData is Newtonsoft.Json.Linq.JObject data ? data.SelectToken("tenant.id")?.ToString() : null;
    }

    static Task Refuse(ITurnContext turnContext, string message, CancellationToken cancellationToken) =>
        turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            ? turnContext.SendActivityAsync(MessageFactory.Text(message), cancellationToken)
            : Task.CompletedTask;
}
