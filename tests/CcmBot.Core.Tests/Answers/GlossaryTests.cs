using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public sealed class GlossaryTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");
    static readonly TreatyData Data = new([A.State("CHL", "Chile", deposited: "2010-12-16"), A.Signatory("AGO", "Angola")]);

    static Question Parse(string text) => new RuleBasedQuestionParser().Parse(text, Today, Data.Resolver);

    [Theory]
    [InlineData("what is the ISU?", "ISU — Implementation Support Unit")]
    [InlineData("What's the ISU", "ISU — Implementation Support Unit")]
    [InlineData("what does LAP stand for?", "LAP — Lausanne Action Plan")]
    [InlineData("what is the Dubrovnik Action Plan?", "DAP — Dubrovnik Action Plan")]
    [InlineData("define démarche", "Démarche")]
    [InlineData("what is a demarche?", "Démarche")]
    [InlineData("what is an MSP?", "MSP — Meeting of States Parties")]
    [InlineData("what does EIF mean?", "EIF — entry into force")]
    [InlineData("EIF meaning", "EIF — entry into force")]
    [InlineData("what is the CMC?", "CMC — Cluster Munition Coalition")]
    [InlineData("what is a signatory?", "Signatory")]
    [InlineData("what is a State Party?", "State Party")]
    [InlineData("what is meant by accession?", "Accession")]
    [InlineData("what is the Coordination Committee?", "Coordination Committee")]
    [InlineData("what are cluster munition remnants?", "Cluster munition remnants")]
    [InlineData("what are annual reports?", "Annual report")]
    [InlineData("what is universalisation?", "Universalization")]
    [InlineData("what is a focal point?", "Focal point")]
    [InlineData("is there a model law?", "Model legislation")]
    [InlineData("what is model legislation?", "Model legislation")]
    [InlineData("what does unknown mean?", "Unknown (in CcmBot's answers)")]
    [InlineData("what do you mean by overdue?", "Overdue (in CcmBot's answers)")]
    [InlineData("what does met mean?", "Met (in CcmBot's answers)")]
    public void The_meaning_of_a_word_of_the_work_is_asked(string question, string term)
    {
        var parsed = Parse(question);
        Assert.Equal(Intent.Glossary, parsed.Intent);
        Assert.Equal(term, parsed.GlossaryEntry!.Term);
    }

    [Theory]
    [InlineData("how do I contact the ISU?", "ISU — Implementation Support Unit")]
    [InlineData("who do I talk to at the ICRC?", "ICRC — International Committee of the Red Cross")]
    [InlineData("ISU email", "ISU — Implementation Support Unit")]
    [InlineData("CMC contact details", "CMC — Cluster Munition Coalition")]
    [InlineData("what's the phone number of the ISU?", "ISU — Implementation Support Unit")]
    [InlineData("how can we get in touch with UNODA", "UNODA — UN Office for Disarmament Affairs")]
    public void Contact_details_asked_of_a_body_are_said_to_be_missing_and_the_body_is_explained(string question, string term)
    {
        var parsed = Parse(question);
        Assert.Equal((Intent.Glossary, term, true), (parsed.Intent, parsed.GlossaryEntry!.Term, parsed.ContactDetailsAsked));
        var lines = new AnswerEngine().Answer(question, Data, Today).Text.Split('\n');
        Assert.StartsWith("CcmBot's data hold no contact details (address, e-mail or telephone) for the " + term.Split(" — ")[0] + "; none of its sources gives them.", lines[0]);
        Assert.StartsWith(term + ": ", lines[1]);
    }

    [Theory]
    [InlineData("how do I contact the victim assistance coordinator?", Intent.Coordinators)]
    [InlineData("how can I reach the President?", Intent.Coordinators)]
    [InlineData("how do I contact Chile?", Intent.StateProfile)]
    [InlineData("emails to Chile", Intent.OutreachContacts)]
    public void Contact_questions_about_office_holders_and_States_are_not_glossary_questions(string question, Intent intent) =>
        Assert.Equal(intent, Parse(question).Intent);

    [Theory]
    [InlineData("what is overdue in the NIM plan?", Intent.Milestones)]
    [InlineData("what is overdue?", Intent.OverdueReports)]
    [InlineData("what's overdue", Intent.OverdueReports)]
    [InlineData("what is overdue in the LAP?", Intent.Milestones)]
    [InlineData("what are the signatories?", Intent.Signatories)]
    [InlineData("who is the president?", Intent.Coordinators)]
    [InlineData("what is Chile's Article 4 deadline?", Intent.StateProfile)]
    [InlineData("when is the next MSP?", Intent.Meetings)]
    [InlineData("what is Article 7?", Intent.Rules)]
    public void A_question_about_the_things_themselves_is_not_a_glossary_question(string question, Intent intent) =>
        Assert.Equal(intent, Parse(question).Intent);

    [Theory]
    [InlineData("how long do states have to submit an initial report?", 7)]
    [InlineData("when is an annual report due?", 7)]
    [InlineData("what is the deadline for initial reports?", 7)]
    [InlineData("how long do states have to destroy stockpiles?", 3)]
    [InlineData("how long does a State Party have to clear contaminated land?", 4)]
    [InlineData("how many years do states have to complete clearance?", 4)]
    public void How_long_States_have_with_no_State_named_is_the_treaty_rule(string question, int article)
    {
        var parsed = Parse(question);
        Assert.Equal((Intent.Rules, (int?)article), (parsed.Intent, parsed.Article));
        Assert.StartsWith($"What CcmBot applies for Art. {article}:", new AnswerEngine().Answer(question, Data, Today).Text);
    }

    [Theory]
    [InlineData("how long did it take states to destroy stockpiles?")]
    [InlineData("which states have to submit an initial report?")]
    public void How_long_it_took_or_who_owes_is_not_the_rule(string question) => Assert.NotEqual(Intent.Rules, Parse(question).Intent);

    [Theory]
    [InlineData("what's the difference between a signatory and a State Party?", "Signatory", "State Party")]
    [InlineData("what is the difference between ratification and accession", "Ratification", "Accession")]
    [InlineData("explain the difference between the DAP and the LAP", "DAP — Dubrovnik Action Plan", "LAP — Lausanne Action Plan")]
    public void The_difference_between_two_terms_gives_both(string question, string first, string second)
    {
        var parsed = Parse(question);
        Assert.Equal((Intent.Glossary, first, second), (parsed.Intent, parsed.GlossaryEntry!.Term, parsed.GlossaryOther!.Term));
        var text = new AnswerEngine().Answer(question, Data, Today).Text;
        Assert.StartsWith($"{first}: ", text);
        Assert.Contains($"\n{second}: ", text);
    }

    [Theory]
    [InlineData("can a signatory be overdue?")]
    [InlineData("do signatories have to report?")]
    [InlineData("are signatories obliged to submit Article 7 reports?")]
    public void Whether_a_signatory_owes_reports_is_answered_before_the_rule(string question)
    {
        var text = new AnswerEngine().Answer(question, Data, Today).Text;
        Assert.StartsWith("No: the Art. 7 reports are owed by States Parties. A signatory is not bound until it ratifies;", text);
        Assert.Contains("Art. 7(1): initial transparency report due 180 days after entry into force", text);
        Assert.Equal(Intent.OverdueReports, Parse("which signatories are overdue?").Intent);
    }

    [Fact]
    public void The_answer_gives_the_meaning_its_source_and_a_question_to_ask_next()
    {
        var answer = new AnswerEngine().Answer("what does DAP stand for?", Data, Today);
        Assert.StartsWith("DAP — Dubrovnik Action Plan: The action plan the first Review Conference adopted in Dubrovnik in September 2015", answer.Text);
        Assert.Contains("1RC final report, Sep 2015 (seed 004) Annex III", answer.Text);
        Assert.Equal("what is overdue in the DAP?", Assert.Single(Assert.IsType<ListAnswerModel>(answer.Model).FollowUps).Text);
    }

    [Fact]
    public void Every_entry_has_a_meaning_a_source_and_forms_that_find_it_and_no_form_is_shared()
    {
        foreach (var entry in Glossary.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Meaning), entry.Term);
            Assert.False(string.IsNullOrWhiteSpace(entry.Source), entry.Term);
            // The abbreviation or the first words of the term find it.
            var name = CcmBot.Core.Text.TextNormalizer.Normalize(entry.Term.Split(" — ")[0].Split(" (")[0]);
            Assert.Same(entry, Glossary.Find(name));
        }
    }
}
