using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public sealed class DownloadsTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"), A.Signatory("COD", "Democratic Republic of the Congo"), A.Signatory("AGO", "Angola")],
        aliases: [new("COD", "DRC")]);

    static readonly (string, string) Links = ("https://bot/exports/t.csv", "https://bot/exports/t.xlsx");

    static Answer Asked(string question)
    {
        var engine = new AnswerEngine();
        var read = engine.Read(question, Data, Today);
        var answer = engine.Answer(read, question, Data, Today, CcmBot.Core.Outreach.OutreachLog.Empty);
        return read.ExportAsked ? ListAnswers.WithDownloads(answer, _ => Links) : answer;
    }

    [Theory]
    [InlineData("export the signatories to Excel", true)]
    [InlineData("download the list of signatories as CSV", true)]
    [InlineData("signatories in a spreadsheet", true)]
    [InlineData("which signatories have not ratified?", false)]
    [InlineData("who has exported cluster munitions?", false)]
    public void Export_words_ask_for_the_list_as_files(string question, bool asked) =>
        Assert.Equal(asked, new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).ExportAsked);

    [Fact]
    public void A_list_asked_for_as_a_file_carries_its_links_and_says_what_they_hold()
    {
        var answer = Asked("export the signatories to Excel");
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        Assert.Equal("Download: CSV https://bot/exports/t.csv ; Excel https://bot/exports/t.xlsx (links valid for 24 hours; the files hold the list as answered, as of 25 Nov 2026).", model.Notes[^1]);
        Assert.Contains("Note: " + model.Notes[^1], answer.Text);
        // The list itself is the one asked without the export words.
        var plain = Assert.IsType<ListAnswerModel>(new AnswerEngine().Answer("signatories", Data, Today).Model);
        Assert.Equal(plain.Groups.SelectMany(g => g.Rows), model.Groups.SelectMany(g => g.Rows));
    }

    [Fact]
    public void An_answer_with_nothing_to_download_says_so_and_links_are_not_made()
    {
        var made = 0;
        (string, string) Count(ListAnswerModel _) { made++; return Links; }
        var profile = ListAnswers.WithDownloads(new AnswerEngine().Answer("export Norway's profile", Data, Today), Count);
        Assert.EndsWith("This answer is not a list, so there is no file to download; lists can be (\"export the overdue reports to Excel\", \"download the signatories as CSV\").", profile.Text);
        Assert.Contains("This answer is not a list", Assert.IsType<StateProfileModel>(profile.Model).Notes[^1]);
        var empty = ListAnswers.WithDownloads(ListAnswers.Create("Empty", Today, "Nothing.", [], [], [], ["src"]), Count);
        Assert.EndsWith("The list is empty, so there is no file to download.", Assert.IsType<ListAnswerModel>(empty.Model).Notes[^1]);
        var linked = ListAnswers.Create("Outreach report", Today, "2 contacts.", [new ListGroup("Contacts", [new ListRow("#1", null, null, null, "", null)])], [],
            [ListAnswers.DownloadNote("a.csv", "a.xlsx")], ["src"]);
        Assert.Same(linked, ListAnswers.WithDownloads(linked, Count));
        var notUnderstood = new AnswerEngine().Answer("export xyzzy plugh", Data, Today);
        Assert.Same(notUnderstood, ListAnswers.WithDownloads(notUnderstood, Count));
        Assert.Equal(0, made);
    }
}
