using CcmBot.Core.Outreach;
using CcmBot.Core.Text;

namespace CcmBot.Core.Tests.Outreach;

public sealed class OutreachNarrativeTests
{
    static readonly DateOnly Today = A.Day("2026-12-03");
    static readonly StateResolver Resolver = new(
        [A.State("UGA", "Uganda", "Africa"), A.State("KEN", "Kenya", "Africa"), A.State("IDN", "Indonesia", "Asia"), A.State("AGO", "Angola", "Africa"),
         A.State("TGO", "Togo", "Africa"), A.State("BEN", "Benin", "Africa"), A.State("SDN", "Sudan", "Africa"), A.State("ZAF", "South Africa", "Africa"),
         A.State("LAO", "Lao People's Democratic Republic", "Asia"), A.State("FRA", "France", "Europe"), A.State("NLD", "Netherlands", "Europe"),
         A.State("PER", "Peru", "Americas"), A.State("GHA", "Ghana", "Africa")],
        [new("LAO", "Lao PDR")]);

    [Theory]
    [InlineData("we met the Ugandan ambassador yesterday about ratification", "Uganda", "2026-12-02", "BilateralMeeting", "ratification")]
    [InlineData("Called Indonesia's mission today re universalization; they will revert next month", "Indonesia", "2026-12-03", "Call", "universalization")]
    [InlineData("I wrote to Togo and Benin on 1 December 2026 about their overdue initial reports", "Togo and Benin", "2026-12-01", "Letter", "their overdue initial reports")]
    [InlineData("Sent a note verbale to Lao PDR regarding the Article 4 extension request", "Lao People's Democratic Republic", "2026-12-03", "Letter", "the Article 4 extension request")]
    [InlineData("This morning we delivered a démarche to Angola to encourage accession", "Angola", "2026-12-03", "Demarche", "accession")]
    [InlineData("the coordinators had a call with the Kenyan delegation on 30 November 2026 about signing, they were positive", "Kenya", "2026-11-30", "Call", "signing")]
    [InlineData("emailed the Sudanese and South African missions yesterday", "Sudan and South Africa", "2026-12-02", "Email", null)]
    [InlineData("Démarche to Indonesia, Kenya and Angola on 1 Dec 2026 re universalization", "Indonesia and Kenya and Angola", "2026-12-01", "Demarche", "universalization")]
    [InlineData("phone call with the Ugandan mission this morning on ratification, they said the bill is before parliament", "Uganda", "2026-12-03", "Call", "ratification")]
    [InlineData("meeting with Peru yesterday on its annual report", "Peru", "2026-12-02", "BilateralMeeting", "its annual report")]
    [InlineData("letter to Ghana on 2 December 2026 about Article 9", "Ghana", "2026-12-02", "Letter", "Article 9")]
    [InlineData("Met the Togolese ambassador on 2 December 2026 re their initial report", "Togo", "2026-12-02", "BilateralMeeting", "their initial report")]
    [InlineData("We met the French ambassador yesterday about the 3RC", "France", "2026-12-02", "BilateralMeeting", "the 3RC")]
    [InlineData("had a call with the Dutch delegation today in French about Article 7", "Netherlands", "2026-12-03", "Call", "Article 7")]
    [InlineData("sent a letter to Angola yesterday asking them to ratify", "Angola", "2026-12-02", "Letter", "ratification")]
    [InlineData("wrote to Togo on 1 December 2026 urging it to submit its initial report", "Togo", "2026-12-01", "Letter", "submit its initial report")]
    [InlineData("met the Kenyan ambassador today to encourage Kenya to join", "Kenya", "2026-12-03", "BilateralMeeting", "Kenya to join")]
    [InlineData("sent letters to Togo, Benin and Uganda about their overdue initial reports", "Togo and Benin and Uganda", "2026-12-03", "Letter", "their overdue initial reports")]
    [InlineData("We sent reminders to Kenya yesterday about Article 7", "Kenya", "2026-12-02", "Letter", "Article 7")]
    [InlineData("sent two emails to the Angolan mission re accession", "Angola", "2026-12-03", "Email", "accession")]
    [InlineData("email sent to the Angolan mission today re accession, no reply yet", "Angola", "2026-12-03", "Email", "accession")]
    [InlineData("The letter was delivered to Peru yesterday about Article 7", "Peru", "2026-12-02", "Letter", "Article 7")]
    [InlineData("emailed the Angolan MFA on 1 Dec re ratification, no reply yet", "Angola", "2026-12-01", "Email", "ratification")]
    [InlineData("called Kenya on 2 Dec about signing", "Kenya", "2026-12-02", "Call", "signing")]
    [InlineData("met Peru on Dec 1 re Article 7", "Peru", "2026-12-01", "BilateralMeeting", "Article 7")]
    [InlineData("just spoke to the Kenyan mission about ratification, they'll ratify next year", "Kenya", "2026-12-03", null, "ratification")]
    [InlineData("I sent a note verbale to Togo last week about ratification", "Togo", "last week", "Letter", "ratification")]
    [InlineData("had lunch with the Ghanaian ambassador on 2 Dec, discussed universalization; they are considering accession", "Ghana", "2026-12-02", "BilateralMeeting", null)]
    [InlineData("caught up with Peru's PR yesterday about Article 7", "Peru", "2026-12-02", "BilateralMeeting", "Article 7")]
    [InlineData("démarche Ghana 2 Dec accession, no reply", "Ghana", "2026-12-02", "Demarche", null)]
    [InlineData("call, Kenya, 1 Dec, re signing", "Kenya", "2026-12-01", "Call", "signing")]
    [InlineData("Meeting with Kenya tomorrow about signing", "Kenya", "tomorrow", "BilateralMeeting", "signing")] // still to come: the form says so
    public void Reads_outreach_told_in_a_sentence(string line, string states, string date, string? kind, string? topic)
    {
        var draft = OutreachNarrative.Read(line, Today, Resolver);
        Assert.NotNull(draft);
        Assert.Equal(states, draft.States);
        Assert.Equal(date, draft.Date);
        Assert.Equal(kind, draft.Kind);
        Assert.Equal(topic, draft.Chases);
        Assert.Equal(line, draft.Summary); // the coordinator's own words are kept
    }

