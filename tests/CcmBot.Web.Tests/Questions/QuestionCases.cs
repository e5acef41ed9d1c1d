namespace CcmBot.Web.Tests.Questions;

/// <summary>
/// Questions with the answer the seeds give, asked the way coordinators type them. "Today" is
/// 25 Nov 2026 in these tests. Each case names the seed paragraph it checks; informal, misspelt or
/// paraphrased questions are marked so.
/// </summary>
public static class QuestionCases
{
    public sealed record Case(string Seed, string Question, string[] Expect, string[]? Absent = null, bool Informal = false)
    {
        public override string ToString() => $"[{Seed}] {Question}";
    }

    static Case C(string seed, string question, params string[] expect) => new(seed, question, expect);
    static Case I(string seed, string question, params string[] expect) => new(seed, question, expect, Informal: true);

    static readonly string[] Paragraph84 =
    [
        "Belize", "Bolivia (Plurinational State of)", "Cabo Verde", "Comoros", "Congo", "Cook Islands", "Dominican Republic", "Fiji", "Guinea,",
        "Guinea-Bissau", "Guyana", "Iceland", "Nauru", "Palau", "Rwanda", "Somalia", "South Africa", "State of Palestine", "Togo", "Tunisia",
    ];

    static readonly string[] Paragraph6 =
    [
        "Angola", "Benin", "Central African Republic", "Democratic Republic of the Congo", "Cyprus", "Djibouti", "Gambia", "Haiti", "Indonesia",
        "Jamaica", "Kenya", "Liberia", "Namibia", "Nigeria", "Philippines", "Sao Tome and Principe", "United Republic of Tanzania", "Uganda",
    ];

    static readonly string[] Paragraph28 =
    [
        "Afghanistan", "Bosnia and Herzegovina", "Chad", "Chile", "Croatia", "Germany", "Iraq", "Lao People's Democratic Republic", "Lebanon", "Montenegro",
    ];

    static readonly string[] Paragraph18 =
        ["Botswana", "Bulgaria", "Cuba", "Croatia", "Guinea-Bissau", "Peru", "Slovakia", "South Africa", "Spain", "Switzerland"];

    static readonly string[] Paragraph43 =
    [
        "Afghanistan", "Albania", "Bosnia and Herzegovina", "Chad", "Croatia", "Guinea-Bissau", "Iraq", "Lao People's Democratic Republic",
        "Lebanon", "Montenegro", "Sierra Leone",
    ];

    static string[] With(string[] names, params string[] more) => [.. names, .. more];

