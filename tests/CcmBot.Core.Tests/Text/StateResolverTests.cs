using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Text;

public sealed class StateResolverTests
{
    static readonly StateInfo[] States =
    [
        A.State("LAO", "Lao People's Democratic Republic", "Asia"),
        A.State("DOM", "Dominican Republic", "Americas"),
        A.Signatory("COD", "Democratic Republic of the Congo"),
        A.State("COG", "Congo", "Africa"),
        A.State("CIV", "Côte d'Ivoire", "Africa"),
        A.State("GNB", "Guinea-Bissau", "Africa"),
        A.State("GIN", "Guinea", "Africa"),
        A.State("MDG", "Madagascar", "Africa"),
        A.State("AUT", "Austria", "Europe"),
        A.State("AUS", "Australia", "Pacific"),
        A.State("NER", "Niger", "Africa"),
        A.State("NGA", "Nigeria", "Africa"),
    ];

    static readonly StateAlias[] Aliases =
    [
        new("LAO", "Lao PDR"), new("LAO", "Laos"), new("DOM", "Dominic Republic"), new("COD", "DRC"),
        new("COD", "Democratic Republic of Congo"), new("CIV", "Cote d'Ivoire"), new("CIV", "Ivory Coast"), new("GNB", "Guinea Bissau"),
    ];

    static readonly StateResolver Resolver = new(States, Aliases);

    [Theory]
    [InlineData("tell me about Lao PDR", "LAO")]
    [InlineData("LAO PDR status", "LAO")]
    [InlineData("what do we know about the DRC?", "COD")]
    [InlineData("Dominic Republic", "DOM")]
    [InlineData("cote d ivoire", "CIV")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("guinea bissau overdue?", "GNB")]
    [InlineData("Guinea-Bissau", "GNB")]
    [InlineData("Democratic Republic of the Congo", "COD")]
    [InlineData("Republic of the Congo", "COG")]
    [InlineData("tell me about Madagscar", "MDG")] // a typo
    [InlineData("Madagasgar", "MDG")]
    [InlineData("Dominican Repblic", "DOM")]
    public void Finds_the_State_meant(string text, string iso3)
    {
        var matches = Resolver.FindAll(text);
        Assert.Contains(matches, m => m.State.Iso3 == iso3);
        Assert.DoesNotContain(matches, m => m.State.Iso3 != iso3 && m.Exact);
    }

    static readonly StateInfo[] ShortNames =
    [
        A.State("CHL", "Chile", "Americas"), A.State("TCD", "Chad", "Africa"), A.State("BLZ", "Belize", "Americas"), A.State("HND", "Honduras", "Americas"),
        A.State("IND", "India", "Asia"), A.State("ESP", "Spain", "Europe"), A.State("FRA", "France", "Europe"), A.State("PRY", "Paraguay", "Americas"),
        A.State("OMN", "Oman", "Middle East"), A.State("MLI", "Mali", "Africa"), A.State("PRT", "Portugal", "Europe"), A.State("COL", "Colombia", "Americas"),
        A.State("PHL", "Philippines", "Asia"), A.State("AFG", "Afghanistan", "Asia"),
    ];

    [Theory]
    [InlineData("how many children are victims?")]
    [InlineData("which letters chased the annual report?")]
    [InlineData("I believe the report is late")]
    [InlineData("office hours")]
    [InlineData("indicate the deadline")]
    [InlineData("a span of ten years")]
    [InlineData("let us face it")]
    [InlineData("which paragraph says so?")]
    [InlineData("the woman who chairs")]
    [InlineData("send mail to the ISU")]
    [InlineData("the portal is down")]
    public void English_words_that_only_share_a_start_with_a_name_are_not_States(string text) =>
        Assert.Empty(new StateResolver(ShortNames, []).FindAll(text));

    [Theory]
    [InlineData("Chilee", "CHL")]
    [InlineData("Chda", "TCD")]
    [InlineData("Colombai", "COL")]
    [InlineData("Columbia", "COL")]
    [InlineData("Phillipines", "PHL")]
    [InlineData("Afganistan", "AFG")]
    [InlineData("Paragauy", "PRY")]
    public void A_name_within_a_slip_or_two_is_still_found(string text, string iso3) =>
        Assert.Contains(new StateResolver(ShortNames, []).FindAll(text), m => m.State.Iso3 == iso3);

