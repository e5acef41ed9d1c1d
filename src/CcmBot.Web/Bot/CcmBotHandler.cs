using System.Text.Json.Nodes;
using CcmBot.Core.Outreach;
using CcmBot.Web.Answers;
using CcmBot.Web.Cards;
using CcmBot.Web.Outreach;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CcmBot.Web.Bot;

/// <summary>
/// Routes a turn and nothing more: an outreach card submit or command goes to the outreach service,
/// anything else is a question for the answer service; the reply is text plus, where shown, a card.
/// </summary>
public sealed class CcmBotHandler(AnswerService answers, OutreachService outreach, Access.AccessCommands access, Reminders.ReminderService reminders,
    Records.DataService records, Storage.ReminderStore reminderStore, KnownQuestions knownQuestions, ConversationMemory conversations, TimeProvider clock) : ActivityHandler
{
    /// <summary>Every turn keeps the conversation's address current, so reminders reach it later.</summary>
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not null && !string.IsNullOrWhiteSpace(activity.ServiceUrl) && activity.DeliveryMode != DeliveryModes.ExpectReplies)
        {
            try
            {
                reminderStore.RememberConversation(ConversationKey(activity), Newtonsoft.Json.JsonConvert.SerializeObject(activity.GetConversationReference()), activity.LocalTimezone, clock.GetUtcNow());
            }
            catch (Exception ex) when (Storage.StoreFailure.Classify(ex) is not null)
            {
                // A full or read-only disk must not stop questions being answered; the address is kept next time.
            }
        }
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    static string ConversationKey(IActivity activity) => $"{activity.ChannelId}|{activity.Conversation.Id}";

    /// <summary>Channels that render Adaptive Cards get a one-line summary plus the card; others get the whole text.</summary>
    static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var user = Person(activity);
        var role = AccessMiddleware.RoleOf(turnContext);
        if (SubmittedValue(activity) is { } value)
        {
            if (value["action"] is JsonValue a && a.TryGetValue<string>(out var action) && action.StartsWith("outreach.", StringComparison.Ordinal))
            {
                await SendAsync(turnContext, outreach.Submit(value, user, role), cancellationToken);
                return;
            }
            if (value["action"] is JsonValue d && d.TryGetValue<string>(out var dataAction) && dataAction == "data.record")
            {
                await SendAsync(turnContext, records.Submit(value, user, role), cancellationToken);
                return;
            }
            if (value["action"] is JsonValue f && f.TryGetValue<string>(out var formAction) && formAction == "reminder.subscribe")
            {
                await SendAsync(turnContext, reminders.Subscribe(value, user, role, ConversationKey(activity)), cancellationToken);
                return;
            }
            if (value["action"] is JsonValue r && r.TryGetValue<string>(out var reminderAction) && reminderAction.StartsWith("reminder.", StringComparison.Ordinal))
            {
                var result = await reminders.ActAsync(value, user, role, cancellationToken);
                await SendAsync(turnContext, result with { Cards = [] }, cancellationToken);
                return;
            }
        }
        var text = QuestionText(activity);
        if (string.IsNullOrWhiteSpace(text))
        {
            await SendAsync(turnContext, answers.Help(), cancellationToken);
            return;
        }
        var sourceKey = $"{activity.ChannelId}:{activity.Conversation?.Id}:{activity.Id}";
        var known = knownQuestions.KeyFor(text);
        if (knownQuestions.IsKnown(known))
        {
            await SendAsync(turnContext, Answer(), cancellationToken);
            return;
        }
        var command = access.TryCommand(text, user, role)
                      ?? await reminders.TryCommandAsync(text, user, role, ConversationKey(activity), cancellationToken)
                      ?? records.TryCommand(text, user, role, sourceKey)
                      ?? outreach.TryCommand(text, user, role, sourceKey);
        if (command is null) knownQuestions.Remember(known);
        await SendAsync(turnContext, command ?? Answer(), cancellationToken);

        // "And Peru?" is read against the question this person asked last in this conversation.
        RenderedAnswer Answer()
        {
            var conversation = ConversationKey(activity);
            var (reply, asked) = answers.AskFollowingOn(text, conversations.Previous(conversation, user.Id), user, role);
            if (CcmBot.Core.Answers.FollowUpQuestions.CanBeFollowedOn(reply.Answer)) conversations.Remember(conversation, user.Id, asked);
            return reply;
        }
    }

    /// <summary>The SDK answers an invoke no handler knows with 501; to the caller it is a request CcmBot does not accept, a 400.</summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response.Status == (int)System.Net.HttpStatusCode.NotImplemented
            ? new InvokeResponse { Status = (int)System.Net.HttpStatusCode.BadRequest, Body = new { error = $"CcmBot does not handle the invoke \"{turnContext.Activity.Name}\"." } }
            : response;
    }

    /// <summary>Teams Universal Actions (Action.Execute): the card is answered in place with the result card.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue?.Action?.Data is { } raw ? JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(raw)) as JsonObject : null;
        var action = data?["action"] is JsonValue a && a.TryGetValue<string>(out var name) ? name : "";
        var person = Person(turnContext.Activity);
        var role = AccessMiddleware.RoleOf(turnContext);
        var result = action.StartsWith("outreach.", StringComparison.Ordinal) ? outreach.Submit(data!, person, role)
            : action.StartsWith("reminder.", StringComparison.Ordinal) ? await reminders.ActAsync(data!, person, role, cancellationToken)
            : action == "data.record" ? records.Submit(data!, person, role)
            : RenderedAnswer.Plain("That card action is not one CcmBot knows; nothing was changed.");
        // A card is answered in place by one card; the results of card actions (a contact, a reminder, a fact) are small.
        var card = result.Cards.Count > 0 ? result.Cards[0] : new AdaptiveCard([new TextBlock(result.Answer.Text)]).ToJsonString();
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCard.ContentType, Value = JObject.Parse(card) };
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
            await SendAsync(turnContext, answers.Help(), cancellationToken);
    }

    static Person Person(IActivity activity)
    {
        var id = AccessMiddleware.IdOf(activity);
        return new Person(id, string.IsNullOrWhiteSpace(activity.From?.Name) ? id : activity.From.Name);
    }

    /// <summary>What a card's Action.Submit sent, as JSON; null when the message carries no object value.</summary>
    static JsonObject? SubmittedValue(IMessageActivity activity) =>
        activity.Value is JObject value ? JsonNode.Parse(value.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject : null;

    /// <summary>Typed text, minus a Teams @mention; or the question a card button carries.</summary>
    static string QuestionText(IMessageActivity activity)
    {
        // The SDK's mention removal throws on a mention without text or target; a channel could send one.
        if (activity is Activity full && activity.Entities?.Count > 0 && full.GetMentions().All(m => m.Mentioned?.Id is not null && m.Text is not null))
            full.RemoveRecipientMention();
        // "Good morning, log a letter to Togo …": commands read what follows the greeting, as questions do.
        var text = activity.Text?.Trim();
        if (!string.IsNullOrEmpty(text)) return CcmBot.Core.Text.Greetings.WithoutLeading(text);
        return activity.Value is JObject value && value["question"] is JValue { Type: JTokenType.String } asked ? ((string)asked!).Trim() : "";
    }

    static async Task SendAsync(ITurnContext turnContext, RenderedAnswer reply, CancellationToken cancellationToken)
    {
        var wantsCard = reply.Cards.Count > 0 && CardChannels.Contains(turnContext.Activity.ChannelId ?? "");
        // Above a card, its first line only, and none when the card reads that line itself.
        var text = !wantsCard ? reply.Answer.Text : reply.CardShowsLead ? null : reply.Lead;
        var message = MessageFactory.Text(text);
        // Notifications and channels without cards read the summary, never "Sent a card".
        message.Summary = Shortened(reply.Lead);
        if (!wantsCard)
        {
            await turnContext.SendActivityAsync(message, cancellationToken);
            return;
        }
        // Raw JSON: written into the outgoing activity as it is, not parsed and serialised again.
        message.Attachments = [CardAttachment(reply.Cards[0])];
        // A card too large for one message comes in parts, one message each, in order.
        var parts = reply.Cards.Skip(1).Select((card, i) =>
        {
            var part = MessageFactory.Attachment(CardAttachment(card));
            part.Summary = $"{message.Summary} (part {i + 2} of {reply.Cards.Count})";
            return (IActivity)part;
        });
        await turnContext.SendActivitiesAsync([message, .. parts], cancellationToken);
    }

    static Attachment CardAttachment(string cardJson) => new(AdaptiveCard.ContentType, content: new JRaw(cardJson));

    /// <summary>A notification preview shows a line or two; a 2,000-character summary would only weigh on every message.</summary>
    const int SummaryLength = 300;

    static string Shortened(string text)
    {
        if (text.Length <= SummaryLength) return text;
        var cut = text.LastIndexOf(' ', SummaryLength - 1);
        return text[..(cut > SummaryLength / 2 ? cut : SummaryLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