    [Fact]
    public void A_later_day_said_with_follow_up_is_the_follow_up()
    {
        var draft = OutreachNarrative.Read("Yesterday I spoke with the Kenyan delegation about signing, follow up on 20 January 2027", Today, Resolver)!;
        Assert.Equal("2026-12-02", draft.Date);
        Assert.Equal("2027-01-20", draft.FollowUp);
        Assert.Null(draft.Kind); // "spoke with": a call or a meeting, the form asks
    }

    [Theory]
    [InlineData("I called the Peruvian embassy yesterday regarding Article 9, follow up in two weeks", "2026-12-17")]
    [InlineData("met the Kenyan mission today about their initial report, they promised it by March", "2027-03-31")]
    [InlineData("we wrote to Togo about Article 7; they will revert next month", "2027-01-01")]
    [InlineData("Called Benin today, they committed to send the report before 15 January 2027", "2027-01-15")]
    [InlineData("Called Benin on 1 Dec, follow up on 20 January", "2027-01-20")]
    [InlineData("met Togo yesterday; they will send the report by Dec 15th", "2026-12-15")]
    [InlineData("emailed Angola re accession, chase within a week", "2026-12-10")]
    [InlineData("met the Ghanaian mission today, they will reply by the end of January", "2027-01-31")]
    [InlineData("called Ghana today, follow up on Friday", "2026-12-04")]
    [InlineData("wrote to Ghana on 1 December 2026, they will answer in mid-December", "2026-12-15")]
    [InlineData("we met the Ugandan ambassador yesterday about ratification", null)]
    [InlineData("called the Ghanaian mission this morning, they'll send the report next week", "2026-12-07")]
    [InlineData("met Togo's ambassador today, she’ll reply by 20 December", "2026-12-20")]
    public void A_follow_up_said_as_a_span_is_its_day_after_today(string line, string? followUp) =>
        Assert.Equal(followUp, OutreachNarrative.Read(line, Today, Resolver)!.FollowUp);

    [Theory]
    [InlineData("met the Kenyan mission today about their initial report, they promised it by March", ContactOutcome.Committed)]
    [InlineData("Called Benin today about ratification but no reply yet", ContactOutcome.NoResponse)]
    [InlineData("wrote to Togo on 1 December 2026 about Article 7, they declined to commit", ContactOutcome.Declined)]
    [InlineData("we delivered a démarche to Angola; the ambassador acknowledged the letter", ContactOutcome.Acknowledged)]
    [InlineData("called the Ghanaian mission this morning, they'll send the report next week", ContactOutcome.Committed)]
    public void What_the_State_answered_is_the_outcome(string line, ContactOutcome outcome)
    {
        var draft = OutreachNarrative.Read(line, Today, Resolver)!;
        Assert.NotNull(draft.Outcome);
        var (values, errors) = ContactValidator.Validate(draft with { Kind = draft.Kind ?? "call", Area = "transparency" }, Resolver, Today);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        Assert.Equal(outcome, values!.Outcome);
    }

    [Fact]
    public void A_sentence_with_no_answer_in_it_has_no_outcome() =>
        Assert.Null(OutreachNarrative.Read("the coordinators had a call with the Kenyan delegation on 30 November 2026 about signing", Today, Resolver)!.Outcome);

