using CcmBot.Core.Text;

namespace CcmBot.Core.Tests.Text;

public sealed class DomainSpellingTests
{
    static string Correct(string text) => DomainSpelling.Correct(text, word => word is "lesotho" or "mauritania");

    [Theory]
    [InlineData("overdu initial reprots", "overdue initial reports")]
    [InlineData("who has overdeu reports", "who has overdue reports")]
    [InlineData("signatoires not ratified", "signatories not ratified")]
    [InlineData("stockpile destrcution deadlines", "stockpile destruction deadlines")]
    [InlineData("milestnoes due next month", "milestones due next month")]
    [InlineData("legislaiton in process", "legislation in process")]
    [InlineData("signatorys", "signatories")]
    [InlineData("which signatorys ratified?", "which signatories ratified?")]
    public void One_slip_in_a_key_word_is_put_right(string typed, string read) => Assert.Equal(read, Correct(typed));

    [Theory]
    [InlineData("wat is due nxt month", "what is due next month")]
    [InlineData("list sp in asia", "list States Parties in asia")]
    [InlineData("tell me abt Laos pls", "tell me about Laos please")]
    [InlineData("reports due b4 end of yr", "reports due before end of year")]
    [InlineData("Article 4 deadlines befor 2027", "Article 4 deadlines before 2027")]
    [InlineData("wich anual reports were recieved sicne 2020", "which annual reports were received since 2020")]
    [InlineData("has the U.S. signed?", "has the U.S. signed?")]   // letters of an abbreviation are not shorthand
    [InlineData("the spring meeting", "the spring meeting")]          // nor part of a longer word
    public void Chat_shorthand_is_written_out(string typed, string read) => Assert.Equal(read, Correct(typed));

    [Theory]
    [InlineData("who remained overdue?")]               // "retained" is a key word's neighbour, not this word
    [InlineData("we met the Kenyan mission")]
    [InlineData("the date stated in the report")]
    [InlineData("measured progress since the 2RC")]
    [InlineData("who coordinated victim assistance?")]
    [InlineData("which States withdrawn?")]
    [InlineData("what démarches were made?")]
    [InlineData("the resident coordinator")]
    [InlineData("tell me about Lesotho")]
    [InlineData("who has stockpiled munitions")]
    [InlineData("remind me on Monday about my follow-ups")]
    public void Words_that_are_right_are_left_as_typed(string text) => Assert.Equal(text, Correct(text));
}
