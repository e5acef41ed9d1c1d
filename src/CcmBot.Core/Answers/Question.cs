using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

public enum Intent { Help, MembershipCount, StateProfile, NotUnderstood }

/// <summary>A question as the parser understood it: what is asked, about whom, for which date.</summary>
public sealed record Question(
    Intent Intent,
    string Text,
    DateOnly? AsOf,
    string? AsOfText,
    DateWindow? Window,
    IReadOnlyList<StateInfo> States,
    IReadOnlyList<StateMatch> UncertainStates,
    string? UnresolvedName = null);

/// <summary>
/// Turns what a coordinator typed into a <see cref="Question"/>. Deterministic rules today; a
/// language model could sit behind the same interface without the answer engine changing.
/// </summary>
public interface IQuestionParser
{
    Question Parse(string text, DateOnly today, StateResolver states);
}