    [Theory]
    [InlineData("log: met the Ghana mission today about their report", "met the Ghana mission today about their report")]
    [InlineData("Please record that we called Peru yesterday", "we called Peru yesterday")]
    [InlineData("note down - emailed the Angolan mission re accession", "emailed the Angolan mission re accession")]
    [InlineData("log letter to Togo on 3 May 2019", null)] // the command form, read by the command parser
    [InlineData("log: Togo is overdue", null)]            // tells no outreach
    [InlineData("what did we log about Togo?", null)]
    public void An_explicit_log_request_gives_the_outreach_it_tells(string line, string? told) =>
        Assert.Equal(told, OutreachNarrative.ToLog(line));

    [Fact]
    public void The_draft_validates_into_a_contact_once_the_kind_is_known()
    {
        var draft = OutreachNarrative.Read("we met the Ugandan ambassador yesterday about ratification", Today, Resolver)!;
        var (values, errors) = ContactValidator.Validate(draft, Resolver, Today);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        Assert.Equal(["UGA"], values!.States.Select(s => s.Iso3));
        Assert.Equal(ContactKind.BilateralMeeting, values.Kind);
        Assert.Equal(ThematicArea.Universalization, values.Area);
    }

    [Theory]
    [InlineData("tell me about Uganda")]
    [InlineData("what démarches have we made to Togo?")]
    [InlineData("Uganda ratified on 1 December 2026")]
    [InlineData("Togo sent its initial report on 1 December 2026")]
    [InlineData("log letter to Togo on 3 May 2019 about overdue annual report")]
    [InlineData("who met the deadline?")]
    [InlineData("emails sent to Togo this month")] // several contacts asked about: a question
    [InlineData("we met yesterday about the meeting")] // no State: nothing to log
    [InlineData("")]
    public void Other_lines_are_not_outreach_to_log(string line) =>
        Assert.Null(OutreachNarrative.Read(line, Today, Resolver));

    [Theory]
    [InlineData("Togo replied, they will submit by January", "TGO")]
    [InlineData("The Kenyan mission got back to us: the bill is before parliament", "KEN")]
    [InlineData("yesterday Lao PDR confirmed the request will come in March", "LAO")]
    [InlineData("Angola has finally responded", "AGO")]
    public void A_State_answering_is_read_as_a_reply(string line, string iso3) =>
        Assert.Equal(iso3, OutreachNarrative.ReplyFrom(line, Resolver)?.Iso3);

    [Theory]
    [InlineData("did Togo reply?")]
    [InlineData("Togo replied?")]
    [InlineData("our ambassador said it went well")]
    [InlineData("Togo submitted its initial report on 1 December 2026")]
    [InlineData("we met the Ugandan ambassador yesterday about ratification")]
    public void Other_lines_are_not_a_reply(string line) => Assert.Null(OutreachNarrative.ReplyFrom(line, Resolver));

    [Theory]
    [InlineData("letters to Togo in 2026")]
    [InlineData("letter to Togo")]
    [InlineData("démarches to Kenya this year")]
    [InlineData("call with Uganda on 1 December 2026?")]
    public void A_contact_named_by_its_noun_without_a_day_is_a_question_not_a_telling(string line) =>
        Assert.Null(OutreachNarrative.Read(line, Today, Resolver));

    [Theory]
    [InlineData("email from Togo yesterday: they will submit next week", ContactKind.Email, "2026-12-02")]
    [InlineData("a phone call from the Kenyan mission today, they will sign", ContactKind.Call, "2026-12-03")]
    [InlineData("Togo replied on 1 December 2026, they will submit by January", ContactKind.Letter, "2026-12-01")]
    [InlineData("Togo replied on 1 Dec, they will submit by January", ContactKind.Letter, "2026-12-01")]
    [InlineData("email from Kenya on November 30th: they will sign", ContactKind.Email, "2026-11-30")]
    public void How_a_reply_came_is_its_noun_and_its_day(string line, ContactKind kind, string day) =>
        Assert.Equal((kind, A.Day(day)), OutreachNarrative.ReplyCame(line, Today));

    [Theory]
    [InlineData("email from Togo today: they will submit their report next week", "TGO")]
    [InlineData("a letter came in from the Kenyan mission, they will sign in January", "KEN")]
    [InlineData("reply from Benin yesterday saying the report is on its way", "BEN")]
    public void A_State_s_answer_told_by_what_brought_it_is_a_reply(string line, string iso3)
    {
        Assert.Equal(iso3, OutreachNarrative.ReplyFrom(line, Resolver)?.Iso3);
        Assert.True(OutreachNarrative.TellsReply(line));
        Assert.Null(CcmBot.Core.Records.DataCommands.Parse(line, Today).Draft); // not a statement of fact about the State
    }
}
