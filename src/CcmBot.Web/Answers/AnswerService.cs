using CcmBot.Core.Answers;
using CcmBot.Web.Cards;
using CcmBot.Web.Storage;

namespace CcmBot.Web.Answers;

/// <summary>Today's date and the current data, handed to the pure answer engine.</summary>
public sealed class AnswerService(TreatyDataCache data, AnswerEngine engine, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public (Answer Answer, AdaptiveCard? Card) Ask(string question)
    {
        var answer = engine.Answer(question, data.Current, Today);
        return (answer, AnswerCards.Create(answer));
    }

    public (Answer Answer, AdaptiveCard? Card) Help()
    {
        var answer = AnswerEngine.Help();
        return (answer, AnswerCards.Create(answer));
    }
}
