using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CcmBot.Web.Bot;

/// <summary>
/// The baseline for the benchmark: the same adapter and pipeline, a reply with no work behind it.
/// Mapped at /api/echo only when the setting Benchmark:EchoEndpoint is true.
/// </summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text ?? ""), cancellationToken);
}