    [Fact]
    public void The_longest_name_wins_so_Guinea_Bissau_is_not_Guinea()
    {
        var matches = Resolver.FindAll("Guinea-Bissau");
        Assert.Single(matches);
        Assert.Equal("GNB", matches[0].State.Iso3);
    }

    [Fact]
    public void Two_States_in_one_question_are_both_found()
    {
        var matches = Resolver.FindAll("compare Austria and Madagascar");
        Assert.Equal(["AUT", "MDG"], matches.Select(m => m.State.Iso3).Order().ToArray());
    }

    [Theory]
    [InlineData("Austrila", "AUT")] // one letter from Austria, two from Australia
    [InlineData("Austraia", "AUS")]
    public void A_misspelling_goes_to_the_nearest_name(string typed, string iso3)
    {
        var match = Assert.Single(Resolver.FindAll(typed));
        Assert.False(match.Exact);
        Assert.Equal(iso3, match.State.Iso3);
    }

    [Fact]
    public void A_misspelling_equally_close_to_two_States_returns_both()
    {
        var resolver = new StateResolver([A.State("TES", "Testland"), A.State("TOS", "Tostland")], []);
        Assert.Equal(["TES", "TOS"], resolver.FindAll("Tastland").Select(m => m.State.Iso3).Order().ToArray());
    }

    [Theory]
    [InlineData("how many States Parties are there?")]
    [InlineData("which signatories are overdue?")]
    [InlineData("help")]
    public void Ordinary_questions_name_no_State(string text) => Assert.Empty(Resolver.FindAll(text));

    static readonly StateResolver Adjectives = new(
        [A.State("TGO", "Togo"), A.State("LAO", "Lao People's Democratic Republic"), A.State("SWE", "Sweden"), A.State("DEU", "Germany"),
         A.State("AUT", "Austria"), A.State("AUS", "Australia"), A.State("MLI", "Mali"), A.State("PER", "Peru"), A.State("IRQ", "Iraq"),
         A.State("NER", "Niger"), A.State("NGA", "Nigeria"), A.State("NOR", "Norway"), A.State("FRA", "France"), A.State("NLD", "Netherlands"),
         A.State("GBR", "United Kingdom"), A.State("CHE", "Switzerland"), A.State("MDG", "Madagascar"), A.State("CPV", "Cabo Verde")],
        [new("LAO", "Lao"), new("LAO", "Lao PDR")]);

    [Theory]
    [InlineData("we met the Togolese ambassador", "TGO")]
    [InlineData("Laotian officials said", "LAO")]
    [InlineData("Swedish diplomats", "SWE")]
    [InlineData("the German delegation", "DEU")]
    [InlineData("the Australian and Austrian missions", "AUS", "AUT")]
    [InlineData("Peruvian and Malian colleagues", "PER", "MLI")]
    [InlineData("an Iraqi note verbale", "IRQ")]
    [InlineData("the Nigerian minister", "NGA")]
    [InlineData("the Norwegians", "NOR")]
    [InlineData("Togo's mission", "TGO")]
    [InlineData("the French ambassador", "FRA")]
    [InlineData("we met the Dutch and the Swiss", "NLD", "CHE")]
    [InlineData("British officials and a Malagasy delegate", "GBR", "MDG")]
    [InlineData("the Cape Verdean minister", "CPV")]
    [InlineData("the Spanish ambassador")] // Spain is not among these States
    public void Adjectives_and_possessives_name_their_State(string text, params string[] iso3) =>
        Assert.Equal(iso3, Adjectives.FindByAdjective(text).Select(s => s.Iso3));

