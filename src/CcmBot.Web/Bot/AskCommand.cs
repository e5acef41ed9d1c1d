using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CcmBot.Web.Bot;

/// <summary>
/// "ask" on the command line: one message through the same adapter and bot as /api/messages,
/// with the replies returned in the response (expectReplies) instead of posted to a channel.
/// </summary>
public static class AskCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string question, TextWriter output, CancellationToken cancellationToken)
    {
        var adapter = services.GetRequiredService<CcmBotAdapter>();
        var bot = services.GetRequiredService<IBot>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = question,
            ChannelId = "cli",
            ServiceUrl = "http://localhost/cli",
            From = new ChannelAccount("cli-user", "Command line"),
            Recipient = new ChannelAccount("ccmbot", "CcmBot"),
            Conversation = new ConversationAccount(id: "cli"),
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = "en",
            Timestamp = DateTimeOffset.UtcNow,
        };
        var response = await adapter.ProcessLocalActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
        if (response?.Body is not ExpectedReplies replies)
        {
            await output.WriteLineAsync("CcmBot gave no answer.");
            return 1;
        }
        foreach (var reply in replies.Activities.Where(a => a.Type == ActivityTypes.Message))
            await output.WriteLineAsync(reply.Text);
        return 0;
    }
}
