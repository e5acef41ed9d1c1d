using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CcmBot.Web.Cards;
using CcmBot.Web.Reminders;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Polly;
using Polly.Retry;

namespace CcmBot.Web.Bot;

/// <summary>
/// Proactive sends through the SDK, rebuilt from the stored conversation reference. Keeps to Teams'
/// limits (7 messages a second per conversation, 50 per bot), backs off with jitter on 429, 412, 502,
/// 503 and 504 and honours Retry-After; 403 and 404 mean the conversation is gone, never retried.
/// </summary>
public sealed class ProactiveSender(CcmBotAdapter adapter, IConfiguration configuration, ILogger<ProactiveSender> logger) : IReminderSender, IDisposable
{
    static readonly HashSet<HttpStatusCode> Transient =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    readonly TokenBucketRateLimiter _perBot = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 50, TokensPerPeriod = 50, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 100_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst, AutoReplenishment = true,
    });
    readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _perConversation = new(StringComparer.Ordinal);

    readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder()
                .Handle<Microsoft.Bot.Schema.ErrorResponseException>(e => e.Response is { } r && Transient.Contains(r.StatusCode))
                .Handle<HttpRequestException>(),
            MaxRetryAttempts = 4,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(30),
            DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Exception)),
        })
        .Build();

    public Task<SendResult> SendAsync(string referenceJson, string text, string? cardJson, string deliveryId, CancellationToken cancellationToken) =>
        RunAsync(referenceJson, async (turn, ct) =>
        {
            var message = Message(text, cardJson);
            message.ChannelData = new JObject { ["ccmbotDeliveryId"] = deliveryId };
            var response = await turn.SendActivityAsync(message, ct);
            return response?.Id;
        }, cancellationToken);

    public Task<SendResult> UpdateAsync(string referenceJson, string activityId, string text, string? cardJson, CancellationToken cancellationToken) =>
        RunAsync(referenceJson, async (turn, ct) =>
        {
            var activity = Message(text, cardJson);
            activity.Id = activityId;
            await turn.UpdateActivityAsync(activity, ct);
            return activityId;
        }, cancellationToken);

    async Task<SendResult> RunAsync(string referenceJson, Func<ITurnContext, CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(referenceJson);
        if (reference?.Conversation?.Id is null || string.IsNullOrWhiteSpace(reference.ServiceUrl))
            return new SendResult(SendOutcome.Gone, Reason: "the stored conversation address is incomplete");
        var conversationLimit = _perConversation.GetOrAdd(reference.Conversation.Id, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 7, TokensPerPeriod = 7, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst, AutoReplenishment = true,
        }));
        try
        {
            string? id = null;
            await _retry.ExecuteAsync(async ct =>
            {
                using var conversationLease = await conversationLimit.AcquireAsync(1, ct);
                using var botLease = await _perBot.AcquireAsync(1, ct);
                // A failure inside the callback would reach the adapter's OnTurnError, which apologises into the
                // conversation and swallows it: catch it here and rethrow it outside, where retries are decided.
                Exception? failure = null;
                await ContinueAsync(reference, async (turn, innerCt) =>
                {
                    try
                    {
                        id = await send(turn, innerCt);
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                    }
                }, ct);
                if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }, cancellationToken);
            return new SendResult(SendOutcome.Sent, id);
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException ex) when (ex.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            var reason = ex.Response.StatusCode == HttpStatusCode.Forbidden
                ? "the channel refused the message (403: the bot was removed or blocked)"
                : "the conversation no longer exists (404)";
            logger.LogWarning("Proactive send to {Conversation} failed for good: {Reason}", reference.Conversation.Id, reason);
            return new SendResult(SendOutcome.Gone, Reason: reason);
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException ex)
        {
            return new SendResult(SendOutcome.Failed, Reason: $"the channel answered {(int?)ex.Response?.StatusCode}");
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(SendOutcome.Failed, Reason: $"the channel could not be reached ({ex.Message})");
        }
    }

    /// <summary>With an app id the SDK signs in as the bot; without one (local runs) the claims-identity overload is the way.</summary>
    Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var appId = configuration["MicrosoftAppId"];
        if (!string.IsNullOrWhiteSpace(appId)) return adapter.ContinueConversationAsync(appId, reference, callback, cancellationToken);
        var identity = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, ""), new Claim(AuthenticationConstants.AppIdClaim, "")], "local");
        return adapter.ContinueConversationAsync(identity, reference, callback, cancellationToken);
    }

    static TimeSpan? RetryAfter(Exception? exception)
    {
        if (exception is not Microsoft.Bot.Schema.ErrorResponseException { Response: { } response } || !response.Headers.TryGetValue("Retry-After", out var values)) return null;
        var value = values.FirstOrDefault();
        if (int.TryParse(value, out var seconds)) return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 300));
        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            return TimeSpan.FromSeconds(Math.Clamp((at - DateTimeOffset.UtcNow).TotalSeconds, 0, 300));
        return null;
    }

    static Activity Message(string text, string? cardJson)
    {
        var firstLine = text.Split('\n')[0].TrimEnd('\r');
        var activity = MessageFactory.Text(firstLine);
        activity.Summary = firstLine;
        if (cardJson is not null) activity.Attachments = [new Attachment(AdaptiveCard.ContentType, content: new JRaw(cardJson))];
        else activity.Text = text;
        return activity;
    }

    public void Dispose()
    {
        _perBot.Dispose();
        foreach (var limiter in _perConversation.Values) limiter.Dispose();
    }
}
