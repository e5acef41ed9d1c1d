using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CcmBot.Web.Bot;

/// <summary>The SDK's CloudAdapter, with one place that logs a failed turn and tells the user politely.</summary>
public sealed class CcmBotAdapter : CloudAdapter
{
    public const string TurnFailedMessage =
        "Sorry, something went wrong on my side while answering that. Nothing you had recorded was lost; please try again in a moment.";

    public CcmBotAdapter(BotFrameworkAuthentication authentication, AccessMiddleware access, ILogger<CcmBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(access);
        OnTurnError = async (turnContext, exception) =>
        {
            var storeFailure = Storage.StoreFailure.Classify(exception);
            if (storeFailure is { } kind)
                logger.LogError(exception, "Could not write the store ({Failure}) for activity {ActivityId} in conversation {ConversationId}; nothing from it was saved",
                    kind, turnContext.Activity?.Id, turnContext.Activity?.Conversation?.Id);
            else
                logger.LogError(exception, "Turn failed for activity {ActivityId} ({ActivityType}) in conversation {ConversationId}",
                    turnContext.Activity?.Id, turnContext.Activity?.Type, turnContext.Activity?.Conversation?.Id);
            try
            {
                await turnContext.SendActivityAsync(storeFailure is { } k ? Storage.StoreFailure.Message(k) : TurnFailedMessage);
            }
            catch (Exception sendFailure)
            {
                logger.LogError(sendFailure, "Could not tell the user that the turn failed");
            }
        };
    }

    /// <summary>
    /// One activity that did not arrive over HTTP (the command line), through the same authentication,
    /// middleware and bot as /api/messages. Without an app id the SDK accepts it as local.
    /// </summary>
    public Task<InvokeResponse> ProcessLocalActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);
}