    public static IEnumerable<Case> All()
    {
        // Membership (seed 002 §3, §6; seed 004 Annex IV §2; seed 001 §2)
        yield return C("002 §3", "how many States Parties were there on 30 June 2017?", "101 States Parties (instrument deposited: 89 by ratification, 11 by accession, 1 by acceptance)", "100 with the Convention in force", "(seed 002) §3 reports 101 states parties");
        yield return C("002 §3", "How many States Parties as of 30/06/2017?", "101 States Parties", "Madagascar, in force from 1 Nov 2017");
        yield return I("002 §3", "hw many states partys r there as of 30 june 2017", "101 States Parties");
        yield return I("002 §3", "number of SPs on 2017-06-30", "101 States Parties");
        yield return I("002 §3", "total membership end of June 2017?", "101 States Parties");
        yield return C("002 §3, §6", "how many signatories were there on 30 June 2017?", "18 signatories had not ratified", "reports 18 signatories (30 Jun 2017): the same");
        yield return C("004 Annex IV §2", "how many States Parties were there on 10 August 2015?", "93 States Parties", "reports 93 states parties", "reports 24 signatories (10 Aug 2015): the same");
        yield return C("004 Annex I §3; Annex III §9", "how many States Parties as of September 2015?", "97 States Parties", "reports 96 states parties", "reports 92 states parties");
        yield return C("001 §2", "how many states parties in 2022?", "110 States Parties", "(seed 001) §2 reports 110 states parties (2022): the same");
        yield return C("002 §6", "which signatories have not ratified as of 30 June 2017?", With(Paragraph6, "18 signatories"));
        yield return I("002 §6", "list signatories as at 30/06/2017", With(Paragraph6, "18 signatories"));
        yield return I("002 §6", "who signed but never ratified by end of June 2017", With(Paragraph6, "18 signatories"));
        yield return C("002 §6", "signatories in Africa as of 30 June 2017", "13 signatories in Africa", "Angola", "Uganda");
        yield return C("002 §3", "States Parties by region as of 30 June 2017", "101 States Parties", "- Africa:", "- Pacific:");
        yield return C("002 §3; §87", "who joined in 2017?", "Madagascar", "Benin", "2 States ratified or acceded");
        yield return I("002 §6", "who hasn't ratified as of 30 June 2017?", With(Paragraph6, "18 signatories"));
        yield return I("meetings; states.csv", "which States joined since the 2RC?", "since 25 Nov 2020", "Vanuatu", "South Sudan", "Nigeria");
        yield return new("002 §3; meetings", "who joined after the 1RC and before 7MSP?", ["between 7 Sep 2015 and 3 Sep 2017", "Madagascar", "Benin"], Absent: ["Vanuatu", "Nigeria"], Informal: true);
        yield return I("002 §3; §87", "how many signatories ratified in 2017?", "Madagascar", "Benin", "2 signatories ratified (or accepted or approved) between 1 Jan 2017 and 31 Dec 2017");
        yield return I("002 §87", "who enters into force soon as of 30 June 2017", "Madagascar on 1 Nov 2017", "initial report due 30 Apr 2018");
        yield return C("states.README (Lithuania)", "who withdrew from the convention?", "Lithuania", "effective 6 Mar 2025");
        yield return I("002 §6", "is kenya a state party as of 30 june 2017", "Kenya as of 30 Jun 2017: signatory");
        yield return I("002 §6", "Namibia status 30/06/2017", "Namibia as of 30 Jun 2017: signatory");
        yield return I("002 §6", "the gambia as of 30 June 2017", "Gambia as of 30 Jun 2017: signatory");
        yield return I("002 §6", "what abt the philippines as of 30 June 2017?", "Philippines as of 30 Jun 2017: signatory");
        yield return I("002 §6", "Sao Tome as of 30 June 2017", "Sao Tome and Principe as of 30 Jun 2017: signatory");
        yield return I("002 §6", "tanzania 30 june 2017", "United Republic of Tanzania as of 30 Jun 2017: signatory");
        yield return I("002 §6, §11", "what do we know about the DRC as of 30 June 2017?", "Democratic Republic of the Congo as of 30 Jun 2017: signatory");
        yield return C("002 §3", "Madagascar as of 30 June 2017", "State Party (not yet in force)", "Ratification: deposited 20 May 2017", "Entry into force: 1 Nov 2017");

        // Initial reports (seed 002 §83-§87)
        yield return C("002 §84", "who still owes an initial report as of 30 June 2017?", With(Paragraph84, "20 States Parties overdue with their initial report"));
        yield return C("002 §84", "which States Parties have overdue initial reports on 30/06/2017?", With(Paragraph84, "20 States Parties"));
        yield return I("002 §84", "overdue initial transparency reports as at end of June 2017", With(Paragraph84, "20 States Parties"));
        yield return I("002 §84; §6", "which signatories are overdue as of 30 June 2017?", With(Paragraph84, "How I read the question: signatories that have not ratified owe no reports", "18 signatories had not ratified", "Angola"));
        yield return I("002 §84", "whos behind on initial reports as of 30 june 2017", With(Paragraph84, "20 States Parties"));
        yield return I("002 §84", "initial reports still outstanding 30.06.2017", With(Paragraph84, "20 States Parties"));
        yield return C("002 §83", "initial report rate as of 30 June 2017", "80 of 100 initial reports due by 30 Jun 2017 submitted (80%)");
        yield return I("002 §83", "what % of initial reports were in by 30 June 2017", "80 of 100");
        yield return C("002 §87", "when is Madagascar's initial report due?", "Madagascar", "due 30 Apr 2018");
        yield return I("002 §87", "madagascar initial report due date", "due 30 Apr 2018", "Art. 7(1)");
        yield return C("002 §86", "Iceland initial report as of 30 June 2017", "overdue", "due 30 Jul 2016");
        yield return C("002 §86", "Palau initial report as of 30 June 2017", "overdue", "due 30 Mar 2017");
        foreach (var state in new[] { "Belize", "Bolivia", "Cape Verde", "Comoros", "Republic of the Congo", "Cook Islands", "Fiji", "Guinea Bissau", "Guyana", "Nauru", "Rwanda", "Somalia", "South Africa", "State of Palestine", "Togo", "Tunisia" })
            yield return C("002 §84", $"{state} initial report as of 30 June 2017", "Initial transparency report (Art. 7(1)): overdue");
        yield return I("002 §84", "Dominic Republic initial report as of 30 June 2017", "Dominican Republic", "Initial transparency report (Art. 7(1)): overdue");
        yield return I("002 §84", "is the dominican rep late with its report as of 30 June 2017?", "Dominican Republic", "overdue");
        yield return I("002 §84", "guinea-bisau reports as of 30 june 2017", "Guinea-Bissau", "Initial transparency report (Art. 7(1)): overdue");
        yield return I("002 §84", "Has Togo sent its initial report? as of 30 June 2017", "Togo", "overdue");
        foreach (var state in new[] { "Colombia", "Cuba", "Mauritius", "Honduras", "Niger" })
            yield return C("002 §85", $"{state} initial report as of 30 June 2017", "Initial transparency report (Art. 7(1)): met");

        // Annual reports (seed 002 §88, §44, §30)
        yield return C("002 §88; §44", "who missed the 2016 annual report as of 30 June 2017?", "Chad", "Chile", "Sierra Leone", "28 annual reports missing", "the rest not named in the source", "48 annual reports submitted");
        yield return I("002 §88", "2016 annual reports overdue as of 30/06/2017", "Chad", "Sierra Leone", "28 annual reports missing");
        yield return I("002 §88", "who hasnt submitted the 2016 annual report", "Chad", "Sierra Leone", "last recorded", "28 annual reports missing");
        yield return C("002 §88", "reporting rate for 2016", "48 of 76 = 63%", "does not reproduce the source's count");
        yield return C("002 §88; §96(d)", "which States submitted their 2016 annual report as of 30 June 2017?", "32 of 100 States Parties that owe the annual report for 2016", "Botswana", "Zambia", "48 annual reports submitted", "48 of 76 = 63%");
        yield return I("002 §88", "who has reported for 2016?", "recorded as having submitted the annual report for 2016", "Colombia");
        yield return I("membership", "how many countries have ratified the convention?", "112 States Parties (instrument deposited: 94 by ratification, 17 by accession, 1 by acceptance)");
        yield return I("membership", "how many acceded as of 30 June 2017?", "101 States Parties (instrument deposited:", "by accession");
        yield return I("not party", "what's Tuvalu's status?", "Tuvalu as of 25 Nov 2026: not party.", "had neither signed nor joined by then", "Art. 16(2)", "UN Member States list");
        yield return I("milestones", "what's overdue in the VA plan?", "No milestone", "Plans with milestones in CcmBot's data: 1RC decision (2), DAP (17), LAP (2), NIM-2016 concept note (14), NIM-LAP concept note (8).");
        yield return I("not contacted", "which overdue States haven't we contacted?", "States Parties with overdue (or last recorded overdue) reports had no contact since");
        yield return I("not contacted", "who have we not written to about reports?", "had no contact since");
        yield return I("not party", "tell me about Korea", "Which State do you mean by", "Republic of Korea", "Democratic People's Republic of Korea");
        yield return I("membership", "what changed since the 2RC?", "3 States ratified or acceded since 25 Nov 2020: Vanuatu, South Sudan and Nigeria.", "In the same period Lithuania (notice", "withdrew (Art. 20(2))");
        yield return I("reporting", "art. 7 defaulters as of 30 June 2017", "States Parties overdue with their initial report", "Art. 7(1)");
        yield return I("reporting", "non-reporters in Africa as of 30 June 2017", "Africa only.", "overdue with their initial report: Cabo Verde");
        yield return I("region", "compare Africa and Europe as of 30 June 2017", "Africa — 30 States Parties of its 54 States (56%), 13 signatories, 11 not party;", "Europe — 34 States Parties of its 49 States (69%), 1 signatory,", "Clearance (Art. 4)");
        yield return I("region", "tell me about the Pacific", "Pacific — ", "Victim assistance (Art. 5)");
        yield return I("data", "where does your data come from?", "membership to 23 Jan 2026", "Art. 5 to 30 Jun 2017", "mandates to 6 Sep 2017");
        yield return I("rules", "what is the rule for annual reports?", "What CcmBot applies for Art. 7:", "annual report due 30 April");
        yield return I("rules", "how is the clearance deadline calculated?", "What CcmBot applies for Art. 4:", "within 10 years of entry into force");
        yield return I("rules", "who is overdue by CcmBot's rule?", "overdue with its initial report");
        yield return I("obligations", "what's Guinea's Article 3 status?", "Guinea, stockpile destruction (Art. 3), as of 25 Nov 2026");
        yield return I("grammar", "Which overdue States are in the Pacific?", "1 of them was last recorded as missing", "Niue");
        yield return I("obligations", "Laos extension request status", "Lao People's Democratic Republic, clearance of cluster munition remnants (Art. 4)");
        yield return I("rules", "when did the convention enter into force?", "The Convention entered into force on 1 Aug 2010", "16 Feb 2010", "Art. 17(1)");
        yield return I("meeting as date", "state of play on Art 4 at the 7MSP", "As of 4 Sep 2017: Art. 4 (clearance)");
        yield return I("meeting as date", "who had stockpiles when the 2RC opened?", "As of 25 Nov 2020: Art. 3 (stockpile destruction)", "Peru");
        yield return I("meeting as date", "overdue initial reports on the eve of the 7MSP", "As of 3 Sep 2017:", "overdue with their initial report");
        yield return I("dates", "how many states parties at end-2012", "As of 31 Dec 2012: 77 States Parties");
        yield return I("regions", "MENA States Parties", "in the Middle East", "Iraq", "Lebanon");
        yield return I("regions", "States Parties in Latin America", "States Parties in the Americas", "\"latin america\" is read as CcmBot's region Americas");
        yield return I("rules", "how are extensions counted?", "The 14 rules CcmBot applies", "extensions of up to 4 years");
        yield return I("rules", "how is the initial report deadline set?", "What CcmBot applies for Art. 7:", "180 days after entry into force");
        yield return I("not a State", "tell me about Atlantis", "I could not find a State called \"atlantis\"", "every other UN Member State");
        yield return I("002 §88", "whats the 2016 reporting rate as of 30 June 2017", "48 of 76 = 63%");
        yield return I("002 §88", "reporting rate 2016", "annual reports for 2016", "48 of 76 = 63%");
        yield return I("002 §88", "reporting compliance 2016", "annual reports for 2016", "48 of 76 = 63%");
        yield return I("meetings", "who presided over the 13MSP?", "(13MSP, 16 Sep 2025 to 19 Sep 2025) was presided over by Philippines, by the meeting's record");
        yield return I("004 §16", "who chaired 2MSP", "Lebanon (president, presidency)");
        yield return I("004 Annex III §46", "reporting compliance in 2015", "annual reports for 2014 (due 30 Apr 2015)", "56 annual reports submitted", "taken as the reports for 2014", "56 of 84 = 67%");
        yield return I("004 Annex III §46", "reporting rates 2013-2015", "Annual report for 2014:", "the source reported 56 of 84 = 67%");
        yield return I("002 §88", "reporting rate by year", "annual reporting by report year, 2010 to 2025", "Annual report for 2016: 32% at least", "48 of 76 = 63%", "Annual report for 2024: not known");
        yield return I("002 §88", "reporting rates 2015-2020", "As of 25 Nov 2026", "2015 to 2020", "Annual report for 2016: 32% at least", "Annual report for 2020:");
        yield return I("002 §88", "reporting rates from 2015 to 2020 as of 31 December 2020", "As of 31 Dec 2020", "2015 to 2019", "The report for 2020 falls due on 30 Apr 2021");
        yield return I("coming up", "anything due in January?", "between 1 Jan 2027 and 31 Jan 2027");
        yield return I("coming up", "what was due in January?", "between 1 Jan 2026 and 31 Jan 2026");
        yield return I("002 §88", "overdue annual reports 2016 as of 30 June 2017", "annual report for 2016 (due 30 Apr 2017)");
        yield return I("002 §88", "how many reports were submitted in 2017?", "As of 31 Dec 2017", "annual reports for 2016 (due 30 Apr 2017)", "48 of 76 = 63%");
        yield return new("002 §87", "initial reports due in the next 12 months as of 1 June 2017", ["Madagascar: initial report", "due 30 Apr 2018"], Absent: ["Annual reports for", "milestone"], Informal: true);
        yield return I("obligations.csv", "extensions granted at the 9MSP", "extensions decided or requested at 9MSP", "Bulgaria", "Germany", "Lao People's Democratic Republic");
        yield return I("002 §88", "annual reports for 2016", "annual reports for 2016 (due 30 Apr 2017)", "48 of 76 = 63%");
        // The round held in 2017 is the reports due 30 April 2017, which cover 2016.
        yield return I("002 §88", "what was the reporting rate in 2017?", "As of 31 Dec 2017", "annual reports for 2016 (due 30 Apr 2017)", "48 of 76 = 63%");
        yield return C("002 §44", "did Chad submit its 2016 annual report as of 30 June 2017?", "Chad, annual report for 2016 as of 30 Jun 2017: overdue");
        yield return C("002 §44", "Sierra Leone 2016 annual report as of 30 June 2017", "overdue");
        yield return C("002 §30", "Afghanistan 2016 annual report as of 30 June 2017", "met");
        yield return C("002 §30", "Germany 2016 annual report as of 30 June 2017", "met");
        yield return C("002 §30", "Chile 2016 annual report as of 30 June 2017", "overdue", "implied");
        yield return C("002 §96(c)", "Zambia 2016 annual report as of 30 June 2017", "met");
        yield return C("CMC 3MSP statement", "reporting rate for 2011", "annual reports for 2011", "10 annual reports missing");

        // Article 3, 4, 5 (seed 002 §17-§18, §28-§29, §43, §52-§53)
        yield return C("002 §28", "who has Article 4 obligations as of 30 June 2017?", With(Paragraph28, "listed 10 States with Art. 4 obligations on 30 Jun 2017"));
        yield return I("002 §28", "art 4 states as of 30/06/2017", With(Paragraph28, "listed 10 States with Art. 4 obligations"));
        yield return I("002 §28", "which states had clearance obligations end of june 2017", With(Paragraph28, "listed 10 States"));
        yield return C("002 §18", "who has Article 3 obligations as of 30 June 2017?", With(Paragraph18, "listed 10 States with Art. 3 obligations on 30 Jun 2017"));
        yield return I("002 §18", "stockpile destruction obligations as of 30 June 2017", With(Paragraph18, "listed 10 States"));
        yield return I("002 §18", "who still had stockpiles to destroy on 30 June 2017", With(Paragraph18, "listed 10 States"));
        yield return C("002 §43", "who has Article 5 obligations?", With(Paragraph43, "11 States Parties reported cluster munition victims"));
        yield return I("002 §43", "victim assistance states", With(Paragraph43, "11 States Parties"));
        yield return I("002 §43", "which countries have cluster munition victims", With(Paragraph43, "11 States Parties"));
        yield return C("002 §52-§53", "who has no victim assistance focal point as of 30 June 2017?", "not recorded by its date: 4 (Chad, Guinea-Bissau, Montenegro and Sierra Leone)", "§53 names only Guinea Bissau and Sierra Leone");
        yield return I("002 §53", "VA focal points missing as of 30/6/2017", "Guinea-Bissau", "Sierra Leone", "§53 names only Guinea Bissau and Sierra Leone");
        foreach (var state in Paragraph43)
            yield return C("002 §43", $"{state} as of 30 June 2017", "Art. 5: reported cluster munition victims");
        foreach (var state in Paragraph28)
            yield return C("002 §28", $"{state} clearance obligations as of 30 June 2017", "Art. 4 on 30 Jun 2017: current per 7MSP progress report");
        yield return C("002 §17", "France stockpile destruction as of 30 June 2017", "France, stockpile destruction (Art. 3), as of 30 Jun 2017: met", "30 Jun 2016");
        yield return C("002 §29", "Mozambique clearance as of 30 June 2017", "Mozambique, clearance of cluster munition remnants (Art. 4), as of 30 Jun 2017: met", "December 2016");
        yield return C("obligations (ISU, Mine Action Review)", "Article 4 deadlines before 2027", "Chad (1 Oct 2026", "Lebanon (1 May 2026", "Chile (1 Jun 2026");
        yield return I("obligations (Monitor 2022)", "which States have stockpile destruction deadlines before 2027?", "Guinea (1 Apr 2023");
        yield return I("obligations (Mine Action Review)", "art 4 deadlines this year", "between 1 Jan 2026 and 31 Dec 2026", "Afghanistan", "Chad");
        yield return C("obligations (9MSP, 2RC, 10MSP)", "Art. 3 extensions granted", "Bulgaria", "Peru", "4 extensions granted");
        yield return I("obligations (Mine Action Review)", "which states got art 4 extensions", "Chad", "Lebanon", "granted");
        // One State's Article 3 or 4 obligation on its own, not its whole profile.
        yield return I("obligations (Mine Action Review)", "when is Lebanon's clearance deadline?", "Lebanon, clearance of cluster munition remnants (Art. 4), as of 25 Nov 2026:",
            "Original deadline 1 May 2021", "Extension to 1 May 2026 granted by 2RC", "Extension requested by 13MSP", "Art. 4(1)");
        yield return I("obligations (Mine Action Review)", "what's the latest on Lebanon's extension?", "Lebanon, clearance of cluster munition remnants (Art. 4)", "Extension requested by 13MSP");
        yield return I("obligations (ISU)", "Lao PDR Article 4 as of 30 June 2017", "Lao People's Democratic Republic, clearance of cluster munition remnants (Art. 4), as of 30 Jun 2017: not yet due", "Original deadline 1 Aug 2020");
        yield return I("obligations (Monitor)", "has Chile destroyed its stockpile?", "Chile, stockpile destruction (Art. 3)", "met", "Completion reported: July 2013");
        yield return I("obligations.csv", "Togo extension", "Togo as of 25 Nov 2026: no Article 3 (stockpile destruction) or Article 4 (clearance) obligation in CcmBot's data");
        yield return C("obligations (ISU)", "who completed stockpile destruction in 2023?", "Peru", "Bulgaria", "Slovakia");
        yield return I("obligations (Mine Action Review)", "chad art 4 deadline", "Chad, clearance of cluster munition remnants (Art. 4), as of 25 Nov 2026", "1 Oct 2026");
        yield return C("obligations (ISU)", "Peru stockpile destruction as of 1 January 2022", "Peru, stockpile destruction (Art. 3), as of 1 Jan 2022: not yet due", "1 Apr 2024");

        // Article 9 (seed 002 §94-§96; seed 001 §2)
        yield return C("002 §95; 001 §2", "which States Parties have no information on national legislation?", "Belize", "Togo", "South Africa", "no information 14");
        yield return new("002 §95; 001 §2", "which states have no NIM info", ["\"no information\" recorded for", "Togo"], Absent: ["specific legislation adopted ("], Informal: true);
        yield return I("002 §95", "no info on national implementation measures as of 30 June 2017", "Belize", "Bolivia (Plurinational State of)", "Cabo Verde", "Togo");
        yield return C("002 §96(c); §94", "which states have legislation in process as of 30 June 2017", "Afghanistan", "Botswana", "Eswatini", "Zambia", "Lebanon");
        yield return C("002 §95", "Mauritius as of 30 June 2017", "specific legislation adopted");
        yield return C("002 §96(a)", "Cuba national legislation as of 30 June 2017", "existing law deemed sufficient");
        yield return I("001 §2", "how many have existing law deemed sufficient", "existing law sufficient 31");
        yield return C("002 §96(b)", "Niger as of 30 June 2017", "legislation in process, assistance requested");

        // Action plans (seed 000 §3, seed 001 §5, seed 004 Annex III)
        yield return C("000 §3 items 1, 2, 4", "what is overdue in the NIM plan as of 15 January 2017?", "NIM-2016 concept note 3.1", "NIM-2016 concept note 3.2", "NIM-2016 concept note 3.4");
        yield return I("000 §3", "nim plan overdue stuff as of 1 march 2017", "3.1", "3.2", "3.3", "3.4", "3.6");
        yield return C("000 §3 items 2, 4; 004 Annex III §32(a)", "what milestones are due next month as of 15 November 2016?", "NIM-2016 concept note 3.2", "NIM-2016 concept note 3.4", "DAP 4.1(a)");
        yield return C("001 §5 actions A, G", "NIM milestones before 10MSP", "NIM-LAP concept note A", "NIM-LAP concept note G", "30 Aug 2022");
        yield return I("001 §5", "nim milestones due in 2022", "NIM-LAP concept note C", "NIM-LAP concept note D", "NIM-LAP concept note F", "NIM-LAP concept note H");
        yield return C("001 §5 action B", "NIM plan as of 1 January 2022", "completed");
        yield return C("000 §2(b)-(e)", "NIM milestones due by 7MSP", "Obj (b)", "Obj (c)", "Obj (d)", "Obj (e)", "4 Sep 2017");
        yield return C("004 Annex III §32(c)", "DAP milestones due in 2018", "DAP 4.1(c)");
        yield return C("001 §3 Action 47", "LAP milestones as of 1 January 2023", "LAP 47", "11 Sep 2023");
        yield return C("004 Annex III §10", "DAP milestones tied to 2RC", "DAP 1.1", "25 Nov 2020");
        yield return I("000 §3 item 3", "what nim milestones are due by end of february 2017 as of 1 february 2017", "3.3");
        yield return C("000 §3", "what milestones are due next month?", "No milestone", "between 1 Dec 2026 and 31 Dec 2026");
        yield return I("000 §3", "anything coming up in the next 3 months as of 1 June 2017?", "due between 1 Jun 2017 and 1 Sep 2017", "NIM-2016 concept note 3.5", "31 Jul 2017");

        // Meetings (seed 002 header; seed 004 header)
        yield return C("002 header", "when was 7MSP?", "Seventh Meeting of States Parties (7MSP) was held 4 Sep 2017 to 6 Sep 2017, Geneva");
        yield return I("004 header", "where was the first review conference", "Dubrovnik");
        yield return C("002 header", "when is the next meeting as of 30 June 2017?", "7MSP", "4 Sep 2017");
        yield return I("obligations README", "next MSP as of 1 January 2019", "9MSP", "2 Sep 2019");
        yield return C("obligations README", "3RC dates", "14 Sep 2026", "Vientiane");
        yield return C("obligations README", "when was the 11MSP?", "11 Sep 2023");
        yield return new("obligations README", "when was the 10MSP?", ["was held 30 Aug 2022 to 2 Sep 2022, place not recorded."], Absent: ["not stated"]);
        yield return C("004 §33", "when is the next meeting?", "no meeting dated after 25 Nov 2026");

        // The rules applied (the Convention, Art. 7)
        yield return I("CCM Art. 7", "what does Article 7 require?", "What CcmBot applies for Art. 7:", "Art. 7(1): initial transparency report due 180 days after entry into force");

        // Coordinators and presidents (seed 004 §29–32, seed 002 §38, §98–99)
        yield return C("004 §31", "who coordinated victim assistance as of 30 June 2016?", "As of 30 Jun 2016, in office for victim assistance by CcmBot's data: Chile (coordinator, victim assistance)");
        yield return C("002 §99", "who were the universalization coordinators as of 30 June 2017?", "France (coordinator, universalization)", "Zambia (coordinator, universalization)");
        yield return C("002 §98", "who was president of 7MSP?", "Germany (president, presidency)");
        yield return I("004 §31", "who coordinates victim assistance", "unknown — no recorded term for victim assistance covers that day", "run to 6 Sep 2017", "Chile (coordinator, victim assistance)");
        yield return I("002 §94", "who was the NIM coordinator in 2016", "Between 1 Jan 2016 and 31 Dec 2016, in office for at least part of the period", "New Zealand (coordinator, national implementation measures)");

        // Profiles, aliases, typos
        yield return I("aliases", "tell me about Lao PDR", "Lao People's Democratic Republic as of 25 Nov 2026");
        yield return I("aliases", "laos status", "Lao People's Democratic Republic");
        yield return I("aliases", "what do we know about the DRC?", "Democratic Republic of the Congo as of 25 Nov 2026: signatory");
        yield return I("aliases", "Cote d'Ivoire", "Côte d'Ivoire as of 25 Nov 2026");
        yield return I("aliases", "ivory coast", "Côte d'Ivoire");
        yield return I("aliases", "tell me about Madagscar", "Madagascar as of 25 Nov 2026");
        yield return I("aliases", "Botswanna", "Botswana as of");
        yield return I("aliases", "holland", "Netherlands as of");
        yield return I("aliases", "swaziland", "Eswatini as of");
        yield return I("aliases", "profile of cape verde", "Cabo Verde as of");
        yield return I("aliases", "info on the uk", "United Kingdom as of");
        yield return I("aliases", "BiH", "Bosnia and Herzegovina as of");
        yield return C("states.README (Lithuania)", "lithuania", "Lithuania as of 25 Nov 2026: withdrawn");
        yield return C("states.README (Vanuatu)", "Vanuatu as of 1 December 2025", "State Party (not yet in force)", "1 Mar 2026");
        yield return C("aliases", "tell me about Narnia", "could not find a State called");
        yield return I("meetings", "how many States Parties were there at 1RC?", "As of 11 Sep 2015: 96 States Parties", "reports 92 states parties");
        yield return I("meetings", "how many SPs before the first review conference?", "As of 6 Sep 2015: 95 States Parties");
        yield return I("meetings", "States Parties at the time of the 7MSP", "As of 6 Sep 2017: 102 States Parties");
        yield return I("profiles", "Lebanon extension", "Lebanon, clearance of cluster munition remnants (Art. 4), as of 25 Nov 2026");
        yield return I("profiles", "has Togo reported?", "Togo, reporting as of 25 Nov 2026:");
        yield return I("regions", "which countries in Asia haven't joined?", "22 States in Asia had neither signed nor joined the Convention", "China", "Viet Nam", "1 signatory in Asia had signed and not ratified: Indonesia.");
        yield return I("regions", "which Asian signatories haven't ratified?", "As of 25 Nov 2026: 1 signatory in Asia had not ratified: Indonesia.", "22 other States in Asia had neither signed nor joined");
        yield return I("not party", "which States are not party?", "72 States had neither signed nor joined the Convention", "United States of America", "Art. 16(2)", "12 signatories had signed and not ratified");
        yield return I("not party", "non-signatories in the Pacific as of 30 June 2017", "States in the Pacific had neither signed nor joined", "Tuvalu", "Vanuatu", "joined later (accession 5 Sep 2025)");
        yield return I("regions", "Latin American signatories", "As of 25 Nov 2026: 2 signatories in the Americas had not ratified: Haiti and Jamaica.");
        yield return I("regions", "which South American States Parties are overdue?", "Americas only. As of 25 Nov 2026:");
        yield return I("regions", "southern African states parties", "States Parties in Africa");
        yield return I("regions", "tell me about the Central African Republic", "Central African Republic as of 25 Nov 2026: signatory");
        yield return I("regions", "how many states parties in europe", "1 signatory had not ratified.");
        yield return I("002 §95", "States with no Article 9 information in Africa", "Africa only.", "\"no information\" recorded for");
        yield return I("states.csv", "how many joined each year?", "by year: 2008 4, 2009 22, 2010 23,", "(113 in all).");
        // "Accessions" is the legal term: instruments of accession only; "joined" counts every instrument.
        yield return I("states.csv", "accessions by year since 2015", "Instruments of accession deposited since 1 Jan 2015, by year: 2015 3, 2016 1, 2018 1,");
        yield return I("states.csv", "how many joined each year since 2015?", "Instruments of ratification or accession deposited since 1 Jan 2015, by year: 2015 10, 2016 2, 2017 2,");
        yield return I("meetings", "who joined between the 1RC and the 2RC?", "15 States ratified or acceded between 7 Sep 2015 and 24 Nov 2020");
        yield return I("obligations README", "who has stockpiles left to destroy?", "Art. 3 (stockpile destruction): 1 State Party with an open obligation by CcmBot's data (Guinea).");
        yield return I("profiles", "compare Togo and Benin", "2 States as of 25 Nov 2026: Togo: State Party (in force) and Benin: State Party (in force).", "\n\nTogo as of 25 Nov 2026", "\n\nBenin as of 25 Nov 2026");
        yield return I("profiles", "status of Chad, Iraq and Lao PDR as of 30 June 2017", "3 States as of 30 Jun 2017: Chad: State Party (in force), Iraq: State Party (in force) and Lao People's Democratic Republic: State Party (in force).");

        // Help and what it cannot read
        yield return C("help", "help", "I answer questions about the Convention on Cluster Munitions");
        // A past period's deadlines are those that fell then, met or not; "left" is a withdrawal only when something was left.
        yield return I("obligations README", "Article 3 deadlines in 2019", "Art. 3 (stockpile destruction): ", "fell between 1 Jan 2019 and 31 Dec 2019, as they stood on 31 Dec 2019:", "Guinea-Bissau (1 May 2019, overdue)", "Botswana (1 Dec 2019, met)");
        yield return I("states.csv", "how many signatories are left?", "12 signatories had not ratified");
        yield return I("states.csv", "who left the convention?", "Lithuania");
        yield return I("seed 002 §96", "NIM status by region", "CcmBot has an Article 9 status recorded for", "By region: Africa ", "\nAfrica (");
        yield return I("seed 002 §96", "list states with existing law deemed sufficient as of 2017", "CcmBot has \"existing law deemed sufficient\" recorded for 1 State Party: Cuba.", "existing law sufficient 18");
        yield return new("obligations README", "which countries are in breach of article 4?", ["Art. 4 (clearance): "], ["with an open obligation"], Informal: true);
        yield return new("seed 004", "how many signatories as of 2015?", ["As of 31 Dec 2015: ", "signatories had not ratified"], ["States Parties (instrument deposited"], Informal: true);
        // Milestones missed in a period, milestones done; meetings still to come.
        yield return I("seed 000", "what milestones did we miss in 2017?", "of 11 milestones due between 1 Jan 2017 and 31 Dec 2017 missed", "NIM-2016 concept note 3.3");
        yield return new("seed 001", "which NIM milestones are completed?", ["milestone in the NIM concept notes recorded as completed by 25 Nov 2026: NIM-LAP concept note B"], ["overdue (target passed"], Informal: true);
        yield return I("meetings", "what meetings are coming up?", "CcmBot has no meeting dated after 25 Nov 2026. The latest it knows: Third Review Conference (3RC)");
        // Quantities are not in the data: said first, then what the data do record.
        yield return I("obligations README", "how many submunitions has Peru destroyed?", "CcmBot keeps no counts of cluster munitions or submunitions held, destroyed or retained of its own; the notes on its sources quote: Peru, completion reported: 15 Dec 2023: \"Last State Party with stocks to finish; NPA: 2,012 cluster munitions and 162,417 submunitions destroyed 2014–2023\"", "What the data record: Peru, stockpile destruction (Art. 3)");
        yield return I("obligations README", "how big is Lao PDR's contaminated area?", "the notes on its sources quote: Lao People's Democratic Republic, obligation declared 25 Jan 2011: \"Initial Art. 7 report cited contamination \"within 87,000 km2\"");
        yield return I("obligations README", "how many square kilometres has Lao PDR cleared?", "CcmBot keeps no measures of areas cleared or contaminated of its own; the notes on its sources quote: Lao People's Democratic Republic, obligation declared 25 Jan 2011", "What the data record: Lao People's Democratic Republic, clearance of cluster munition remnants (Art. 4)");
        yield return I("obligations README", "how much land is still contaminated?", "CcmBot's data hold no measures of areas cleared or contaminated", "Art. 4 (clearance): 11 States Parties with an open obligation");
        yield return I("seed 002 §43", "how many victims are there in Lebanon?", "CcmBot's data hold no counts of victims", "\nLebanon as of 25 Nov 2026: State Party (in force).");
        yield return new("obligations README", "how many States have stockpiles?", ["Art. 3 (stockpile destruction): 1 State Party with an open obligation"], ["hold no"], Informal: true);
        // A slip in a key word is read through.
        yield return I("002 §84", "overdu initial reprots as of 30 June 2017", "As of 30 Jun 2017: 20 States Parties overdue with their initial report");
        yield return I("help", "what can you do?", "I answer questions");
        yield return I("help", "hi", "I answer questions");
        yield return I("not understood", "asdfgh qwerty", "Sorry, I did not understand that.");
        yield return I("not understood", "please order pizza for the ISU", "Sorry, I did not understand that.");
    }
}