    [Theory]
    [InlineData("a malicious report")]
    [InlineData("perusing the permanent mission's international information")]
    [InlineData("Iranian officials")]
    [InlineData("we met at the meeting")]
    [InlineData("a letter in French to the mission")]
    public void Words_that_only_start_like_a_name_name_no_State(string text) =>
        Assert.Empty(Adjectives.FindByAdjective(text));
}

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("São Tomé and Príncipe", "sao tome and principe")]
    [InlineData("DÉMARCHE", "demarche")]
    [InlineData("Straße", "strasse")]
    [InlineData("  Lao   P.D.R.!! ", "lao p d r")]
    [InlineData("Curaçao; Øresund", "curacao oresund")]
    public void Folds_case_accents_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, CcmBot.Core.Text.TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("what's Guinea's Article 3 status?", "GIN")]
    [InlineData("Niger’s initial report", "NER")]
    [InlineData("Congo's deadline", "COG")]
    public void The_possessive_of_a_name_matched_only_when_exact_is_that_name(string text, string iso3) =>
        Assert.Equal(iso3, Assert.Single(new StateResolver(
            [A.State("GIN", "Guinea", "Africa"), A.State("GNB", "Guinea-Bissau", "Africa"), A.State("NER", "Niger", "Africa"), A.State("NGA", "Nigeria", "Africa"), A.State("COG", "Congo", "Africa")],
            []).FindAll(text)).State.Iso3);

    [Fact]
    public void A_name_two_States_share_is_never_taken_as_either()
    {
        var resolver = new StateResolver([A.State("KOR", "Republic of Korea", "Asia"), A.State("PRK", "Democratic People's Republic of Korea", "Asia")],
            [new StateAlias("KOR", "South Korea"), new StateAlias("KOR", "Korea"), new StateAlias("PRK", "Korea")]);
        var found = resolver.FindAll("tell me about Korea");
        Assert.Equal(["KOR", "PRK"], found.Select(m => m.State.Iso3).Order());
        Assert.All(found, m => Assert.False(m.Exact));
        Assert.Null(resolver.ResolveExact("Korea"));
        Assert.Equal("KOR", resolver.ResolveExact("South Korea")!.Iso3);
        Assert.Equal("KOR", Assert.Single(resolver.FindAll("South Korea reports")).State.Iso3);
    }

    [Theory]
    [InlineData("tell me about the US", true)]
    [InlineData("has the US signed?", true)]
    [InlineData("what about the U.S.?", true)]
    [InlineData("did DRC contact us?", false)]
    [InlineData("tell us about Togo", false)]
    [InlineData("remind us on Monday", false)]
    [InlineData("who owes us a reply?", false)]
    [InlineData("send us a copy", false)]
    [InlineData("is the USA a party?", true)]
    public void The_US_is_a_State_only_in_capitals(string text, bool named)
    {
        var resolver = new StateResolver([A.State("USA", "United States of America", "Americas"), A.State("TGO", "Togo", "Africa")], [new("USA", "U.S."), new("USA", "USA"), new("USA", "U.S.A.")]);
        Assert.Equal(named, resolver.FindAll(text).Any(m => m.State.Iso3 == "USA" && m.Exact));
        // Nor is a near miss of a three-letter form ("us a" against "usa") a State.
        if (!named) Assert.DoesNotContain(resolver.FindAll(text), m => m.State.Iso3 == "USA");
    }

    [Theory]
    [InlineData("whats up with burkina", "BFA")]
    [InlineData("sierra status", "SLE")]
    [InlineData("tell me about bosnia", "BIH")]
    [InlineData("ivory", "CIV")]
    public void The_first_word_of_a_longer_name_alone_names_the_State_when_no_other_starts_so(string text, string iso3)
    {
        var resolver = new StateResolver([A.State("CIV", "Côte d'Ivoire", "Africa"), A.State("BFA", "Burkina Faso", "Africa"), A.State("SLE", "Sierra Leone", "Africa"), A.State("BIH", "Bosnia and Herzegovina", "Europe"),
            A.State("ZAF", "South Africa", "Africa"), A.State("SSD", "South Sudan", "Africa"), A.State("CAF", "Central African Republic", "Africa")], [new("CIV", "Ivory Coast")]);
        var match = Assert.Single(resolver.FindAll(text));
        Assert.Equal((iso3, true), (match.State.Iso3, match.Exact));
        // A first word many names share, or an ordinary word, names nothing alone.
        Assert.Empty(resolver.FindAll("south"));
        Assert.Empty(resolver.FindAll("central"));
        // Only exactly: "burkino" is no State.
        Assert.DoesNotContain(resolver.FindAll("burkino"), m => m.State.Iso3 == "BFA" && m.Exact);
    }
}
