using CcmBot.Core.Text;

namespace CcmBot.Core.Treaties;

/// <param name="Term">The term as written, with its expansion where it is an abbreviation.</param>
/// <param name="Forms">How a question names it, on normalised text (lower case, no accents or punctuation).</param>
/// <param name="Ask">A question CcmBot answers about it, offered after the meaning.</param>
public sealed record GlossaryEntry(string Term, string Forms, string Meaning, string Source, string? Ask = null)
{
    /// <summary>A word CcmBot's answers use for a status ("unknown", "overdue"): looked up only when its meaning is asked.</summary>
    public bool StatusWord => Term.EndsWith("(in CcmBot's answers)", StringComparison.Ordinal);
}

/// <summary>
/// The words of the Convention's work that a coordinator new to a mandate asks about ("what is the ISU?",
/// "what does LAP stand for?"): a meaning in a sentence or two, and where it comes from.
/// </summary>
public static class Glossary
{
    const string Convention = "Convention on Cluster Munitions (Dublin, 30 May 2008)";

    public static readonly IReadOnlyList<GlossaryEntry> Entries =
    [
        new("CCM — Convention on Cluster Munitions", @"ccm|(the )?convention on cluster munitions|cluster munitions convention",
            "The treaty that bans the use, production, transfer and stockpiling of cluster munitions, and obliges States Parties to destroy stocks, clear contaminated land and assist victims. Adopted in Dublin on 30 May 2008, opened for signature in Oslo on 3 Dec 2008, in force since 1 Aug 2010.",
            $"{Convention}, Arts. 1, 15 and 17", "what are the rules?"),
        new("State Party", @"state party|sp",
            "A State bound by the Convention: it ratified, accepted, approved or acceded to it, and the Convention has entered into force for it (or will, on the first day of the sixth month after the month of deposit). States Parties carry the obligations and owe the Article 7 reports.",
            $"{Convention}, Arts. 16 and 17", "how many States Parties are there?"),
        new("Signatory", @"signatory( state)?",
            "A State that signed the Convention (in Oslo from 3 Dec 2008, then in New York until it entered into force) but has not ratified it. A signatory is not bound and owes no reports; it is a target of universalization.",
            $"{Convention}, Arts. 15 and 16(1)", "which signatories have not ratified?"),
        new("State not party", @"state not party|non ?state party|non ?signatory",
            "A State that neither signed nor joined the Convention. Since the Convention entered into force it can no longer sign; it can join at any time by accession.",
            $"{Convention}, Art. 16(2)", "which States are not party?"),
        new("Ratification", @"ratification|ratify|to ratify",
            "The act by which a signatory consents to be bound, by depositing an instrument of ratification (or acceptance, or approval) with the UN Secretary-General. The Convention enters into force for it on the first day of the sixth month after the month of deposit.",
            $"{Convention}, Arts. 16(1) and 17", "who ratified in 2017?"),
        new("Accession", @"accession|accede|to accede|acceding",
            "How a State that did not sign joins the Convention: by depositing an instrument of accession. It is then a State Party on the same terms as one that ratified.",
            $"{Convention}, Arts. 16(2) and 17", "which States acceded?"),
        new("EIF — entry into force", @"eif|entry into force",
            "The day the Convention binds a State: for the Convention itself, 1 Aug 2010 (the first day of the sixth month after the thirtieth instrument); for a State that joins later, the first day of the sixth month after the month it deposited its instrument. Treaty deadlines count from it.",
            $"{Convention}, Art. 17", "who enters into force soon?"),
        new("MSP — Meeting of States Parties", @"(an? )?msps?|meetings? of (the )?states parties",
            "The States Parties' regular meeting, held once a year and numbered in order (\"7MSP\" is the seventh). It considers the Convention's operation and decides on extension requests.",
            $"{Convention}, Arts. 3(5), 4(6) and 11; 1RC final report, Sep 2015 (seed 004) §30(a) and (d)", "when is the next meeting?"),
        new("Review Conference", @"(an? )?(review conferences?|rcs?)",
            "The conference that reviews the Convention's operation: the first five years after entry into force, later ones at intervals of no less than five years. The 1RC in Dubrovnik (2015) adopted the Dubrovnik Action Plan, the 2RC (2020–21) the Lausanne Action Plan.",
            $"{Convention}, Art. 12; 1RC final report, Sep 2015 (seed 004)", "when is the next Review Conference?"),
        new("ISU — Implementation Support Unit", @"isu|implementation support unit",
            "The unit that supports the States Parties, the President and the coordinators in implementing the Convention, hosted by the Geneva International Centre for Humanitarian Demining (GICHD). The 2MSP agreed it should be set up, the 4MSP decided to establish it, and the 1RC adopted its financial procedures.",
            "1RC final report, Sep 2015 (seed 004) §27 and Annex IV", "who are the coordinators?"),
        new("Coordination Committee", @"(the )?coordination committee|cc",
            "The body that coordinates the work between meetings under the President's guidance: the President, the President-designate and the thematic coordinators, assisted by the ISU.",
            "1RC final report, Sep 2015 (seed 004) §30(b)–(c)", "who are the coordinators?"),
        new("Coordinator", @"(thematic )?(co ?)?coordinator",
            "A State Party (through its diplomats) that holds a thematic mandate between meetings, such as universalization, victim assistance or national implementation measures, and works to a plan with dated milestones.",
            "1RC final report, Sep 2015 (seed 004) §30–32; 7MSP progress report (seed 002)", "who coordinates victim assistance?"),
        new("President", @"presidency|(msp |rc )?president",
            "The State Party presiding over a Meeting of States Parties or Review Conference. Since the 1RC a presidency runs from the last day of one Meeting of States Parties to the last day of the next, which it chairs; the President guides the Coordination Committee.",
            "1RC final report, Sep 2015 (seed 004) §29–30", "who was president of 7MSP?"),
        new("DAP — Dubrovnik Action Plan", @"dap|(the )?dubrovnik action plan",
            "The action plan the first Review Conference adopted in Dubrovnik in September 2015, for 2015 to the second Review Conference, with numbered actions (1.1 to 7.3) on universalization, stockpiles, clearance, victim assistance, cooperation, transparency and national measures.",
            "1RC final report, Sep 2015 (seed 004) Annex III", "what is overdue in the DAP?"),
        new("LAP — Lausanne Action Plan", @"lap|(the )?lausanne action plan",
            "The action plan the second Review Conference adopted (2021), running to the third Review Conference, with numbered actions; Actions 47 and 48 are about national implementation measures.",
            "NIM concept note for the Lausanne Action Plan (seed 001); 2RC (public record)", "what is overdue in the LAP?"),
        new("VAP — Vientiane Action Plan", @"vap|(the )?vientiane action plan",
            "The action plan the first Meeting of States Parties adopted in Vientiane (November 2010), the Convention's first; its review fed the Dubrovnik Action Plan.",
            "1RC final report, Sep 2015 (seed 004) Annex III", "when was the 1MSP?"),
        new("NIM — national implementation measures", @"nim|national implementation measures|national measures",
            "The legal, administrative and other measures, including penal sanctions, each State Party takes to prevent and suppress what the Convention prohibits. States report them under Art. 7; some say their existing law suffices.",
            $"{Convention}, Arts. 7(1)(a) and 9; 7MSP progress report (seed 002) §96", "which States Parties have no information on national legislation?"),
        new("Transparency report (Art. 7)", @"(an? )?(article 7|art 7|transparency) reports?|transparency reporting",
            "The report each State Party sends the UN Secretary-General: an initial report within 180 days of entry into force, then an annual update by 30 April covering the previous calendar year (stocks, destruction, contamination, clearance, victim assistance, national measures).",
            $"{Convention}, Art. 7", "who still owes an initial report?"),
        new("Initial report", @"(an? )?initial (transparency )?reports?",
            "A State Party's first Art. 7 report, due as soon as practicable and no later than 180 days after the Convention enters into force for it.",
            $"{Convention}, Art. 7(1)", "who still owes an initial report?"),
        new("Annual report", @"(an? )?annual (transparency )?reports?",
            "The yearly Art. 7 update of the initial report, covering the previous calendar year and due by 30 April.",
            $"{Convention}, Art. 7(2)", "who missed the 2016 annual report?"),
        new("Stockpile destruction (Art. 3)", @"stockpile destruction|article 3|art 3",
            "Each State Party destroys the cluster munitions under its jurisdiction and control as soon as possible and no later than 8 years after entry into force for it; a Meeting of States Parties may extend the deadline by up to 4 years at a time. A limited number may be kept for training and development (Art. 3(6)).",
            $"{Convention}, Art. 3", "which States have stockpile destruction deadlines before 2027?"),
        new("Clearance (Art. 4)", @"clearance|article 4|art 4",
            "Each State Party clears and destroys cluster munition remnants in contaminated areas under its jurisdiction or control within 10 years of entry into force for it (or of the end of hostilities, for later contamination); extensions of up to 5 years may be requested.",
            $"{Convention}, Art. 4", "Article 4 deadlines before 2027"),
        new("Victim assistance (Art. 5)", @"victim assistance|article 5|art 5",
            "Each State Party with cluster munition victims in areas under its jurisdiction or control provides them assistance: medical care, rehabilitation, psychological support, social and economic inclusion. It has no treaty deadline; the action plans set milestones, such as a government focal point.",
            $"{Convention}, Art. 5", "who has Article 5 obligations?"),
        new("Extension request", @"extension|extension requests?",
            "A State Party that cannot meet its Art. 3 or Art. 4 deadline asks a Meeting of States Parties or Review Conference for more time, with reasons and a plan; the meeting decides.",
            $"{Convention}, Arts. 3(5) and 4(5)–(6)", "which extension requests are pending?"),
        new("Cluster munition remnants", @"cluster munition remnants|remnants|cmr",
            "Failed or abandoned cluster munitions, unexploded submunitions and bomblets left after use; clearing them is the Art. 4 obligation.",
            $"{Convention}, Art. 2", "which countries are contaminated?"),
        new("Démarche", @"(an? )?demarches?",
            "A formal diplomatic approach to a State's government or mission, by letter, meeting or call. Coordinators make them to press for reports, ratification or legislation; CcmBot logs them as outreach.",
            "7MSP progress report (seed 002)", "what démarches have we made this year?"),
        new("Focal point", @"(an? )?(victim assistance )?focal points?",
            "The person or office a State Party names as its contact for a subject; the Dubrovnik Action Plan (Action 4.1(a)) asked States with victims to designate a government focal point for victim assistance.",
            "1RC final report, Sep 2015 (seed 004) Annex III, Action 4.1", "which States have no victim assistance focal point?"),
        new("CMC — Cluster Munition Coalition", @"cmc|(the )?cluster munition coalition",
            "The international civil-society campaign against cluster munitions; it takes part in the Convention's meetings as an observer and publishes, with the ICBL, the Cluster Munition Monitor.",
            "1RC final report, Sep 2015 (seed 004) §12", "what do we know about the DRC?"),
        new("ICRC — International Committee of the Red Cross", @"icrc|(the )?international committee of the red cross",
            "The humanitarian organisation that takes part in the Convention's meetings as an observer and works with coordinators and States on guidance for national implementation measures.",
            "NIM concept note (seed 000); 1RC final report, Sep 2015 (seed 004) §12", "which States Parties have no information on national legislation?"),
        new("UNODA — UN Office for Disarmament Affairs", @"unoda|(the )?(un |united nations )?office for disarmament affairs",
            "The UN office that keeps the database of Art. 7 transparency reports submitted to the Secretary-General.",
            "7MSP progress report (seed 002)", "reporting rate for 2016"),
        new("Cluster Munition Monitor", @"(the )?(cluster munition )?monitor",
            "The yearly civil-society report (Landmine and Cluster Munition Monitor) on each State's policy, stockpiles, contamination and clearance; many of CcmBot's later dates come from its country profiles.",
            "Cluster Munition Monitor country profiles (cited in CcmBot's data)", "tell me about Lao PDR"),
        new("Model legislation", @"(an? )?model (laws?|legislation|legislative texts?)|models of legislation",
            "Draft laws States can adapt to put the Convention into national law (Art. 9). The Dubrovnik Action Plan asks States to promote them (Action 1.2(b)); the NIM coordinator promotes existing tools, model legislation among them, at workshops and seminars. The texts themselves are not in CcmBot's data.",
            "1RC final report, Sep 2015 (seed 004) Annex III, Action 1.2(b); NIM concept note (seed 000); 7MSP progress report (seed 002) §97", "which States Parties have no information on national legislation?"),
        new("Unknown (in CcmBot's answers)", @"unknown|not known|not known either way|unknown status|an unknown",
            "CcmBot's word for what its data cannot tell on the day asked about: a deadline has passed, but no source records the report or completion as in, and none records it still missing on or after that day. It is never taken to mean overdue; the answer gives when a source last saw it missing, where one did.",
            "CcmBot's reading of its sources (README, \"What it answers\"); Art. 7 and the deadline rules it applies", "what needs my attention?"),
        new("Overdue (in CcmBot's answers)", @"overdue|an overdue|overdue status",
            "A deadline passed, and a source records the report or task still missing on or after the day asked about. Where the data hold no such record, the status is \"unknown\", not overdue.",
            "CcmBot's reading of its sources; the deadline rules of Arts. 3, 4 and 7", "who is overdue?"),
        new("Met (in CcmBot's answers)", @"met|met status",
            "A source records the report, completion or task as in by the day asked about; the answer gives the day it came in where a source gives it, and says whether that was after its deadline.",
            "CcmBot's reading of its sources; the deadline rules of Arts. 3, 4 and 7", "who submitted the 2016 annual report?"),
        new("Universalization", @"universali[sz]ation",
            "The work of bringing every State into the Convention: persuading signatories to ratify and States not party to accede.",
            "1RC final report, Sep 2015 (seed 004) Annex III; 7MSP progress report (seed 002)", "which signatories have not ratified?"),
    ];

    static readonly Dictionary<GlossaryEntry, System.Text.RegularExpressions.Regex> Whole =
        Entries.ToDictionary(e => e, e => Patterns.Get($"^(?:{e.Forms})$"));

    /// <summary>The entry whose forms match the whole of the words asked about, or null.</summary>
    public static GlossaryEntry? Find(string normalizedWords) =>
        Entries.FirstOrDefault(e => Whole[e].IsMatch(normalizedWords.Trim()));
}
