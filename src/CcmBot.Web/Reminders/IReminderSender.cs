namespace CcmBot.Web.Reminders;

public enum SendOutcome { Sent, Gone, Failed }

/// <summary>What became of a proactive send: the activity id it got, or why not.</summary>
public sealed record SendResult(SendOutcome Outcome, string? ActivityId = null, string? Reason = null);

/// <summary>
/// Posts into a conversation the bot is not currently talking in (digests, follow-up cards), and
/// updates a card it posted. The Bot Framework implementation lives in Bot/, with the SDK.
/// </summary>
public interface IReminderSender
{
    /// <param name="deliveryId">Names this send; a channel that sees it twice (a retry after a crash) can drop the second.</param>
    Task<SendResult> SendAsync(string referenceJson, string text, string? cardJson, string deliveryId, CancellationToken cancellationToken);
    Task<SendResult> UpdateAsync(string referenceJson, string activityId, string text, string? cardJson, CancellationToken cancellationToken);
}
