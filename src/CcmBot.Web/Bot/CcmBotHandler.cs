using CcmBot.Web.Answers;
using CcmBot.Web.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CcmBot.Web.Bot;

/// <summary>Routes a turn and nothing more: read the question, ask the answer service, send text and card.</summary>
public sealed class CcmBotHandler(AnswerService answers) : ActivityHandler
{
    /// <summary>Channels that render Adaptive Cards get a one-line summary plus the card; others get the whole text.</summary>
    static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = QuestionText(turnContext.Activity);
        if (string.IsNullOrWhiteSpace(question))
        {
            await SendAsync(turnContext, answers.Help(), cancellationToken);
            return;
        }
        await SendAsync(turnContext, answers.Ask(question), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
            await SendAsync(turnContext, answers.Help(), cancellationToken);
    }

    /// <summary>Typed text, minus a Teams @mention; or the question a card button carries.</summary>
    static string QuestionText(IMessageActivity activity)
    {
        if (activity is Activity full && activity.Entities?.Count > 0) full.RemoveRecipientMention();
        var text = activity.Text?.Trim();
        if (!string.IsNullOrEmpty(text)) return text;
        return activity.Value is JObject value && value.Value<string>("question") is { } asked ? asked.Trim() : "";
    }

    static async Task SendAsync(ITurnContext turnContext, RenderedAnswer reply, CancellationToken cancellationToken)
    {
        var wantsCard = reply.CardJson is not null && CardChannels.Contains(turnContext.Activity.ChannelId ?? "");
        var text = wantsCard ? FirstLine(reply.Answer.Text) : reply.Answer.Text;
        var message = MessageFactory.Text(text);
        // Notifications and channels without cards read the summary, never "Sent a card".
        message.Summary = FirstLine(reply.Answer.Text);
        if (wantsCard)
        {
            // Raw JSON: written into the outgoing activity as it is, not parsed and serialised again.
            message.Attachments = [new Attachment(AdaptiveCard.ContentType, content: new JRaw(reply.CardJson))];
        }
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}
