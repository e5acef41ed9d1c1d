using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// Reads questions by keywords on the normalised text (lower case, no accents or punctuation),
/// after dates and State names have been taken out. Order matters: the most specific topic wins.
/// </summary>
public sealed class RuleBasedQuestionParser : IQuestionParser
{
    public const int MaxQuestionLength = 2000;

    public Question Parse(string text, DateOnly today, StateResolver states)
    {
        try
        {
            return WithMeetingPeriod(ParseCore(text, today, states), text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile or pathological input: answered as "not understood", never an error.
            return new Question(Intent.NotUnderstood, (text ?? "")[..Math.Min((text ?? "").Length, 200)], null, null, null, [], []);
        }
    }

    Question ParseCore(string text, DateOnly today, StateResolver states)
    {
        var raw = (text ?? "").Trim();
        if (raw.Length > MaxQuestionLength) raw = raw[..MaxQuestionLength];
        raw = ControlCharacters.Replace(raw, "").Replace("%", " percent ");
        raw = Greetings.WithoutLeading(raw);
        raw = DomainSpelling.Correct(raw, states.IsNameWord);
        // "the annual report due April 2017" names a report, not the date asked about.
        var textWithoutMeetingYears = Patterns.Get(ReportDue).Replace(raw, "report ");
        var dates = DateExpressions.Find(textWithoutMeetingYears, today);
        // "next month as of 15 November 2016": relative windows count from the date asked about.
        if (dates.AsOf is { } pointInTime && dates.Window is not null && pointInTime != today)
            dates = DateExpressions.Find(textWithoutMeetingYears, pointInTime) with { AsOf = dates.AsOf, AsOfText = dates.AsOfText };
        var withoutDates = TextNormalizer.Normalize(dates.Rest);
        var full = TextNormalizer.Normalize(raw);

        var searched = RemoveTopicWords(dates.Rest);
        var matches = states.FindAll(searched);
        var fuzzyGroups = matches.Where(m => !m.Exact).GroupBy(m => m.MatchedText).ToList();
        // In the order they were written: "Chad, Iraq and Lao PDR" answers Chad first.
        var normalized = TextNormalizer.Normalize(searched);
        var exact = matches.Where(m => m.Exact).Concat(fuzzyGroups.Where(g => g.Count() == 1).Select(g => g.First()))
            .DistinctBy(m => m.State.Iso3)
            .OrderBy(m => normalized.IndexOf(m.MatchedText, StringComparison.Ordinal) is var at and >= 0 ? at : int.MaxValue)
            .Select(m => m.State).ToList();
        var uncertain = fuzzyGroups.Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        var namesState = exact.Count + uncertain.Count > 0;

        var q = new Question(Intent.NotUnderstood, raw, dates.AsOf, dates.AsOfText, dates.Window, exact, uncertain) { PeriodLeftOut = dates.LeftOut };
        var t = withoutDates;
        q = q with
        {
            Year = ReportYear(full),
            Article = ArticleNumber(t),
            Region = RegionIn(t),
            RegionAsked = ApproximateRegion.Match(t) is { Success: true } approximate ? approximate.Value : null,
            ByRegion = Has(t, @"\b(by|per|each|every) region\b|\bregional (breakdown|split)\b|\bregions\b|\bwhich region\b|\bregion (has|had|with) the (most|fewest|least|largest|smallest|highest|lowest)\b"),
            ByYear = Has(t, @"\b(by|per|each|every|a) year\b|\byearly\b|\byear by year\b|\bannual (count|breakdown|totals?)\b|\bper annum\b"),
            Interpretation = null,
            AsksQuantity = Has(t, QuantityAsked),
            ExportAsked = Has(t, @"\b(export|download|downloadable|csv|excel|xlsx|spreadsheet)\b"),
            AsksWhenJoined = Has(t, WhenJoinedAsked) || Has(t, MembershipDateAsked),
            Focus = Has(t, NationalMeasuresAsked) ? ProfileFocus.NationalMeasures
                : Has(t, VictimAssistanceAsked) ? ProfileFocus.VictimAssistance
                : Has(t, DeadlinesAsked) ? ProfileFocus.Deadlines
                : ProfileFocus.None,
            UnMembers = Has(t, @"\b(un|united nations) (members?|member states?|membership)\b|\bmembers of the (un|united nations)\b"),
            VictimAssistanceItem = Has(t, @"\bfocal points?\b") ? Treaties.DeliverableKind.VictimAssistanceFocalPoint
                : Has(t, @"\b(victim assistance|va|disability) (action )?plans?\b|\bnational (disability |victim assistance )?action plans?\b|\baction plans? on (disability|victim assistance|victims)\b") ? Treaties.DeliverableKind.VictimAssistanceActionPlan
                : null,
        };
        return SignedWhen(SeveralRegions(LookingAhead(Classify(q, t, full, namesState, states.ResolveExact), full, today), t), full);
    }

    /// <summary>
    /// "Which signatories signed before 2009 and still haven't ratified?": the period says when they signed, not the day
    /// asked about — today's signatories whose signature falls in it. "Signatories as of 2015" keeps its date.
    /// </summary>
    static Question SignedWhen(Question q, string full) =>
        q is { Intent: Intent.Signatories, NotParty: false, SignatureOpening: false, RatifiedFastest: null, Window: not null, AsOf: null }
            && Has(full, @"\bsigned\s+(it\s+|the (convention|treaty|ccm)\s+)?(before|in|after|since|between|during|prior to|by|from|until|up to)\b")
            ? q with { Signed = true }
            : q;

    /// <summary>"How many States Parties in Africa and Europe?", "which has more, Africa or Europe?": the count for each region named, not the first alone.</summary>
    static Question SeveralRegions(Question q, string t) =>
        q.Intent is Intent.MembershipCount or Intent.MembershipList && q.States.Count == 0 && q.Window is null && RegionsIn(t) is { Count: > 1 } several
            ? q with { Intent = Intent.MembershipCount, Region = null, RegionAsked = null, ByRegion = true, RegionsNamed = several }
            : q;

    /// <summary>
    /// "Anything due in January?" asked in December is next January: a month named without a year is
    /// the latest one begun, except in a question about what falls due, where a month already over is next year's.
    /// </summary>
    static Question LookingAhead(Question q, string full, DateOnly today)
    {
        var dueQuestion = q.Intent is Intent.ComingUp or Intent.Milestones || q.Intent == Intent.ArticleObligations && q.View.HasFlag(ObligationView.Deadlines)
                          || q is { Intent: Intent.FollowUps, OverdueOnly: false, WithoutFollowUp: false };
        if (!dueQuestion || q.Window is not { To: { } to } window || to >= (q.AsOf ?? today)) return q;
        if (!Has(window.Text.ToLowerInvariant(), @"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bq[1-4]\b|\bquarter\b") || Has(window.Text, @"(19|20)\d{2}")
            || Has(full, @"\b(was|were|did|had|missed|passed|last)\b")) return q;
        return q with { Window = window with { From = window.From?.AddYears(1), To = to.AddYears(1) } };
    }

    static Question Classify(Question q, string t, string full, bool namesState, Func<string, StateInfo?> stateNamed)
    {
        if (t.Length == 0) return q with { Intent = namesState ? Intent.StateProfile : Intent.Help };
        // "Help with reminders", "how do I log a démarche?", "how can I export a list?": that part of the help.
        if (!namesState && (Has(t, @"^(help|commands|examples?)( (with|on|for|about))? \w") || Has(t, @"^how (do|can|should|would) (i|we|you|one)\b|^how to\b|^is there a way to\b")) && HelpTopicIn(t) is { } topic)
            return q with { Intent = Intent.Help, HelpTopic = topic };
        if (Has(t, @"^(help|menu|commands|hi|hello|hey|hiya|greetings|good (morning|afternoon|evening|day)|bonjour|start|what can you (do|answer|tell me)|what do you know|how do i use|examples?)\b") || t is "h"
            || Has(t, @"^(who|what) are you$|^(what|who) is (ccmbot|this bot|this)$|^(introduce yourself|about (you|ccmbot)|tell me about (yourself|ccmbot))$"))
            return q with { Intent = Intent.Help };
        if (Has(t, @"^(thanks|thank you|thank u|thx|ty|cheers|merci|great thanks|ok thanks|many thanks)\b"))
            return q with { Intent = Intent.Thanks };
        // "ok", "got it", "great": an acknowledgement, answered as one.
        if (Has(t, @"^(ok|okay|k|kk|alright|all right|got it|noted|great|cool|perfect|fine|good|nice|understood|sure|yes|yep|yeah|no|nope)( then)?$"))
            return q with { Intent = Intent.Acknowledged };
        // "What is the CCM?", "what is the Convention about?": what the Convention is; its rules are a question away.
        if (!namesState && Has(t, @"^(whats|what is|explain|describe|tell me about)( the)? (ccm|convention|treaty|convention on cluster munitions|cluster munitions convention)( about)?$"))
            return q with { Intent = Intent.Glossary, GlossaryEntry = Treaties.Glossary.Find("ccm") };
        // "What's Article 7?": that article's rules.
        if (!namesState && Has(t, @"^(whats|what is|what are|explain|describe|tell me about)( the)? (art(icle)? ?\d{1,2})( about)?$"))
            return q with { Intent = Intent.Rules, Article = ArticleWritten(full) };
        // "How do I contact the ISU?", "CMC contact details": CcmBot holds no addresses; it says so, and what the body is.
        if (!namesState && ContactDetailsAsked(t) is { } body) return q with { Intent = Intent.Glossary, GlossaryEntry = body, ContactDetailsAsked = true };
        // "What is the ISU?", "what does LAP stand for?", "define démarche": what a word of the Convention's work means.
        if (GlossaryAsked(t) is { } entry) return q with { Intent = Intent.Glossary, GlossaryEntry = entry };
        // "Draft a letter to Togo": CcmBot writes no letters, but what the State owes is what goes in one.
        if (namesState && q.States.Count > 0 && Patterns.Get(@"^(please )?((can|could|would) you )?(help me )?(draft|write|prepare|compose|draw up)( me| us)? (a |an |the )?(?<kind>letter|demarche|note verbale|email|e mail|message|reminder)s?\b").Match(t) is { Success: true } draft)
            return q with { Intent = Intent.StateProfile, Focus = ProfileFocus.Deadlines, DraftAsked = draft.Groups["kind"].Value.Replace("demarche", "démarche").Replace("e mail", "email") };
        // "Prep me for my meeting with Kenya", "talking points for Indonesia": the State's profile, which has what it owes and the latest contacts.
        if (namesState && q.States.Count > 0 && Has(t, @"^(please )?((can|could|would) you )?(help me )?(prep|prepare|brief|briefing|talking points|speaking points|key messages|background|get me ready|ready me)\b")
            && !Has(t, @"\b(letter|demarche|note verbale|email|e mail|message|reminder)s?\b")
            // "What should I raise with Indonesia?", "what to push Kenya on": the same briefing, asked about the next contact.
            || namesState && q.States.Count > 0 && Has(t, @"^what (should|shall|could|do|can) (i|we) (raise|discuss|mention|bring up|push|ask|say|tell|cover)\b|^what to (raise|discuss|mention|bring up|push|cover)\b")
            // "Why hasn't Indonesia ratified?": the data hold no reasons; the State's profile, with its dates, is what they can say.
            || namesState && q.States.Count == 1 && Has(t, @"\bwhy\b") && Has(t, @"\b(not|hasnt|havent|hadnt|didnt|still)\b.{0,30}\b(ratif\w*|join\w*|acced\w*|sign\w*|report\w*|submit\w*)\b"))
            return q with { Intent = Intent.StateProfile, AsksWhenJoined = Has(t, @"\b(ratif\w*|join\w*|acced\w*|sign\w*)\b") };
        // "What's the status of universalization?", "universalization overview": where membership stands, region by region.
        if (!namesState && Has(t, @"^(whats |what is |how is |how are we doing on |give me |show me )?(the )?((status|state|progress|overview|state of play|summary) (of|on) )?universali[sz]ation( (status|progress|overview|state of play|summary|at a glance|going|doing))?$"))
            return q with { Intent = Intent.MembershipCount, ByRegion = true, UniversalizationAsked = true };
        // "How's Asia doing on universalization?", "universalization in Africa": where that region's States stand.
        if (!namesState && q.Region is not null && Has(t, @"\buniversali[sz]ation\b") && !Has(t, @"\b(outreach|contacts?|contacted|letters?|demarches?|calls?|emails?|meetings?|coordinators?|milestones?|plans?|log\w*|signator\w*|which|who|list|name)\b")
            // "Universalization rate in the Pacific": the region at a glance, which leads with the share.
            && !Has(t, @"\b(rate|share|percentage|percent|proportion)\b"))
            return q with { Intent = Intent.MembershipCount, UniversalizationAsked = true };
        // "Where does your data come from?", "how up to date is the data?": what CcmBot answers from, and up to when.
        if (!namesState && Has(t, DataCoverageAsked)) return q with { Intent = Intent.DataCoverage };
        // "Tell me about Africa", "Pacific overview", "compare Africa and Europe": each region at a glance.
        if (!namesState && RegionOverviewAsked(t) is { Count: > 0 } regions)
            return q with { Intent = Intent.RegionOverview, RegionsNamed = regions, Region = regions[0] };
        // "Compare all regions", "regions", "regional breakdown": every region side by side.
        if (!namesState && Has(t, @"\b(regions?|regional)\b") && Patterns.Get(OverviewWords).Replace(Patterns.Get(@"\b(all|every|each|regional|breakdown|by|per|across|overall)\b").Replace(t, " "), " ").Trim().Length == 0)
            return q with { Intent = Intent.RegionOverview, AllRegions = true };
        // "Status of the Convention", "where do we stand?", "status": the whole Convention at a glance, counted as a region is.
        if (!namesState && Has(t, ConventionOverviewAsked)) return q with { Intent = Intent.RegionOverview };
        // "What's the difference between a signatory and a State Party?": both meanings, side by side.
        if (Patterns.Get(@"^(?:whats|what is|what are|explain)\s+the\s+differences?\s+between\s+(?:an?\s+|the\s+)?(?<a>.+?)\s+and\s+(?:an?\s+|the\s+)?(?<b>.+?)$").Match(t) is { Success: true } twoTerms
            && Treaties.Glossary.Find(twoTerms.Groups["a"].Value) is { } first && Treaties.Glossary.Find(twoTerms.Groups["b"].Value) is { } second && first != second)
            return q with { Intent = Intent.Glossary, GlossaryEntry = first, GlossaryOther = second };
        // "When does the treaty require annual reports?", "what does the Convention say about reporting?": the Art. 7 rule.
        if (!namesState && !Has(t, @"\b(who|which|list|overdue|late|missed)\b") && Has(t, @"\b(treaty|convention|ccm)\b.*\b(require|requires|say|says|oblige|obliges|ask|asks)\b.*\b(reports?|reporting)\b"))
            return q with { Intent = Intent.Rules, Article = 7 };
        // "What does Article 7 require?", "explain the Article 4 rule": the rules CcmBot applies. With a
        // State named ("What is Chile's Article 3 deadline?") it is that State's deadline that is asked.
        if (Has(full, @"\b(what|which|explain|show)\b.*\b(does|do|is|are|the)\b.*\b(art(icle)?\s*\d{1,2}|rules?)\b.*\b(require|requires|say|says|mean|means|oblige|rule|rules)\b|^(what are )?the rules\b|^rules?\b|^explain\b.*\b(art(icle)?\s*\d{1,2}|rules?)\b")
            || !namesState && Has(full, @"\b(what|which|explain|show)\b.*\b(does|do|is|are|the)\b.*\b(art(icle)?\s*\d{1,2}|rules?)\b.*\b(deadline|deadlines)\b"))
            return q with { Intent = Intent.Rules, Article = ArticleWritten(full) };

        // "How long do States have to submit an initial report?", "when is an annual report due?", "what's the deadline for initial reports?"
        // with no State named: the treaty's rule, not a list of States.
        if (!namesState && q.AsOf is null && !Has(t, @"\b(who|which|list|overdue|late|did|took|take|taken|average|median|fastest|slowest)\b")
            && (Has(t, @"^(how long|how much time|how many (years|months|days))\b.*\b(have|get|given|allowed|has)\b.*\bto\b")
                || Has(t, @"^(whats|what is|what are|when is|when are)( the)? (deadlines?|due dates?|time limits?) (for|of) (an? |the )?((initial|annual|first) )?(transparency )?(reports?|reporting)\b")
                || Has(t, @"^when (is|are) (an? |the )?((initial|annual|first) )?(transparency )?reports? due\b")))
            return q with { Intent = Intent.Rules, Article = ArticleWritten(full) ?? ArticleFromTopic(t) ?? (Has(t, @"\b(reports?|reporting|submit\w*)\b") ? 7 : Has(t, @"\bwithdraw\w*\b") ? 20 : null) };

        // "What is the rule for annual reports?", "how is the clearance deadline calculated?": the rule of that article.
        if (!namesState && q.AsOf is null && !Has(t, @"\b(who|which|list|overdue|late|owe|owes|owing|missed)\b") && Has(t, @"\b(rules?|how (is|are) (it|they|(the )?\w+( \w+){0,2}) (calculated|computed|worked out|set|counted)|how do you (calculate|compute|count))\b")
            && Has(t, @"\b(rules?|calculated|computed|worked out|set|counted|calculate|compute|count)\b.*\b(reports?|reporting|clearance|stockpiles?|destruction|extensions?|entry into force|withdrawals?|deadlines?)\b|\b(reports?|reporting|clearance|stockpiles?|destruction|extensions?|entry into force|withdrawals?|deadlines?)\b.*\b(calculated|computed|worked out|counted|set|fixed|determined)\b"))
            return q with { Intent = Intent.Rules, Article = q.Article ?? ArticleFromTopic(t) ?? (Has(t, @"\b(reports?|reporting)\b") ? 7 : Has(t, @"\bentry into force\b") ? 17 : Has(t, @"\bwithdrawals?\b") ? 20 : null) };

        // "When was the CCM adopted?", "when did signature open?", "where was the Convention signed?": the Convention's own dates.
        if (!namesState && Has(t, @"\b(convention|ccm|treaty|it)\b|^when (did|was) (signature|signing)\b") && Has(t, @"\b(adopt\w*|negotiat\w*|concluded|agreed)\b") && Has(t, @"\b(when|where|what (date|day|year)|date)\b"))
            return q with { Intent = Intent.Meetings, MeetingId = "CCM-adoption" };
        // "When did the Convention enter into force?": its own entry into force, under the Art. 17 rule.
        if (!namesState && Has(t, @"\b(convention|ccm|treaty)\b") && Has(t, @"\b(enter\w* into force|entry into force|eif|c[oa]me into force|effective)\b")
            && !Has(t, @"\b(for|which|who|whom|states?|parties|countries|members|soon|next)\b"))
            return q with { Intent = Intent.Rules, Article = 17 };
        // "Can a signatory be overdue?", "do signatories have to report?": the rule, with the answer for signatories first.
        if (!namesState && Has(t, @"^(can|could|do|does|must|are|is|should|would)\b") && Has(t, @"\bsignator(y|ies)\b")
            && Has(t, @"\b(overdue|late|reports?|report|reporting|owe|owes|obliged|bound|required|have to|has to|need to)\b"))
            return q with { Intent = Intent.Rules, Article = 7, AsksIfSignatoriesReport = true };
        // "When is the next annual report deadline?": the next 30 April, with the rule.
        if (!namesState && q.AsOf is null && q.Window is null && Has(t, @"\bnext\b") && Has(t, @"\b(annual|transparency|art(icle)? 7) (reports?|reporting)\b|\breporting\b") && Has(t, @"\b(deadlines?|due|when)\b")
            && !Has(t, @"\b(who|which|list|overdue|owe|owes|missed)\b"))
            return q with { Intent = Intent.Rules, Article = 7, NextOnly = true };
        // "When are annual reports due?" with no State: the rule, not one State's deadline.
        if (!namesState && q.AsOf is null && q.Window is null && Has(t, @"^when (are|is|do|does) (the )?(annual |initial |art(icle)? 7 |transparency )*(reports?|reporting) (due|have to be|need to be|must be)\b"))
            return q with { Intent = Intent.Rules, Article = 7 };

        // "Which P5 members are party?", "EU member states not party": groupings the data do not hold (they hold regions).
        if (!namesState && GroupingIn(q.Text) is { Length: > 0 } grouping
            && Has(t, @"\b(members?|states?|countries|party|parties|signatories|signed|joined|ratified|who|which|how many|list)\b"))
            return q with { Intent = Intent.Groupings, GroupingAsked = grouping };
        // Money: contributions, arrears, budgets. Not about a contact ("what did Kenya say about funding?"), which the log answers.
        if (Has(t, @"\b(contributions?|arrears|budgets?|funding|funds|finances?|financial|paid|pay|paying|payments?|money|fees?|assessed|invoices?|dues|unpaid|owed? money|cost sharing|costs? of (the )?(meetings?|isu))\b|\b(owe|owes|owed|owing) (to )?(the )?(isu|implementation support unit|gichd|un|united nations)\b")
            && !Has(t, @"\b(contacts?|demarches?|letters?|meetings? with|outreach|wrote|written|told|say|said|discuss\w*|log\w*|follow ?ups?)\b"))
            return q with { Intent = Intent.Finances };

        // "Article 6", "cooperation and assistance requests": no Art. 6 records are held (who coordinates it is a coordinators question).
        if (!namesState && !Has(t, @"\b(coordinat\w*|contacts?|demarches?|letters?|outreach|log\w*|what does|what is|whats|rule|require\w*)\b")
            && Has(t, @"^(the )?(art(icle)? 6|(international )?cooperation( and assistance)?)( (requests?|offers?|needs?|status|overview|data|records?|who (asked|requested|offered)))*$|\b(requests?|offers?) (for|of) (cooperation|assistance)\b|\bwho (needs|requested|asked for|offers?|offered) (international )?(cooperation|assistance)\b"))
            return q with { Intent = Intent.Cooperation };

        // The outreach log.
        // "Which States have I not followed up with?": open contacts whose follow-up day has passed.
        if (Has(t, @"\b(not|never|havent|hasnt|didnt|yet to|forgot( to)?|forgotten( to)?)\s+((we|i|you|they|anyone|anybody)\s+)?(yet\s+)?(followed|follow) ?up\b"))
            return q with { Intent = Intent.FollowUps, Mine = Has(t, @"\b(my|mine|i)\b"), OpenOnly = true, OverdueOnly = true };
        if (Has(t, @"\b(follow ?ups?|followups?)\b"))
            return q with
            {
                Intent = Intent.FollowUps, Mine = Has(t, @"\b(my|mine|i)\b"), OpenOnly = true, AnyDay = Has(t, @"\b(all|every|each|whole|full|complete|whenever|any (date|day|time))\b"),
                OverdueOnly = Has(t, @"\b(overdue|late|past (their |its |the )?(due )?dates?|past due|missed|slipped|behind)\b"),
                WithoutFollowUp = Has(t, @"\b(no|without|missing|lacking|lack|lacks)\s+(an?\s+|any\s+)?(set\s+)?(follow ?ups?|followups?)\b|\b(follow ?ups?|followups?)( (date|day)s?)? (is |are )?(not set|missing|unset|blank|empty)\b"),
            };
        // "Which overdue States haven't we contacted?", "who have we not written to?": the subject may sit between.
        if (Has(t, @"\b(not|never|havent|hasnt|hadnt|didnt|no one has|nobody has|no)\s+(?:(?:we|you|i|they|anyone|anybody|yet|ever|been)\s+){0,2}(contacted|contact|written|wrote|approached|reached)\b|\bno contact\b|\bwithout (a )?contact\b"))
            return q with
            {
                Intent = Intent.NotContacted, Months = MonthsIn(t),
                // "which signatories have we not approached?": the States still to join, not those behind with reports.
                ContactArea = Has(t, @"\b(signator(y|ies)|ratif\w*|accede|accession|join(ed)?|universali[sz]ation|non ?(states? )?part(y|ies)|not (yet )?(a )?(states? )?part(y|ies))\b")
                    ? Outreach.ThematicArea.Universalization : null,
            };
        // "Who owes us a reply?", "who still hasn't replied?", "which States are we waiting to hear from?": open contacts with no answer yet.
        if (Has(t, @"\bowes? (us|me) (a |an )?(reply|response|answer)\b|\b(not|hasnt|havent|hadnt|didnt|never|yet to|still to)\s+(?:(?:we|you|i|yet|still)\s+){0,2}(been\s+)?(replied|responded|answered|reply|respond|answer|got(ten)? back|come back|gotten back|reverted|revert|heard back|heard (anything )?from|had (a |an |any )?(reply|response|answer))\b|\bno word (yet )?from\b|\bwaiting (to hear|for (a |an |their |its |any )?(reply|replies|response|responses|answer|answers|word))\b|\b(pending|outstanding|awaited) (replies|responses|answers)\b|\bawaiting (a |an |their |its )?(reply|replies|response|responses|answer|answers)\b|\bno (reply|response|answer) yet\b"))
            return q with { Intent = Intent.OutreachContacts, OpenOnly = true, ContactOutcome = Outreach.ContactOutcome.NoResponse, Mine = Has(t, @"\b(my|mine|i)\b") };
        // "Who did coord1 contact?", "letters sent by Maria": the contacts one person recorded.
        if (AuthorIn(t, q.Text, q.States, stateNamed) is { } author)
            return OneDayAsked(q, full) with
            {
                Intent = Intent.OutreachContacts, Author = author, ContactKind = Outreach.ContactValidator.ReadKind(KindWord(t)), ContactArea = OutreachAreaIn(t),
                OpenOnly = Has(t, @"\bopen\b"), ContactOutcome = OutcomeIn(t), EnteredInWindow = Has(t, EnteredAsked),
            };
        if (Has(t, @"\b(demarches|letters|meetings|calls|emails|bilaterals)\b") && Has(t, @"\b(summary|statistics|stats|breakdown)\b|\b(by|per) (thematic )?(area|areas|kind|type|state|country|region|month|quarter|coordinator)\b")
            || Has(t, @"\b(outreach|contacts|outreach log|log)\b") && Has(t, @"\b(?<!\b(initial|annual|transparency|7|progress|national|monitor|its|their|a|the \d{4}) )(report|summary|statistics|stats|counts?|totals?|breakdown|export|csv|excel|xlsx|spreadsheet|download)\b|\b(by|per) (thematic )?(area|areas|kind|type|state|country|region|month|quarter|coordinator)\b")
            || Has(t, @"\b(contact|contacted|approach|approached|write to|written to|wrote to|chase|chased) (the )?most\b|\bmost (contacted|approached)\b|\b(who|which coordinators?) (did|made|logged|recorded) (the )?most\b|\bmost (outreach|contacts)\b")
            || Has(t, @"\b(contacted|approached|written to|wrote to|write to|chased|met|called|emailed)( them| it)? (more than (once|twice|\w+ times)|repeatedly|several times|multiple times|many times|twice|again and again|at least (twice|\w+ times)|\w+ (times )?or more( times)?|three times)\b")
            || Has(t, @"\b(response|reply|answer) rates?\b|\b(how many|what share|what percentage|what proportion|share|percentage|proportion)\b.{0,40}\b(replied|answered|responded|reply|replies|responses?)\b")
            || Has(t, @"\b(outreach|contacts?) (progress )?(report|summary|overview|figures|numbers)\b"))
            return q with
            {
                Intent = Intent.OutreachReport, Window = q.Window ?? PeriodNamed(q) ?? YearNamed(full), ContactKind = Outreach.ContactValidator.ReadKind(KindWord(t)), ContactArea = OutreachAreaIn(t),
                ContactedAtLeast = TimesContacted(t),
            };
        // "Who responded?", "which States have replied this year?": contacts with an answer recorded.
        if (!namesState && Has(t, @"^(who|which( states?| countries| missions?)?) (has |have |had )?(responded|replied|answered|got back( to us)?|came back( to us)?|reverted)\b"))
            return OneDayAsked(q, full) with { Intent = Intent.OutreachContacts, AnsweredOnly = true, Mine = Has(t, @"\b(my|mine|i)\b") };
        // "Who did I meet this week?", "which States have we called?": the contacts of that kind.
        var metWho = Has(t, ContactVerbAsked);
        if (metWho || Has(t, @"\b(demarches?|letters?|outreach|contacts|contacted|written to|wrote to|calls?|emails?|bilaterals?)\b|\b(last|latest|most recent|previous) contact\b|\bcontact with\b|\b(did|have) we (last |ever |already )?(send|sent|do|done|write|written)\b|\bwe (sent|wrote)\b|\b(did|have) (i|we) (log|logged|record|recorded|enter|entered|add|added)\b|\b(i|we) (logged|recorded|entered)\b|\b(logged|recorded|entered) (today|yesterday|this|last)\b|\b(did|has|have|had)\b.{1,60}\b(contact|reach out to|write to)\b") && !Has(t, @"\b(focal points?)\b")
            || Has(t, @"\bmeetings? with\b") && namesState
            // "What's still open with Kenya?": the State's open contacts (its reports and deadlines are asked with their own words).
            || namesState && Has(t, @"\b(still )?open (with|for)\b|\bopen (contacts?|items?|threads?|files?)\b") && !Has(t, @"\b(reports?|deadlines?|obligations?|extensions?|milestones?)\b")
            // "What did we discuss with Chile?", "when did we last talk to Peru?", "what have we told Togo?": our side of the contacts.
            || namesState && Has(t, @"\b(discuss(ed|ing)?|talk(ed|ing)?|spoke|spoken|speak(ing)?|met|meet|raised?|said|told|tell)\b( \w+){0,3} (with|to)\b|\bwhat (did|have|had) (we|i) (discuss(ed)?|talk(ed)? about|raise(d)?|say|said|tell|told)\b")
            // "What did Kenya say last time?", "any reply from Angola?": what the log records of the State's answers.
            || namesState && !Has(t, @"\b(reports?|seeds?|sources?|documents?|monitor|data|decisions?|declaration|action plan|concept note)\b\s+(say|said|says|tell|told|show|showed|record|recorded)\b") && Has(t, @"\bwhat (did|has|have|had)\b.{1,60}\b(say|said|reply|replied|answer|answered|respond|responded|tell us|told us|come back|came back|get back|got back)\b|\b(any|last|latest) (reply|replies|response|responses|answer|word|news) from\b|\bheard (back )?from\b|\b(has|have|did|had)\b.{1,60}\b(replied|responded|answered|got(ten)? back|come back|came back|reverted|reply|respond|answer|get back|revert)\b"))
            return OneDayAsked(q, full) with
            {
                Intent = Intent.OutreachContacts, ContactKind = Outreach.ContactValidator.ReadKind(KindWord(t) ?? (metWho ? KindOfVerb(t) : null)), ContactArea = OutreachAreaIn(t),
                ContactedStanding = namesState ? null : StandingIn(t),
                WrittenOnly = KindWord(t) is null && Has(t, @"\b(write to|wrote to|written to)\b"),
                Mine = Has(t, @"\b(my|mine|i)\b"), OpenOnly = Has(t, @"\bopen\b"), ContactOutcome = OutcomeIn(t),
                EnteredInWindow = Has(t, EnteredAsked),
                LastOnly = Has(t, @"\b(when|what) (did|have|was|were) (we|i|you|anyone|somebody|someone|it)( \w+)? last\b|\blast (time|contact|contacted|wrote|written|approach|approached|letter|demarche|call|email|meeting|outreach)\b|\b(latest|most recent) (contact|letter|demarche|call|email|meeting|outreach)\b"),
            };

        // "Who is responsible for the NIM plan?", "who leads on universalization?": the coordinators of that area.
        if (!namesState && Has(t, @"\b(who|whos|which)\b") && Has(t, @"\b(responsible|in charge|leads?|leading|owns?|handles?|handling|covers?|covering|looks? after)\b") && AreaIn(t) is { } area
            && !Has(t, @"\b(overdue|due|late|missed|deadlines?|reports? (are|is)|contacts?|outreach)\b"))
            return q with { Intent = Intent.Coordinators, Area = area };
        // "List the coordination committee", "who sits on the CC?": the President and the coordinators, together ("what is the coordination committee?" stays its meaning).
        if (Has(t, @"\b(coordination committee|coordinating committee)\b") && Has(t, @"\b(list|who|members?|membership|composition|sits?|sitting|on it|names?|show)\b") && !Has(t, @"^what (is|does)\b"))
            return q with { Intent = Intent.Coordinators };
        // Coordinators and the presidency: "who coordinates victim assistance?", "who was president of 7MSP?".
        if (Has(t, @"\b(coordinators?|co ?coordinators?|coordinates|coordinated|coordinating|presidents?|presidency|presided|presiding|presides?|vice presidents?|chairs?|chaired|chairing)\b")
            && !Has(t, @"\b(overdue|due|milestones?|actions?|plans?|concept notes?)\b"))
            return q with { Intent = Intent.Coordinators, Area = Has(t, @"\b(presidents?|presidency|presided|presiding|presides?|vice presidents?|chairs?|chaired|chairing)\b") ? "Presidency" : AreaIn(t), MeetingId = MeetingIdIn(full) };

        // "Has Togo signed?", "is Kenya a State Party?": that State's profile, which says.
        if (namesState && Has(t, @"^(is|are|has|have|did|does)\b") && Has(t, @"\b(state party|party|member|signatory|signed|ratified|joined|acceded|join|sign|ratify|accede)\b")
            && !Has(t, @"\b(reports?|reporting|submitted|extension|deadline|legislation)\b"))
            return q with { Intent = Intent.StateProfile };
        // "Is Russia a State Party?", "has the United States signed?": a name that is no signatory or party.
        if (!namesState && MembershipOfName.Match(t) is { Success: true } asked && !Has(asked.Groups["name"].Value, @"^(we|anyone|anybody|everyone|any|it|they|there|convention|this|that|who|which|how many)\b"))
            return q with { Intent = Intent.StateProfile, UnresolvedName = AsWritten(asked.Groups["name"].Value.Trim(), q.Text) };

        var reportWords = Has(t, @"\b(reports?|reporting|art(icle)? ?7|transparency|submissions?|submitted|submit)\b");
        var overdueWords = Has(t, @"\b(overdue|owe|owes|owing|owed|missed|miss|missing|late|outstanding|not (yet )?submitted|not (yet )?reported|never reported|havent|hasnt|didnt|behind|delinquent|pending|yet to|failed to|still to|non ?compliant|non ?compliance|compliance (concerns?|issues?|problems?|cases?|gaps?)|chase|defaulters?|defaulting|in default|non ?reporters?|non ?reporting|laggards?)\b");
        // "Has Togo reported?": that State's Article 7 reports, not its whole profile.
        if (namesState && Has(t, @"^(has|have|did|does|is|was)\b") && Has(t, @"\breported\b") && !Has(t, @"\b(victims?|contaminat\w*|stockpiles?|stocks|focal points?|legislation|completion|completed)\b"))
            return q with { Intent = Intent.ReportingHistory, Reports = ScopeOf(t, q.Year) };

        // Meetings: "when is the next MSP", "where was 7MSP", "3RC dates".
        var meeting = MeetingIdIn(full);
        // "What changed since the 2RC?": in membership, who joined (or left) since.
        var joinWords = Has(t, @"\b(joined|join|ratified|ratif\w+|acceded|accession\w*|new (states parties|members|parties))\b|\bwhat (has |have )?changed\b");
        if (meeting is not null && joinWords && !namesState)
        {
            // "Who joined since the 2RC?": instruments deposited in a period bounded by the meeting.
            var (since, relation, until) = MeetingPeriod(full, meeting);
            return q with { Intent = Intent.MembershipChanges, MeetingId = since, MeetingRelation = relation, MeetingUntil = until };
        }
        // "How many States Parties were there at the 1RC?", "States Parties before 7MSP": membership on the meeting's days.
        if (meeting is not null && !namesState && Has(t, @"\b(states? part(y|ies)|parties|members|membership|sps?|signator(y|ies))\b")
            && Has(full, @"\b(at|during|by|before|ahead of|prior to|as of|on the eve of)\s+(the\s+)?(time\s+of\s+(the\s+)?)?(\d{1,2}\s?(st|nd|rd|th)?\s?(msp|rc)|(first|second|third|1st|2nd|3rd) review conference)\b")
            && !Has(t, @"\b(overdue|reports?|deadlines?|milestones?|extensions?|obligations?|president|coordinators?)\b"))
        {
            var before = Has(full, @"\b(before|ahead of|prior to|on the eve of)\s+(the\s+)?(\d|first|second|third|1st|2nd|3rd)");
            var counted = Has(t, @"\b(how many|hw many|number of|count|total)\b") || !Has(t, @"\b(list|which|who|name|names|show)\b");
            return q with { Intent = counted ? Intent.MembershipCount : Intent.MembershipList, MeetingId = meeting, MeetingRelation = before ? "before" : "at" };
        }
        // "What did the 7MSP progress report say about Chad?", "Chad at the 7MSP": that State as it stood at the meeting.
        if (meeting is not null && namesState && q.AsOf is null && Has(t, @"\b(reports?|say|said|says|status|stand|stood|situation|at|in|during|before|profile)\b")
            && !Has(t, @"\b(decide\w*|decision\w*|grant\w*|approv\w*|agreed|extensions?|extended|requests?|requested|president\w*|presid\w*|chair\w*|coordinat\w*|delegat\w*|attend\w*|statements?|speak|spoke|join\w*|ratif\w*|acced\w*|since|after)\b"))
        {
            q = q with { AsOfMeeting = meeting, AsOfMeetingEve = Has(full, @"\b(before|ahead of|prior to|on the eve of)\b") };
            meeting = null;
        }
        // "Overdue initial reports on the eve of the 7MSP", "who had stockpiles when the 2RC opened?": the meeting dates the question.
        if (meeting is not null && q.AsOf is null && !Has(t, @"\b(milestones?|action plans?|actions?|extensions?|extended|granted|president|presidency|coordinators?)\b")
            && Has(t, @"\b(overdue|reports?|reporting|stockpiles?|stocks|clearance|contaminat\w*|obligations?|art(icle)? ?[3-9]|legislation|victims?|signator(y|ies)|owe|owed|owing)\b")
            // "When the 2RC opened" dates the question; "… when were they due?" beside a meeting named for context does not.
            && Has(full, @"\b(at|during|before|ahead of|prior to|on the eve of|by the time of|at the time of|as of|as at)\b|\bwhen (the )?\S*(msp|rc|meeting|conference)\b"))
        {
            q = q with { AsOfMeeting = meeting, AsOfMeetingEve = Has(full, @"\b(before|ahead of|prior to|on the eve of)\b") };
            meeting = null;
        }
        // "How many MSPs have there been?", "how many review conferences?": meetings held, counted by kind.
        // "How many days until the next MSP?", "how long until the 3RC?": the next meeting, with the days to go.
        if (!namesState && Has(t, @"\b(how many (days|weeks|months)|how long|how soon|days (left|to go))\b") && Has(t, @"\b(msps?|meetings?|review conferences?|rcs?|conference)\b") && !Has(t, @"\b(milestones?|contacts?|outreach|demarches?)\b"))
            return q with { Intent = Intent.Meetings, NextOnly = meeting is null, MeetingId = meeting };
        if (!namesState && Has(t, @"\b(how many|number of|count)\b") && Has(t, @"\b(msps?|meetings?( of (the )?states parties)?|review conferences?|rcs)\b") && !Has(t, @"\b(milestones?|contacts?|outreach|demarches?)\b"))
            return q with { Intent = Intent.Meetings, CountsMeetings = true };
        // "Meetings", "all MSPs": every meeting on record.
        if (!namesState && meeting is null && Has(t, @"^(the |all )?(meetings?|msps|meetings of (the )?states parties|review conferences|rcs|conventions? meetings)( (list|so far|to date|held|on record))?$"))
            return q with { Intent = Intent.Meetings };
        // "Meetings in 2026", "is there a meeting in 2027?": the Convention's meetings in that period.
        if (!namesState && q.Window is not null && meeting is null && Has(t, @"\b(meetings?|msps?|review conferences?|conferences?)\b")
            && !Has(t, @"\b(milestones?|actions?|action plans?|extensions?|deadlines?|due|contacts?|outreach|demarches?|bilaterals?|with)\b"))
            return q with { Intent = Intent.Meetings };
        // "What falls due between now and the 14MSP?", "deadlines before the 3RC": everything due until the meeting opens.
        if (!namesState && meeting is not null && Has(t, @"\b(falls? due|falling due|due|deadlines?|coming up|upcoming)\b") && !Has(t, @"\b(overdue|missed|passed|milestones?|action plans?)\b")
            && Has(full, @"\b(before|until|till|between now and|ahead of|up to|prior to)\b"))
            return q with { Intent = Intent.ComingUp, MeetingId = meeting, MeetingRelation = "before", Article = q.Article };
        // "… the 14MSP progress report: which States still haven't submitted their initial reports?" asks about States, not the meeting.
        var asksAboutStatesReports = Has(t, @"\b(who|which|list|how many)\b") && Has(t, @"\b(overdue|owe|owes|submitted|reports|reporting|initial report|annual report)\b");
        if (!asksAboutStatesReports && !Has(t, @"\b(milestones?|action plan|actions?|extensions?|extended|granted)\b") && !Has(t, @"\brequests?\b") && !(namesState && meeting is not null && Has(t, @"\b(decide\w*|decision\w*|grant\w*|approv\w*|agreed|agree)\b")) &&
            (meeting is not null && !Has(t, @"\b(before|by)\b \d+ ?(msp|rc)") || Has(t, @"\b(meetings?|msp|review conference|intersessionals?|conference)\b") && Has(t, @"\b(when|where|next|upcoming|coming|forthcoming|future|scheduled|planned|dates?|held|venue|last|previous|list|calendar|schedule)\b")))
            return q with { Intent = Intent.Meetings, MeetingId = meeting, NextOnly = Has(t, @"\b(next|upcoming|coming|forthcoming|future|scheduled|planned)\b") };

        // "LAP Action 47 — who hasn't done it?": the action asks each State Party for national implementation measures, so it is about the States (Art. 9).
        if (!namesState && Has(t, @"\baction 47\b") && Has(t, @"\b(who|which|states?|countries|list|how many)\b") && !Has(t, @"\bmilestones?\b"))
            return Article9CategoryIn(t) is { } doneAs
                ? q with { Intent = Intent.Article9, Article = 9, Article9Category = doneAs }
                : q with { Intent = Intent.Article9, Article = 9, Article9Lacking = Has(t, @"\b(no|not|without|lack\w*|missing|yet to|still|havent|hasnt|didnt|failed)\b") };
        // Action plans and coordinators' milestones.
        var plan = PlanIn(t, full);
        // "Which plans do we have?", "milestones by plan", "how are the action plans going?": every plan, side by side.
        var byPlan = plan is null && !namesState && Has(t, PlansAsked);
        // "Who has a national action plan on disability?" asks about a victim assistance item of the States, not a plan's milestones.
        var vaPlanAsked = Has(t, @"\bnational (disability |victim assistance )?action plans?\b|\b(disability|victim assistance|va) (action )?plans?\b") && Has(t, @"\b(who|which|has|have|states?|countries|list)\b") && !Has(t, @"\bmilestones?\b");
        if (!vaPlanAsked && (byPlan || Has(t, @"\b(milestones?|action plans?|concept notes?|targets?|timeline)\b")) || !vaPlanAsked && plan is not null && Has(t, @"\b(due|overdue|late|missed|what|which|list|show|actions?|status|progress|plan|doing|going|track|standing|stand|update|implementation|implemented|delivered|left)\b") && !namesState
            // "Which States haven't named a DAP focal point?" asks about the States, not about the plan's milestones.
            && !Has(t, @"\bfocal points?\b"))
            return q with
            {
                Intent = Intent.Milestones, Plan = plan, Area = AreaIn(t), MeetingId = meeting, ByPlan = byPlan,
                // "NIM milestones for 2017": the year is the milestones' period, as "in 2017" is.
                Window = q.Window ?? (q.AsOf is null && meeting is null ? YearNamed(full) : null),
                // Milestones are tied to a meeting first; "before" is kept for when none is (MilestoneAnswers).
                MeetingRelation = meeting is not null && Has(full, @"\b(before|by|until|till|ahead of|up to|prior to)\s+(the\s+)?\d{1,2}\s?(st|nd|rd|th)?\s?(msp|rc)\b") ? "before" : null,
                ActionId = Patterns.Get(@"\b(?:action|milestone)\s+(\d{1,2}(?:\.\d{1,2})*)\b|\b(?:dap|lap|nim)\s+(\d{1,2}(?:\.\d{1,2})*)\b").Match(q.Text.ToLowerInvariant()) is { Success: true } action
                    ? (action.Groups[1].Success ? action.Groups[1].Value : action.Groups[2].Value) : null,
                OverdueOnly = Has(t, @"\b(overdue|late|miss|missed|behind|past due|slipped)\b"),
                // "What's the next milestone?", "milestones due next": the earliest still ahead ("next month" is a period, read as one).
                NextOnly = q.Window is null && Has(t, @"\bnext\b"),
                CompletedOnly = Has(t, @"\b(completed|complete|done|achieved|accomplished|finished|delivered|met)\b") && !Has(t, @"\b(not|never|yet|still|overdue|incomplete|outstanding|left)\b"),
            };

        // Article 9 (national implementation measures).
        if (q.Article == 9 || Has(t, @"\b(national (implementation|implementing|measures|legislation|laws?)|implementing legislation|nim|legislation|penal|laws?)\b"))
        {
            if (namesState && !Has(t, @"\b(which|who|list|how many|count)\b")) return q with { Intent = Intent.StateProfile };
            var category = Article9CategoryIn(t);
            var lacking = category is null && Has(t, @"\b(no|without|lack\w*|missing|not (yet )?(adopted|enacted|passed)|yet to (adopt|enact|pass)|still (need|needs|have to|has to)|havent|hasnt|dont have|doesnt have)\b");
            return q with { Intent = Intent.Article9, Article = 9, Article9Category = category, Article9Lacking = lacking };
        }

        // Articles 3, 4, 5: holders, deadlines, extensions, completions.
        var article = q.Article ?? ArticleFromTopic(t);
        // "Who retains cluster munitions for training?", "does Germany keep submunitions for training?": Art. 3(6) retention.
        if (Has(t, @"\b(retain\w*|retention|kept|keeps?|keeping|hold\w*) (a |any |some |live )?(cluster munitions?|submunitions?|munitions?|stocks?)? ?\b(for|to) (training|research|counter ?measures?|development|testing|detection|clearance training)\b|\bretain\w*\b|\bretention\b")
            && !Has(t, @"\b(report(s|ing)? (retention|rate)|data retention)\b"))
            return q with { Intent = Intent.ArticleObligations, Article = 3, Retention = true };
        // "What did the 12MSP decide on Chad?": the State's extensions, where that meeting's decisions are recorded.
        // "Which States have both stockpile and clearance obligations?", "who has victims and contamination?": those holding them together.
        if (!namesState && ArticlesNamed(t) is { Count: >= 2 } together && q.Window is null
            && !Has(t, @"\b(deadlines?|due|expir\w*|extensions?|extended|complet\w*|finished|done|overdue|missed|late|retain\w*|retention|focal points?)\b"))
            return q with { Intent = Intent.ArticleObligations, ArticlesTogether = together };
        // "What did Bosnia and Herzegovina request?", "what has Lebanon asked for?": what a State asks of the meetings is an extension.
        // "Which requests will the 14MSP consider?": requests put to a meeting are extension requests.
        var meetingAhead = meeting is not null || Has(t, @"\b(next|coming|upcoming|forthcoming) (msp|meeting|review conference|conference)\b");
        var requestsToMeeting = meetingAhead && Has(t, @"\brequests?\b");
        if (article is 3 or 4 or 5 || Has(t, @"\b(extensions?|extended)\b") || requestsToMeeting || namesState && meeting is not null && Has(t, @"\b(decide\w*|decision\w*|grant\w*|approv\w*|agreed|agree)\b")
            || namesState && Has(t, @"^(what|which)\b(\s+\w+){1,7}\s+(request(ed)?|ask(ed)? for|s[oe]ught|appl(y|ied) for)\b"))
        {
            // "When is Lebanon's clearance deadline?": that State's Article 3 or 4 obligation, not its whole profile.
            // "How many submunitions has Peru destroyed?" counts munitions, not States: still Peru's.
            if (namesState && !Has(t, @"\b(which|who|list|count)\b|\bhow many (states|states parties|parties|countries|members|of them)\b"))
                return q with { Intent = Intent.StateProfile, Article = article, View = article is null ? ObligationView.Extensions : ObligationView.Holders };
            var view = ObligationView.Holders;
            // "Whose clearance deadline passed without completion?": the deadlines missed, not the completions.
            var notCompleted = Has(t, @"\bwithout (a |any )?(completion|completing|being completed|finishing|having completed)\b|\b(not|never) (yet )?(completed|finished|done)\b|\bincomplete\b");
            var completedWords = !notCompleted && Has(t, @"\b(completed?|completions?|finished|done|fulfilled|compliance|cleared|destroyed)\b");
            // "Article 3 completions since 2015": a period narrows what was completed, not the deadlines.
            if (Has(t, @"\b(deadlines?|due|expir\w*|runs? out|by when|until)\b") || q.Window is not null && !completedWords) view |= ObligationView.Deadlines;
            if (Has(t, @"\b(extensions?|extended|extend)\b") || requestsToMeeting) view |= ObligationView.Extensions;
            if (view.HasFlag(ObligationView.Extensions) && Has(t, @"\b(pending|awaiting|await\w*|undecided|open|outstanding|no outcome|not (yet )?(decided|granted))\b")) view |= ObligationView.Pending;
            // "… will the 14MSP consider?", "requests before the next meeting": what is still to be decided.
            if (view.HasFlag(ObligationView.Extensions) && meetingAhead && Has(t, @"\b(will|consider\w*|come before|coming before|before the|on the agenda|up for|to be (decided|considered))\b")) view |= ObligationView.Pending;
            if (completedWords) view |= ObligationView.Completed;
            // "How long did stockpile destruction take?", "average time to complete clearance", "who destroyed fastest?".
            if (Has(t, @"\b(how long|average|mean|median|typical|time (it )?(took|takes|taken|needed)|how (fast|quickly)|fastest|quickest|slowest|longest|took longest)\b")
                && Has(t, @"\b(destroy\w*|destruction|clear\w*|complet\w*|finish\w*|fulfil\w*)\b") && !Has(t, @"\b(extensions?|extended|overdue|deadlines?)\b"))
                view = ObligationView.Completed | ObligationView.TimeTaken;
            if (notCompleted || Has(t, @"\b(overdue|missed|late|passed|past|breach\w*|non ?compliant|noncompliance|non compliance|violat\w*|failed to|behind)\b")) view |= ObligationView.Overdue;
            // "Which States had stockpiles?", "who ever declared contamination?": every holder, completed or not.
            // With a date ("who had stockpiles on 30 June 2017?") or "still", it is those open then.
            if (view == ObligationView.Holders && q.AsOf is null && q.Window is null && !Has(t, @"\b(still|left|remaining|outstanding|to destroy|to clear)\b")
                && Has(t, @"\b(had|declared|ever|held|historically|all (the )?states with)\b")) view = ObligationView.Ever;
            // "What extensions did the 11MSP grant?": those the meeting decided.
            // "Deadlines under Article 3 or 4": both articles' deadlines, as "deadlines" alone gives them.
            var bothDeadlineArticles = ArticlesNamed(t) is var namedArticles && namedArticles.Contains(3) && namedArticles.Contains(4);
            return q with { Intent = Intent.ArticleObligations, Article = bothDeadlineArticles ? null : article, View = view, MeetingId = view.HasFlag(ObligationView.Extensions) ? meeting : null };
        }

        // "Who ratified fastest after signing?", "which signatory took longest to ratify?", "average time from signature to ratification".
        if (!namesState && Has(t, @"\b(ratif\w*|signing|signature|signed)\b") && RatificationSpeedAsked(t) is { } fastest)
            return q with { Intent = Intent.Signatories, RatifiedFastest = fastest };
        var signatories = Has(t, @"\bsignator(y|ies)\b|\bsigned\b");
        // "When did the Convention open for signature?", "how many States signed in Oslo?": the opening, and who signed there.
        if (!namesState && Has(t, @"\b(open(ed|s|ing)?) for signature\b|\bsignature (open\w*|ceremony)\b|\bsigning (ceremony|conference)\b|\b(signed|signing|signature\w*) (in|at) oslo\b|\boslo (signing|ceremony|conference|process)\b|^(when|where) (did|was|were) (the )?(signature|signing)\b|^(when|where) was (the )?(convention|ccm|treaty) signed\b"))
            return q with { Intent = Intent.Signatories, SignatureOpening = true };
        // "How long has Indonesia been a signatory?", "is Kenya still a signatory?": that State, its days of signature and deposit first.
        if (namesState && signatories && !Has(t, @"\b(which|who|list|how many|count)\b"))
            return q with { Intent = Intent.StateProfile, AsksWhenJoined = true };
        // "Which States are not party?", "who has never signed?", "non-signatories in Asia": universalisation's targets.
        if (!reportWords && !namesState && (Has(t, @"\b(states? )?not (a )?part(y|ies)\b|\bnon ?(states? )?part(y|ies)\b|\bnon ?signator(y|ies)\b|\bneither signed\b")
                || Has(t, @"\b(not|never|yet to|havent|hasnt|didnt|dont|doesnt)\b(\s+\w+){0,2}\s+(signed|sign)\b")))
            return q with { Intent = Intent.Signatories, NotParty = true };
        // "Who signed in 2008?", "which States signed on 3 December 2008?": signatures in that period, ratified since or not.
        if (!reportWords && !namesState && Has(t, @"\b(signed|signatures?)\b") && !Has(t, @"\b(not|never|yet|still|but|havent|hasnt|didnt|signator(y|ies))\b")
            && (q.Window is not null || q.AsOf is not null && Has(full, @"\bsigned (on|at)\b|\bsignatures? (on|at)\b")))
            return q with { Intent = Intent.MembershipChanges, Signed = true, Window = q.Window ?? new DateWindow(q.AsOf, q.AsOf, q.AsOfText ?? ""), AsOf = null };
        // "Who hasn't ratified?" asks for signatories, not for overdue reports.
        if (!reportWords && Has(t, NotYet + @"(\s+\w+){0,2}\s+(joined|join|acceded|accede)\b") && !signatories)
            return q with { Intent = Intent.Signatories, NotParty = true, WithSignatories = true };
        if (!reportWords && Has(t, NotYet + @"(\s+\w+){0,2}\s+(ratif\w*|joined|join|acceded|accede)\b"))
            return q with { Intent = Intent.Signatories };

        // Reporting.
        // "Reporting by region", "which region is most behind on reporting?", "compare reporting in Africa and Europe": a row per region.
        var regionsNamed = RegionsIn(t);
        if (!namesState && (reportWords || Has(t, @"\b(reporting|reported|transparency)\b"))
            && (q.ByRegion || Has(t, @"\b(which|what) regions?\b|\bregions\b|\bregionally\b") || regionsNamed.Count > 1 && Has(t, @"\b(compare|comparison|versus|vs|against|and)\b")))
            return q with { Intent = Intent.ReportingRate, ByRegion = true, Region = null, RegionsNamed = regionsNamed.Count > 1 ? regionsNamed : [], Reports = ScopeOf(t, q.Year) };
        if (Has(t, @"\b(rate|rates|percentage|percent|share|proportion|compliance)\b") && (reportWords || q.Year is not null || Has(t, @"\b(reported|submitted)\b"))
            || q.Year is not null && reportWords && !namesState && !overdueWords && !Has(t, @"\b(who|which|list|name|names|on time|in time|by the deadline|before the deadline)\b"))
            return q with { Intent = Intent.ReportingRate, Reports = ScopeOf(t, q.Year) };
        if (namesState && (reportWords || Has(t, @"\bhistory\b")) && !Has(t, @"\b(which|who|list)\b"))
            return q with { Intent = Intent.ReportingHistory, Reports = ScopeOf(t, q.Year) };
        // "Which initial reports fall due in 2027?", "who must submit an initial report next year?": what falls due then.
        // "Who will owe an initial report next year?": owing said of the future is falling due, not being overdue.
        var owesLater = Has(t, @"\b(will|going to|shall) (owe|have to (submit|report)|need to (submit|report)|be due)\b");
        if (!namesState && (!overdueWords || owesLater) && q.Window is not null && reportWords && (owesLater || Has(t, @"\b(due|falls?|falling|to submit|must submit|should submit|upcoming|coming)\b")))
            return q with { Intent = Intent.ComingUp, Article = 7, Reports = ScopeOf(t, q.Year) };
        // "Who is due to report next?", "which initial reports are due next?": the reporting deadlines still ahead, not those passed.
        if (!namesState && q.Window is null && Has(t, @"\b(due to report|to report|reports?|reporting( deadlines?)?) (is |are )?(due )?next\b|\bwho reports next\b|\bnext (to report|reports? due|reporting deadlines?)\b"))
            return q with { Intent = Intent.ComingUp, Article = 7, Reports = ScopeOf(t, q.Year) };
        // "Who reports late most often?", "worst reporting record": a ranking over every report on record, not one year's list.
        if (!namesState && !signatories && q.Article is null or 7
            && (reportWords || Has(t, @"\b(reports|reporters?|reporting)\b"))
            && Has(t, @"\b(late|behind|overdue|missed|miss|misses|delinquent)\b.*\b(most|often|oftenest|frequently|repeatedly|usually|always|again and again|every year|habitually)\b|\b(most|often|frequently|repeatedly|usually|always|habitually)\b.*\b(late|behind|overdue|missed|miss|misses)\b|\bworst\b|\b(serial|chronic|chronically|repeat|persistent|persistently)\b"
                // "Who never reports on time?", "who is rarely on time?": the same ranking, said the other way round.
                + @"|\b(never|rarely|seldom|hardly ever|almost never)\b.{0,30}\b(on time|in time|by the deadline)\b"))
            return q with { Intent = Intent.OverdueReports, LateMostOften = true };
        // "Which States have never reported?", "who has not submitted any annual report since 2020?": nothing on record over a span, not one year's list.
        if (!namesState && !signatories && q.Article is null or 7 && (reportWords || Has(t, @"\b(reported|reporting)\b"))
            && (Has(t, @"\bnever\b") || Has(t, @"\b(not|no|havent|hasnt|didnt|failed to|yet to)\b") && (Has(t, @"\b(any|at all|a single|single|ever)\b") || SinceSaid(full, q))
                || Has(t, @"\bwithout (an? |any )?((initial|annual|transparency|art(icle)? 7) )?(reports?|reporting)\b|\bno ((initial|annual|transparency|art(icle)? 7) )?(reports?|reporting) on record\b")))
        {
            // "Submitted their initial report but never an annual report": annual reports of those whose initial report is on record.
            var initialThenNone = Has(t, @"\binitial\b.*\b(but|yet|and)\b.*\b(never|not|no)\b.*\bannual\b");
            return q with { Intent = Intent.OverdueReports, NoReportOver = true, Reports = initialThenNone ? ReportScope.Annual : ScopeOf(t, null), Year = null, InitialSubmittedOnly = initialThenNone };
        }
        // "Which States submitted their 2016 report late?": handed in, after the deadline (not "overdue", which is still missing).
        if (!namesState && !signatories && q.Article is null or 7 && !Has(t, @"\b(not|never|no|yet)\b")
            // "… submitted on time for 2016?": the same answer, which counts those on time beside the late.
            && Has(t, @"\b(submitted|reported|filed|sent|delivered|handed in|turned in|came in|arrived)\b.{0,40}\b(late|after the deadline|after (the |its |their )?(due date|deadline)|past the deadline|on time|in time|by the deadline|before the deadline|punctually)\b|\b(late|timely|on time) (submissions?|submitters?|reporters?)\b"))
            return q with
            {
                Intent = Intent.OverdueReports, Submitted = true, SubmittedLate = true, Reports = ScopeOf(t, q.Year),
                SubmittedOnTime = Has(t, @"\b(on time|in time|by the deadline|before the deadline|punctually|timely)\b") && !Has(t, @"\b(late|after the deadline|past the deadline)\b"),
            };
        // "Who submitted the 2016 report?", "which States reported in 2017?": those recorded as having reported.
        // "Transparency reports received this year", "reports submitted in 2017": the same, said as a heading.
        if (!namesState && !overdueWords && !signatories && (Has(t, @"\b(who|which|list|name|names|how many|anyone|anybody|any states?|any countries)\b") || Has(t, @"\breports? (that )?(were |was |have been |has been )?(submitted|received|filed|delivered|came in|arrived|handed in)\b"))
            && Has(t, @"\b(submitted|reported|filed|sent|delivered|handed in|turned in|complied|received|receive|came in|arrived)\b") && !Has(t, @"\b(not|never|no)\b")
            && (reportWords || Has(t, @"\breported\b")) && q.Article is null or 7 && !Has(t, @"\b(extensions?|requests?|plans?|legislation)\b"))
            return q with
            {
                Intent = Intent.OverdueReports, Submitted = true, Reports = ScopeOf(t, q.Year),
                ReceivedInPeriod = q is { Window: not null, Year: null } && Has(t, @"\b(receiv\w*|came in|arrived|got)\b"),
            };
        var overdueStrong = Has(t, @"\b(overdue|owe|owes|owing|missed|late|outstanding|behind|delinquent|non ?compliant)\b");
        if (signatories && (overdueStrong || reportWords))
            return q with
            {
                Intent = Intent.OverdueReports, Reports = ScopeOf(t, q.Year),
                Interpretation = "signatories that have not ratified owe no reports, so this lists the States Parties with overdue Article 7 reports and, separately, the signatories that have not ratified.",
            };
        // "Annual reports?", "what about initial reports?": the reports named alone ask who owes them, the commonest question about them.
        var reportsAlone = !namesState && Has(t, @"^(what about |how about |and )?(the )?(initial |annual |yearly )?(transparency |art(icle)? 7 )?(reports?|reporting)( status)?$|^(what about |how about |and )?(art(icle)? 7|transparency)$");
        if (reportWords && (overdueWords || reportsAlone || Has(t, @"\b(who|which|list|status|how many)\b")) || overdueWords && !namesState && !Has(t, @"\b(deadlines?)\b"))
        {
            if (namesState && !Has(t, @"\b(which|who|list|how many|count)\b")) return q with { Intent = Intent.ReportingHistory, Reports = ScopeOf(t, q.Year) };
            return q with
            {
                Intent = Intent.OverdueReports, Reports = ScopeOf(t, q.Year), MinDaysOverdue = OverdueThreshold(t),
                LongestOverdueFirst = Has(t, @"\b(most|longest|oldest|furthest|worst) (overdue|late|behind|outstanding)\b|\b(oldest|longest) (overdue|outstanding|missing)\b|\boverdue (the )?longest\b"),
            };
        }

        // Membership. "How many signatories ratified in the last two years": instruments deposited in a period.
        var ratifiedInPeriod = q.Window is not null && !namesState && Has(t, @"\b(ratified|ratif\w+|acceded|accession\w*|joined)\b")
                               && !Has(t, @"\b(not|never|yet|still|havent|hasnt|didnt|dont|doesnt)\b");
        if (ratifiedInPeriod) return q with { Intent = Intent.MembershipChanges, Instrument = OnlyAccessions(t), FromSignatories = Has(t, @"\bsignator(y|ies)\b") };
        // "How many signatories (are there)?" is the signatories' own count; "how many signatories ratified?" counts instruments.
        if (signatories && (!Has(t, @"\b(how many|hw many|number of|count|total)\b") || !Has(t, @"\b(ratified|ratif\w+|acceded|accession\w*|joined|states? part(y|ies)|parties)\b")))
            return q with { Intent = Intent.Signatories };
        // "Who left the Convention?" is a withdrawal; "how many signatories are left?" asks what remains.
        if (Has(t, @"\b(withdr[ae]w\w*|withdrawals?|denounc\w*)\b|\b(left|leave|leaving|quit)\s+(the\s+)?(convention|ccm|treaty)\b|\b(who|which (states?|countries))\s+(has\s+|have\s+)?(left|quit)\b"))
            return q with { Intent = Intent.MembershipChanges, Left = true };
        // "All States Parties with their EIF dates": the list, which gives each one's day.
        if (!namesState && Has(t, @"\b(states? part(y|ies)|parties|members)\b") && Has(t, @"\b(eif|entry into force|ratification|accession|deposit)( dates?| days?)\b|\b(with|and) (their|the|its) (eif|entry into force|dates?)\b"))
            return q with { Intent = Intent.MembershipList };
        if (Has(t, @"\b(enter\w* into force|eif|comes? into force|in force (soon|next))\b") && !namesState)
            return q with { Intent = Intent.EnteringIntoForce };
        // "What share of UN members are party?": the count, set against the UN Member States.
        if (q.UnMembers && !namesState && !reportWords && Has(t, @"\b(part(y|ies)|joined|ratified|members?|share|percentage|percent|proportion|how many|hw many|number)\b")
            && !Has(t, @"\b(not|never|non|havent|hasnt|yet)\b"))
            return q with { Intent = Intent.MembershipCount };
        // "How many have ratified?", "number of accessions": the count, with the instruments behind it.
        if (!namesState && !q.ByYear && Has(t, @"\b(how many|hw many|number of|count|total)\b") && Has(t, @"\b(ratified|ratif\w+|acceded|accession\w*|joined)\b")
            && !Has(t, @"\b(newest|latest|recent|recently|new)\b"))
            return q with { Intent = Intent.MembershipCount };
        // "What share of Africa has joined?": the region's States by where they stand, at a glance.
        if (!namesState && q.Region is { } shareOf && Has(t, @"\b(percentage|percent|share|proportion|fraction|how much of|how many of|rate)\b")
            && Has(t, @"\b(joined|ratified|ratifications?|acceded|accessions?|party|parties|members?|signed|on board|universali[sz]ation)\b") && !Has(t, @"\b(states? part(y|ies)|parties|members) (are|is|were|was) (in|from)\b")
            && !Has(t, @"\b(outreach|contacts?|responses?|replies|reply|reporting|reports?)\b"))
            return q with { Intent = Intent.RegionOverview, RegionsNamed = [shareOf] };
        if (Has(t, @"\b(joined|join|ratified|ratif\w+|acceded|accession\w*|accede|new (states parties|members|parties)|newest|latest|recent)\b") && !namesState && !Has(t, @"\bhow many\b.*\bsignator"))
            // "Which States acceded?" (not ratified): accessions only. "Who ratified?" stays every way of joining.
            // "Who ratified first?", "the earliest States Parties": the first instruments, not the latest.
            return q with
            {
                Intent = Intent.MembershipChanges, Instrument = OnlyAccessions(t), Earliest = Has(t, @"\b(first|earliest|oldest|original|founding)\b"),
                // "Most recent accession", "who joined last?": the one latest, not the five.
                LastOnly = q.Window is null && Has(t, @"\b(most recent|latest|last|newest) (state party|member|accession|ratification|instrument|country|state|one)\b(?! ?s\b)|\b(joined|ratified|acceded) (last|most recently)$|\blast to (join|ratify|accede)\b"),
            };
        if (Has(t, @"\b(how many|hw many|how much|number of|count|total|tally)\b") && Has(t, @"\b(states? part(y|ys|ies|ie)|parties|partys|members?|membership|signator(y|ies)|sps?|ratifications?|states)\b")
            || q.ByRegion && (!Has(t, @"\b(list|which|who|name|names)\b") || Has(t, @"\bwhich regions?\b")) && Has(t, @"\b(states? part(y|ys|ies|ie)|parties|members?|membership)\b"))
            return q with { Intent = Intent.MembershipCount };
        // "What percentage of States Parties are in Africa?": the region's count beside the whole.
        if (!namesState && q.Region is not null && Has(t, @"\b(percentage|percent|share|proportion|fraction|how much of)\b") && Has(t, @"\b(states? part(y|ies)|parties|members)\b"))
            return q with { Intent = Intent.MembershipCount, AsksRegionShare = true };
        if (signatories)
            return q with { Intent = Intent.Signatories };
        // "Which States Parties have deadlines this month?": what falls due then, not the list of States Parties.
        if (!namesState && q.Window is not null && Has(t, @"\b(deadlines?|due|falls? due|falling due)\b") && !Has(t, @"\b(overdue|missed|passed)\b"))
            return q with { Intent = Intent.ComingUp, Article = reportWords ? 7 : q.Article, Reports = ScopeOf(t, q.Year) };
        if (Has(t, @"\b(list|which|who|show|name)\b.*\b(states? part(y|ys|ies|ie)|parties|members)\b|\b(states parties|members) list\b"))
            return q with { Intent = Intent.MembershipList };
        // "States Parties", "States Parties on 1 August 2010": the list, as a heading asks for it.
        if (!namesState && Has(t, @"^(the |all )?(states? part(y|ys|ies|ie)|members|member states)( (of|to) (the )?(convention|ccm|treaty))?( (now|today|so far|to date|at present|currently))?$"))
            return q with { Intent = Intent.MembershipList };
        if (q.ByRegion && Has(t, @"\b(states|parties|members|membership)\b"))
            return q with { Intent = Intent.MembershipCount };
        // "Southern African States Parties": the list for that region.
        if (q.Region is not null && !namesState && Has(t, @"\b(states? part(y|ies)|parties|members)\b"))
            return q with { Intent = Intent.MembershipList };
        // "Which States are in the Pacific?", "countries in Africa", "who is in Europe?": the States Parties of that region.
        if (q.Region is not null && !namesState && Has(t, @"^(which|what|list|show|name)?\s*(me )?(the |all )?(states|countries|nations)\b|^who (is|are) (in|from)\b"))
            return q with { Intent = Intent.MembershipList };

        // "What's due in the next 3 months?", "anything coming up?": every kind of deadline in one window.
        // "What happens in 2027?", "what's on in March?": a period with nothing else asked is what falls in it.
        if (!namesState && (Has(t, @"\b(due|coming up|upcoming|ahead|on the horizon|agenda)\b")
                            || q.Window is not null && Has(t, @"^(whats?|anything)( (is|s|will|does|do|did|was))? (happen|happening|happens|happened|going on|went on|on|planned|scheduled|expected)\b")))
        {
            // "Anything due tomorrow?" asks about that day; "as of 1 June 2017" moves the starting point.
            var oneDay = q is { Window: null, AsOf: not null } && !Has(full, @"\bas (of|at)\b");
            return q with
            {
                Intent = Intent.ComingUp, Article = reportWords ? 7 : q.Article, Reports = ScopeOf(t, q.Year),
                Window = oneDay ? new DateWindow(q.AsOf, q.AsOf, q.AsOfText ?? "") : q.Window, AsOf = oneDay ? null : q.AsOf,
            };
        }
        // "Anything due for Chad this year?": that State's deadlines in the period named. With no period
        // ("what is due for Chad?") the profile, which gives every obligation with its date, answers better.
        if (namesState && q.Window is not null && Has(t, @"\b(due|coming up|upcoming|ahead|on the horizon|falls? due|falling due|deadlines?)\b") && !Has(t, @"\b(overdue|was|were|did|had)\b"))
            return q with { Intent = Intent.ComingUp, Article = reportWords ? 7 : q.Article, Reports = ScopeOf(t, q.Year) };
        if (namesState) return q with { Intent = Intent.StateProfile };
        // "What about it?": a pronoun names no State; the question is not understood rather than a State "it" not found.
        if (ProfileRequest.Match(t) is { Success: true } request && !Has(request.Groups["name"].Value.Trim(), @"^(it|its|they|them|this|that|these|those|there|here|him|her|we|us|you|me|one|ones|else|so)$"))
            return q with { Intent = Intent.StateProfile, UnresolvedName = AsWritten(request.Groups["name"].Value.Trim(), q.Text) };
        if (Has(t, @"\b(deadlines?)\b")) return q with { Intent = Intent.ArticleObligations, View = ObligationView.Deadlines };
        return q;
    }

    /// <summary>Topic words that a similarity measure would take for State names ("Action" ~ "Austria" is not one, but "Chad" in "Chad's" is).</summary>
    static string RemoveTopicWords(string text) =>
        TopicWords.Replace(text, " ");

    /// <summary>Words that are never a State: meetings, plans, bodies, and regions ("South American" is not South Africa).</summary>
    static readonly Regex TopicWords = new(@"\b(\d+\s?(MSP|RC)|DAP|LAP|NIM|Art\.?|Article|Action|ISU|CMC|ICRC|UNODA|(South|Central|North|Latin)\s+Americ(a|an|as)|(South|North)\s*-?\s*East\s+Asian?|(Southern|Western|Eastern|Northern|West|East|North|Central)\s+Africa(n)?(?!\s+Republic)|(Western|Eastern|Central|Southern|Northern)\s+Europe(an)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);
    static readonly Regex ControlCharacters = new(@"[\p{C}-[\r\n\t]]", RegexOptions.None, Patterns.Timeout);

    static readonly string[] NotAPerson =
    [
        "we", "i", "you", "they", "he", "she", "it", "anyone", "anybody", "someone", "somebody", "everyone", "nobody", "no", "the", "a", "an",
        "our", "my", "your", "their", "us", "me", "them", "coordinators", "coordinator", "isu", "presidency", "president", "ccm", "who", "which",
        "what", "whom", "that", "these", "those", "any", "all", "each", "every", "area", "areas", "kind", "type", "state", "states",
        "country", "countries", "region", "quarter", "date", "outcome", "status", "thematic", "email", "letter", "phone",
        "post", "mail", "courier", "fax", "hand", "diplomatic", "note", "notes", "pouch", "mission", "missions", "embassy", "embassies",
        "ambassador", "ambassadors", "delegation", "delegations", "video", "videoconference", "teams", "zoom", "telephone",
    ];

    /// <summary>Words that may follow a name ("sent by Maria about ..."): never its second word, and never a name alone.</summary>
    static readonly string[] NotAName = ["about", "on", "in", "to", "with", "for", "since", "this", "last", "before", "after", "during", "between", "from", "and", "or", "as", "of", "at", "so", "yet", "ever", "recently", "lately", "month", "year", "week"];

    /// <summary>
    /// The person asked about, as written: "recorded/logged/made/sent by X", "did X contact/write to/meet ...", "X's contacts".
    /// Not a pronoun, a State named in the question, or a word of the outreach vocabulary.
    /// </summary>
    static string? AuthorIn(string t, string raw, IReadOnlyList<StateInfo> states, Func<string, StateInfo?> stateNamed)
    {
        var match = Patterns.Get(@"\b(?:logged|recorded|made|sent|written|done|entered|held|conducted|undertaken|carried out) by (?<who>[a-z][a-z0-9._-]*(?: [a-z][a-z0-9._-]*)?)").Match(t);
        if (!match.Success)
            match = Patterns.Get(@"\b(?:did|has|have|had) (?<who>[a-z][a-z0-9._-]*) (?:contact|contacted|write|written|wrote|meet|met|log|logged|record|recorded|send|sent|approach|approached|call|called|reach|reached|chase|chased|email|emailed)\b").Match(t);
        // The apostrophe of "Maria's contacts" is gone from the normalised text: read it from the question as written.
        if (!match.Success)
            match = Patterns.Get(@"(?i)^\s*(?:show |list |what are |what were )?(?:me )?(?<who>\p{L}[\p{L}0-9._-]*)['’]s (?:contacts|outreach|d[ée]marches|letters|meetings|calls|e-?mails)\b").Match(raw);
        if (!match.Success) return null;
        var words = TextNormalizer.Normalize(match.Groups["who"].Value).Split(' ');
        if (NotPerson(words[0])) return null;
        var who = words.Length > 1 && !NotAName.Contains(words[1]) && !NotPerson(words[1]) ? $"{words[0]} {words[1]}" : words[0];
        // "Did DRC contact us?": a State named by a short form where a person would stand. A code that is
        // also a name ("Ben") is a person unless the question was read as naming that State.
        bool NamedState(string name) => stateNamed(name) is { } named && states.Any(s => s.Iso3 == named.Iso3);
        return states.Any(s => TextNormalizer.Normalize(s.Name).Split(' ').Contains(words[0])) || NamedState(who) || NamedState(words[0]) ? null : AsTyped(who, raw);

        static bool NotPerson(string word) => NotAPerson.Contains(word) || NotAName.Contains(word) || word.All(char.IsDigit) || Months.Contains(word);
    }

    /// <summary>A name read from the normalised text, as the question wrote it ("María", not "maria"), for answers to repeat.</summary>
    static string AsTyped(string normalized, string raw)
    {
        var wanted = normalized.Split(' ');
        var written = Patterns.Get(@"[\p{L}0-9._-]+").Matches(raw).Select(m => m.Value).ToList();
        for (var i = 0; i + wanted.Length <= written.Count; i++)
            if (wanted.Select((w, k) => TextNormalizer.Normalize(written[i + k]) == w).All(same => same))
                return string.Join(' ', written.Skip(i).Take(wanted.Length));
        return normalized;
    }

    /// <summary>The help topic a how-to names by its words; null when it names none (then it is a question like any other).</summary>
    static string? HelpTopicIn(string t) =>
        Has(t, @"\b(remind\w*|digests?|notes? for|notify|notifications?)\b") ? "Reminders"
        : Has(t, @"\b(log|logging|(record|add|enter) (a |an )?(demarche|letter|meeting|call|contact|outreach)|demarches?|outreach|follow ?ups?)\b") ? "Outreach log"
        : Has(t, @"\b(export|download|csv|excel|xlsx|spreadsheet)\b") ? "Reporting at a glance"
        : Has(t, @"\b(record|correct|fix|update|enter|add|revert|undo)\b.*\b(data|ratifications?|accessions?|withdrawals?|extensions?|completions?|reports? received|report|article 9|status|change)\b|\b(revert|undo) (a )?change\b") ? "Keeping the data true"
        : Has(t, @"\b(roles?|permissions?|admins?|access|grant|coordinator rights)\b") ? "Access"
        : Has(t, @"\b(as of|past date|any date|a date|history)\b") ? "Any date"
        : null;

    /// <summary>The grouping as the question wrote it ("P5", "EU"), for the answer to repeat.</summary>
    static string GroupingIn(string full) =>
        Patterns.Get(@"(?i)\b(p5|p-5|permanent members?( of the security council)?|security council|european union|eu|nato|asean|african union|g7|g-7|g20|g-20|oecd|commonwealth|arab league|league of arab states|caricom|pacific islands forum|oas|organization of american states|non-aligned movement|nam|osce)\b").Match(full).Value;

    static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    /// <summary>"Which States acceded?" (and not "ratified or acceded"): instruments of accession only.</summary>
    static Treaties.InstrumentKind? OnlyAccessions(string t) =>
        Has(t, @"\b(acceded|accession\w*|accede)\b") && !Has(t, @"\b(ratified|ratif\w+|joined|join)\b") ? Treaties.InstrumentKind.Accession : null;

    /// <summary>The article number as written ("Art. 7", "article 4"), whatever the topic words say.</summary>
    static int? ArticleWritten(string full) =>
        Patterns.Get(@"\bart(?:icle)?\s*(\d{1,2})\b").Match(full) is { Success: true } a ? int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    const string ContactVerbAsked =
        @"\b(who|whom|which|what)( states?| countries| delegations?| missions?)? (did|have|has|had) (i|we) (meet|met|see|seen|visit|visited|call|called|phone|phoned|ring|rang|email|emailed|e mail|e mailed|speak to|spoke to|spoken to|talk to|talked to|write to|written to|wrote to)\b";

    /// <summary>"Who did I meet?": a meeting; "who have we called?": a call; "who did we email?": an email. Writing may be a letter or an email.</summary>
    static string? KindOfVerb(string t) =>
        Has(t, @"\b(meet|met|see|seen|visit|visited)\b") ? "meeting"
        : Has(t, @"\b(call|called|phone|phoned|ring|rang)\b") ? "call"
        : Has(t, @"\b(email|emailed|e mail|e mailed)\b") ? "email" : null;

    static string? KindWord(string t)
    {
        var m = Patterns.Get(@"\b(demarches?|letters?|calls?|emails?|bilateral meetings?|meetings?|workshops?|seminars?|side events?)\b").Match(t);
        return m.Success ? m.Value.TrimEnd('s') : null;
    }

    /// <summary>"on NIM", "about reporting": the thematic area of outreach asked about (not the State's topic words).</summary>
    static Outreach.ThematicArea? OutreachAreaIn(string t)
    {
        var m = Patterns.Get(@"\b(?:on|about|re|regarding|for|concerning)\s+(?<topic>(?:the\s+)?[a-z0-9 ]{2,40}?)(?:\s+(?:since|in|during|from|before|after|this|last|to|with)\b|$)").Match(t);
        if (m.Success && Outreach.ContactValidator.ReadArea(m.Groups["topic"].Value) is { } area) return area;
        // "Universalization outreach since September", "clearance letters": the area named before what was done.
        var before = Patterns.Get(@"\b(?<topic>universali[sz]ation|transparency|reporting|clearance|stockpiles?|stockpile destruction|victim assistance|cooperation|nim|national implementation|art(?:icle)? [3-9])\s+(?:outreach|contacts?|letters?|demarches?|calls?|emails?|meetings?|bilaterals?)\b").Match(t);
        return before.Success ? Outreach.ContactValidator.ReadArea(before.Groups["topic"].Value) : null;
    }

    static int? MonthsIn(string t)
    {
        var m = Patterns.Get(@"\b(\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen) months?\b").Match(t);
        if (!m.Success) return Has(t, @"\b(a|one|last|past) year\b") ? 12 : null;
        return m.Groups[1].Value switch
        {
            "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "nine" => 9, "twelve" => 12, "eighteen" => 18,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
    }

    static ReportScope ScopeOf(string t, int? year)
    {
        var initial = Has(t, @"\binitial\b");
        var annual = Has(t, @"\b(annual|yearly)\b") || year is not null;
        return initial && !annual ? ReportScope.Initial : annual && !initial ? ReportScope.Annual : ReportScope.Both;
    }

    /// <summary>
    /// The year of annual reports asked about. "For 2016", "2016 reports", "rate 2016", "compliance 2016": the reports
    /// covering 2016. "Rate in 2017": the reporting round held in 2017, i.e. the reports due 30 April
    /// 2017, which cover 2016 (the ISU counts a round by the year reports are submitted in).
    /// </summary>
    /// <summary>An annual report named by the day it falls due: "the annual report due (30) April 2017".</summary>
    const string ReportDue = @"(?i)\breports?\s+(?:that\s+(?:is|was|were)\s+|which\s+(?:is|was|were)\s+)?(?:falling\s+)?due\s+(?:in\s+|on\s+|by\s+)?(?:30\s+)?(?:april|apr)\s+(?<dueyear>(?:19|20)\d{2})\b";

    static int? ReportYear(string full)
    {
        // "the annual report due April 2017" is the report for 2016.
        if (Patterns.Get(ReportDue).Match(full) is { Success: true } due) return int.Parse(due.Groups["dueyear"].Value, CultureInfo.InvariantCulture) - 1;
        var m = Patterns.Get(@"\b((?:19|20)\d{2})\s+(?:annual\s+)?(?:art(?:icle)?\s*7\s+)?(?:transparency\s+)?reports?\b|\b(?:annual|art(?:icle)?\s*7)\s+reports?\s+(?:for|on|covering)\s+((?:19|20)\d{2})\b|\breports?\s+(?:for\s+)?((?:19|20)\d{2})\b|\breports?(?:\s+(?:came|come|coming|were|was|got|been|in|received|submitted|handed|sent|turned|on\s+time|in\s+time|late)){1,4}\s+(?:for|of|on|covering)\s+((?:19|20)\d{2})\b|\b(?:rate|compliance|percentage)\s+(?:for|of)?\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:reporting\s+)?(?:rate|compliance)\b|\b(?:rate|compliance|percentage)\s+in\s+(?<round>(?:19|20)\d{2})\b|\breported\s+(?:late\s+)?(?:for|on|covering)\s+((?:19|20)\d{2})\b|\b(?:submitted|received|filed|delivered|reported|sent)\s+in\s+(?<round>(?:19|20)\d{2})\b|\b(?:overdue|outstanding|missing|missed|late|owed|owing|unsubmitted)\s+(?:for|covering)\s+((?:19|20)\d{2})\b").Match(full);
        if (!m.Success) return null;
        if (m.Groups["round"].Success) return int.Parse(m.Groups["round"].Value, CultureInfo.InvariantCulture) - 1;
        var value = m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
        return int.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>"outreach report for Q4 2026", "… for March 2026": a period named as one date is the period reported on.</summary>
    static DateWindow? PeriodNamed(Question q) =>
        q.AsOfText is { } text && q.AsOf is { } end && DateExpressions.TryRead(text, end, out var range) && range.From != range.To
            ? new DateWindow(range.From, range.To, text)
            : null;

    /// <summary>"Outreach report for 2026", "export outreach 2025": a year named without "in" is the whole year.</summary>
    static DateWindow? YearNamed(string full) =>
        Patterns.Get(@"\b(?:for|of|over)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*$").Match(full) is { Success: true } m
            && int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture) is var year
            ? new DateWindow(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture))
            : null;

    static int? ArticleNumber(string t)
    {
        var m = Patterns.Get(@"\b(?:art|article|arts|articles)\s*([3459])\b").Match(t);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"To signatories", "with States not party", "with non-States Parties", "with States Parties": which States' contacts.</summary>
    static Outreach.StandingGroup? StandingIn(string t) =>
        Has(t, @"\b(not (yet )?(a )?(states? )?part(y|ies)|non ?(states? )?part(y|ies)|non ?members?|states not party|outside the convention)\b") ? Outreach.StandingGroup.NotParty
        : Has(t, @"\bsignator(y|ies)\b") ? Outreach.StandingGroup.Signatories
        : Has(t, @"\bstates? part(y|ies)\b") ? Outreach.StandingGroup.StatesParties
        : null;

    /// <summary>"More than once", "repeatedly" (2); "at least three times", "3 or more times", "more than twice" (3): how often a State must have been contacted.</summary>
    static int? TimesContacted(string t)
    {
        static int Count(string word) => word switch
        {
            "once" or "one" => 1, "twice" or "two" => 2, "three" or "thrice" => 3, "four" => 4, "five" => 5, "six" => 6, "ten" => 10,
            var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2,
        };
        if (Patterns.Get(@"\bmore than (?<n>once|twice|one|two|three|four|five|\d{1,2})(?: times?)?\b").Match(t) is { Success: true } more) return Count(more.Groups["n"].Value) + 1;
        if (Patterns.Get(@"\b(?:at least (?<n>once|twice|one|two|three|four|five|six|ten|\d{1,2})|(?<n>two|three|four|five|six|ten|\d{1,2}) (?:times )?or more)(?: times?)?\b").Match(t) is { Success: true } least)
            return Count(least.Groups["n"].Value);
        if (Patterns.Get(@"\b(?<n>twice|three|four|five|six|ten|\d{1,2}) times\b").Match(t) is { Success: true } times) return Count(times.Groups["n"].Value);
        return Has(t, @"\b(repeatedly|several times|multiple times|many times|again and again|more than once|twice)\b") ? 2 : null;
    }

    /// <summary>The outcome a question about contacts filters on: "no response", "acknowledged", "committed", "declined", "led to a submission".</summary>
    static Outreach.ContactOutcome? OutcomeIn(string t) =>
        Has(t, @"\b(no (response|reply|replies|answer)|unanswered|not (been )?(answered|replied)|without (a |any )?(response|reply|answer)|(did not|didnt|have not|havent|has not|hasnt)( been)? (respond|responded|reply|replied|answer|answered)|ignored)\b") ? Outreach.ContactOutcome.NoResponse
        : Has(t, @"\b(declined|refused|rejected)\b") ? Outreach.ContactOutcome.Declined
        : Has(t, @"\b(committed|promised|pledged)\b") ? Outreach.ContactOutcome.Committed
        : Has(t, @"\backnowledged\b") ? Outreach.ContactOutcome.Acknowledged
        : Has(t, @"\b(led to|resulted in|ended in) (a )?submission\b|\boutcome (was )?submitted\b") ? Outreach.ContactOutcome.Submitted
        : null;

    /// <summary>Amounts of munitions, land or people: none are in CcmBot's data, and the answer says so before what it has.</summary>
    const string WhenJoinedAsked =
        @"^(when|what (date|day|year|month)|(in )?(what|which) year|since when|how long ago)\b.*\b(join\w*|ratif\w*|acced\w*|accession|sign\w*|bec[oa]me?( a)?( states?)? part(y|ies)|enter\w* into force|entry into force|c[oa]me into force|deposit\w*)\b";

    /// <summary>True for the quickest first, false for the slowest first; null when the question does not rank the time to ratify.</summary>
    static bool? RatificationSpeedAsked(string t)
    {
        if (Has(t, @"\b(fastest|quickest|soonest|fast|quickly|quick|swiftest|shortest)\b")) return true;
        if (Has(t, @"\b(slowest|longest|slow|slowly|took (the )?(longest|most time|ages)|longest wait|most delayed)\b")) return false;
        if (Has(t, @"\b(average|mean|median|typical|how long (does|did) it take|time (from|between) (signing|signature))\b")) return true;
        return null;
    }

    /// <summary>The glossary entry a question asks the meaning of, where the question is only that ("what is an MSP?", "ISU meaning").</summary>
    static Treaties.GlossaryEntry? GlossaryAsked(string t)
    {
        var m = Patterns.Get(@"^(?:(?:what is meant by|whats meant by|what do you mean by|what does ccmbot mean by|whats|what is|what are|what does|what do|define|definition of|meaning of|explain)\s+)(?<x>.+?)(?:\s+(?:mean|means|stand for|stands for|refer to|refers to))?$").Match(t);
        if (!m.Success) m = Patterns.Get(@"^(?<x>.+?)\s+(?:meaning|definition|stands for|means what|acronym)$").Match(t);
        // "Is there a model law?", "are there any focal points?" asked about the thing itself.
        if (!m.Success) m = Patterns.Get(@"^(?:is there|are there)(?:\s+any)?\s+(?<x>.+?)$").Match(t);
        var entry = m.Success ? Treaties.Glossary.Find(Patterns.Get(@"^(?:the|an?)\s+").Replace(m.Groups["x"].Value, "")) : null;
        // "What is overdue?" asks what is; "what does overdue mean?" asks the word. CcmBot's own status words need the second.
        return entry is { StatusWord: true } && !Has(t, @"\b(mean|means|meant|meaning|definition|define)\b") ? null : entry;
    }

    /// <summary>
    /// "How do I contact the ISU?", "who do I talk to at the ICRC?", "ISU email": the body asked after, when it is one in the glossary.
    /// Coordinators and the President are not read here: who holds those offices is what CcmBot can answer.
    /// </summary>
    static Treaties.GlossaryEntry? ContactDetailsAsked(string t)
    {
        const string Details = @"(?:contact(?: details| info| information| person| point| address)?|e ?mail(?: address)?|phone(?: number)?|telephone(?: number)?|address|website|web site)";
        var m = Patterns.Get(@"^(?:how (?:do|can|could|should|would) (?:i|we) (?:contact|reach|get in touch with|get hold of|write to|e ?mail|call|phone)|(?:who|whom) (?:do|can|should) (?:i|we) (?:contact|talk to|speak to|write to|call) (?:at|in)|(?:(?:what is|whats|what are|where is|where are|where can i find|where do i find|give me|send me|do you have|i need)(?: the)? " + Details + @"s? (?:of|for|at)))\s+(?<x>.+?)$").Match(t);
        if (!m.Success) m = Patterns.Get(@"^(?<x>.+?)\s+" + Details + @"s?$").Match(t);
        if (!m.Success) return null;
        var entry = Treaties.Glossary.Find(Patterns.Get(@"^(?:the|an?)\s+").Replace(m.Groups["x"].Value, ""));
        return entry is null || Has(entry.Term, @"^(Coordinator|President|Coordination Committee)") ? null : entry;
    }

    /// <summary>"Botswana's EIF date", "date of ratification for Chile", "Peru accession day": a day of membership named as a thing.</summary>
    const string MembershipDateAsked =
        @"\b(eif|entry into force|ratification|accession|signature|deposit|instrument)( dates?| days?| years?)\b|\b(dates?|days?|years?) of (its |their )?(eif|entry into force|ratification|accession|signature|deposit)\b";

    /// <summary>"overdue by more than a year", "more than 5 years late", "at least 90 days overdue": the days a report must be past its deadline.</summary>
    static int? OverdueThreshold(string t)
    {
        var m = Patterns.Get(@"\b(more than|over|at least|longer than|in excess of|beyond|upwards of)\s+(?<n>\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+(?<unit>days?|weeks?|months?|years?)\b").Match(t);
        if (!m.Success || !Has(t, @"\b(overdue|late|behind|outstanding|missing)\b")) return null;
        var words = new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
        var said = m.Groups["n"].Value;
        var n = int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : said is "a" or "an" ? 1 : said == "twelve" ? 12 : said == "eighteen" ? 18 : Array.IndexOf(words, said) + 1;
        return m.Groups["unit"].Value.TrimEnd('s') switch { "day" => n, "week" => 7 * n, "month" => 30 * n, _ => 365 * n };
    }

    /// <summary>"What did we log yesterday?", "letters sent on 1 December": that day, not everything up to it ("as of" keeps the cut-off).</summary>
    static Question OneDayAsked(Question q, string full) =>
        q is { Window: null, AsOf: { } day } && !Has(full, @"\bas (of|at)\b") ? q with { Window = new DateWindow(day, day, q.AsOfText ?? ""), AsOf = null } : q;

    /// <summary>"since 2020", "in the last three years": a span that starts on a day and runs to the day asked about.</summary>
    static bool SinceSaid(string full, Question q) =>
        q.Window is { From: not null } && Has(full, @"\b(since|after|from|in the (last|past)|over the (last|past)|for the (last|past))\b");

    /// <summary>"What did I log today?", "contacts recorded this week", "what have we entered since Monday?": when they went into the log.</summary>
    const string EnteredAsked = @"\b(log|logged|logging|record|recorded|recording|enter|entered|entering|add|added|adding)\b";

    const string NationalMeasuresAsked = @"\b(art(icle)?\.? ?9|national (implementation|implementing|measures|legislation|laws?)|implementing (legislation|laws?)|nim|legislation|penal|laws?)\b";
    const string VictimAssistanceAsked = @"\b(art(icle)?\.? ?5|victim assistance|va|victims?|survivors?|casualties|focal points?|disability (action )?plans?|action plans? on (disability|victim assistance|victims))\b";
    const string DeadlinesAsked =
        @"\b(deadlines?|due( dates?)?|owes?|owing|coming up|upcoming|on track|schedule|timeline|calendar|overdue|behind)\b|\bwhat('s| is)? next\b|\bhow long\b.*\b(late|overdue|behind|outstanding)\b";

    const string QuantityAsked =
        @"\bhow (many|much)\s+(\w+\s+){0,2}(cluster munitions?|munitions?|submunitions?|sub munitions?|bomblets?|bombs?|tonnes|tons|square (kilo)?met(er|re)s?|sq km|km2|hectares?|land|area|territory|ground|victims?|survivors?|casualties)\b" +
        @"|\b(total|amount|quantity|number|size|extent) of (the |its |their )?(cluster munitions?|submunitions?|munitions|bomblets|land|area|contaminated (land|area)|contamination|stockpiles?|stocks?|victims|casualties)\b" +
        @"|\bhow (big|large|extensive|widespread)\b.{0,40}\b(contaminat\w*|areas?|land|stockpiles?|stocks?)\b";

    static int? ArticleFromTopic(string t)
    {
        if (Has(t, @"\b(stockpiles?|stocks?|destruction|destroy\w*|retention|retain\w*|submunitions?|bomblets?)\b")) return 3;
        if (Has(t, @"\b(clearance|clear\w*|contaminat\w*|remnants|cmr|land release|survey|square (kilo)?met(er|re)s?|sq km|km2|hectares?)\b")) return 4;
        if (Has(t, @"\b(victims?|victim assistance|va|survivors?|casualties|focal points?|disability (action )?plans?|action plans? on disability)\b")) return 5;
        return null;
    }

    /// <summary>Every one of Articles 3, 4 and 5 the text names, by number or by topic, in order.</summary>
    static List<int> ArticlesNamed(string t)
    {
        var named = new List<int>();
        if (Has(t, @"\b(stockpiles?|stocks?|stockpile destruction|art(icle)? ?3)\b")) named.Add(3);
        if (Has(t, @"\b(clearance|contaminat\w*|remnants|cmr|art(icle)? ?4)\b")) named.Add(4);
        if (Has(t, @"\b(victims?|victim assistance|survivors?|art(icle)? ?5)\b")) named.Add(5);
        // "Article 3 and 4", "Articles 4 and 5": the second number without its word.
        foreach (System.Text.RegularExpressions.Match m in Patterns.Get(@"\bart(icle)?s? ?([345])\s*(and|&|plus|or)\s*([345])\b").Matches(t))
            foreach (var g in new[] { 2, 4 })
                if (int.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture) is var n && !named.Contains(n)) named.Add(n);
        return [.. named.Order()];
    }

    const string DataCoverageAsked =
        @"^(show( me)?|list|what are|which are|give me)( the| your| all)? (data )?sources$|^(your |the )?(data )?sources$|\bwhere (does|do|did) (the |this |that |your |all |ccmbots )?(data|information|figures?|numbers?|facts?|records?) come from\b" +
        @"|\bhow (up to date|current|recent|fresh|old|complete|reliable) (is|are) (the |this |your |ccmbots )?(data|information|records?|figures)\b|\b(data|records?) (coverage|freshness)\b" +
        @"|\b(is|are) (the |this |your |ccmbots )?(data|information|records?|figures) (up to date|current|recent|fresh|complete|reliable|old|stale|outdated)\b|\bhow (old|stale|outdated) is (the |this |your )?(data|information)\b" +
        @"|\bwhen (was|were) (the |your |this )?(data|records?|information) (last )?updated\b|\bwhat (data|information|records) (do you|does ccmbot|does the bot) (have|hold|use)\b|\bwhat (are|is) (your|the bots|ccmbots) sources?\b";

    const string PlansAsked =
        @"^((list|show)( me)? )?(the |all |our |my )?(action )?plans$|\b(which|what|list|show|all|our|the|your) (action )?plans\b|\bplans (do|are|have|exist|there)\b|\b(by|per|each|every) (action )?plan\b|\b(action )?plans (overview|progress|status|at a glance)\b|\b(overview|progress|status) of (the |all |our )?(action )?plans\b";

    static string? PlanIn(string t, string full)
    {
        // The two NIM concept notes by name (the year is read before dates are taken out): the 2016 one and the Lausanne one.
        if (Has(full, @"\b(nim 2016|2016 nim)\b")) return "NIM-2016 concept note";
        if (Has(full, @"\b(nim lap|lap nim)\b")) return "NIM-LAP concept note";
        if (Has(t, @"\b(nim|national implementation)\b") && Has(t, @"\b(plan|concept note|milestones?|targets?|actions?|overdue|due)\b")) return "NIM";
        if (Has(t, @"\b(dap|dubrovnik)\b")) return "DAP";
        if (Has(t, @"\b(lap|lausanne)\b")) return "LAP";
        // Another named action plan ("the Vientiane Action Plan"): asked for by its name, so an answer can say CcmBot holds none of it.
        if (Patterns.Get(@"\b(?<name>[a-z]+) action plan\b").Match(t) is { Success: true } named
            && !Has(named.Groups["name"].Value, @"^(the|our|my|their|this|that|which|what|a|an|national|new|current|next|latest|its|his|her|disability|assistance|va)$"))
            return $"{TextCase.Capital(named.Groups["name"].Value)} Action Plan";
        // A coordinator's own plan: "the victim assistance plan", "our universalization plan".
        // Named after "the"/"our" where there is one ("how is the universalization plan going?"), else at the start of the line.
        var own = Patterns.Get(@"\b(?:the|our|my|their) (?<name>(?:[a-z0-9]+ ){1,4}?)plan\b").Match(t) is { Success: true } afterArticle ? afterArticle
            : Patterns.Get(@"^(?<name>(?:[a-z0-9]+ ){1,4}?)plan\b").Match(t);
        return own.Success && own.Groups["name"].Value.Trim() is { Length: > 1 } name && !Has(name, @"\b(action|what|which|who|how|is|are|a|the|our|my|their|this|that|your|by|per|each|every|all|milestones?)\b")
            ? name + " plan" : null;
    }

    static string? AreaIn(string t)
    {
        (string Pattern, string Area)[] areas =
        [
            (@"\buniversali[sz]ation\b", "Universalization"), (@"\bvictim", "Victim assistance"), (@"\b(clearance|risk (reduction )?education)\b", "Clearance"),
            (@"\b(stockpile|destruction|retention)\b", "Stockpile"), (@"\bcooperation\b", "Cooperation"), (@"\b(transparency|reporting)\b", "Transparency"),
            (@"\b(nim|national implementation)\b", "National implementation"),
            // "Which coordinator covers Article 7?": an article stands for the area that works on it.
            (@"\bart(icle)? ?7\b", "Transparency"), (@"\bart(icle)? ?9\b", "National implementation"), (@"\bart(icle)? ?5\b", "Victim assistance"),
            (@"\bart(icle)? ?4\b", "Clearance"), (@"\bart(icle)? ?3\b", "Stockpile"), (@"\bart(icle)? ?6\b", "Cooperation"),
        ];
        return areas.FirstOrDefault(a => Has(t, a.Pattern)).Area;
    }

    /// <summary>
    /// The period a meeting bounds: "since the 2RC", "before the 7MSP", "at the 1RC"; "between the 1RC and the 2RC" and "after the 1RC and
    /// before the 7MSP" run from the first to the second.
    /// </summary>
    static (string Since, string Relation, string? Until) MeetingPeriod(string full, string meeting)
    {
        const string Numbered = @"(?:the\s+)?(\d{1,2})\s?(?:st|nd|rd|th)?\s?(msp|rc)\b";
        static string Id(Match m, int first) => m.Groups[first].Value + m.Groups[first + 1].Value.ToUpperInvariant();
        if (Patterns.Get($@"\bbetween\s+{Numbered}\s+and\s+{Numbered}").Match(full) is { Success: true } between) return (Id(between, 1), "since", Id(between, 3));
        var relation = Has(full, @"\b(since|after|from)\b[^.?!]{0,20}\b\d{1,2}\s?(?:st|nd|rd|th)?\s?(msp|rc)\b|\b(since|after|from)\b.*review conference") ? "since"
            : Has(full, @"\b(before|until|by|prior to)\b[^.?!]{0,20}\b\d{1,2}\s?(?:st|nd|rd|th)?\s?(msp|rc)\b|\b(before|until|by)\b.*review conference") ? "before" : "at";
        if (relation != "since" || Patterns.Get($@"\b(?:before|until|by|prior to)\s+{Numbered}").Match(full) is not { Success: true } end) return (meeting, relation, null);
        return (Patterns.Get($@"\b(?:since|after|from)\s+{Numbered}").Match(full) is { Success: true } start ? Id(start, 1) : meeting, relation, Id(end, 1));
    }

    /// <summary>"Outreach since the 13MSP", "contacts between the 13MSP and the 3RC": questions about the log take the period the meetings bound.</summary>
    static Question WithMeetingPeriod(Question q, string? text)
    {
        if (q.Intent is not (Intent.OutreachContacts or Intent.OutreachReport) || q.Window is not null || q.MeetingRelation is not null) return q;
        var full = TextNormalizer.Normalize(text ?? "");
        if (MeetingIdIn(full) is not { } meeting) return q;
        var (since, relation, until) = MeetingPeriod(full, meeting);
        return q with { MeetingId = since, MeetingRelation = relation, MeetingUntil = until };
    }

    static string? MeetingIdIn(string full)
    {
        var m = Patterns.Get(@"\b(\d{1,2})\s?(?:st|nd|rd|th)?\s?(msp|rc)\b").Match(full);
        if (m.Success) return m.Groups[1].Value + m.Groups[2].Value.ToUpperInvariant();
        // "the second MSP", "Fifth Meeting of States Parties", "3rd Review Conference".
        var named = Patterns.Get(@"\b(?<n>\d{1,2}(?:st|nd|rd|th)|" + string.Join("|", OrdinalWords) + @")\s+(?<kind>msp|meeting of (?:the )?states parties|review conference|rc)\b").Match(full);
        if (!named.Success) return null;
        var n = named.Groups["n"].Value;
        var number = char.IsDigit(n[0]) ? int.Parse(n[..^2], System.Globalization.CultureInfo.InvariantCulture) : Array.IndexOf(OrdinalWords, n) + 1;
        return number + (named.Groups["kind"].Value is "msp" || named.Groups["kind"].Value.StartsWith("meeting", StringComparison.Ordinal) ? "MSP" : "RC");
    }

    static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"];

    /// <summary>Region words wider or narrower than CcmBot's six regions: answered for the nearest one, and the answer says so.</summary>
    static readonly Regex ApproximateRegion = new(
        @"\b(?:latin american?(?: and the caribbean)?|(?:south|central|north) american?|caribbean|sub saharan african?|(?:west|east|southern|north|central) african?|asia pacific|mena|middle east and north africa|(?:western|eastern|central|southern|northern) european?|(?:south ?east|south|central|east) asian?)\b",
        RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Every one of CcmBot's regions the text names, in its order.</summary>
    static IReadOnlyList<string> RegionsIn(string t) =>
        RegionWords.Select(r => (r.Region, At: Patterns.Get(r.Pattern).Match(t))).Where(x => x.At.Success)
            .GroupBy(x => x.Region).Select(g => g.MinBy(x => x.At.Index)).OrderBy(x => x.At.Index).Select(x => x.Region).ToList();

    /// <summary>The words of CcmBot's six regions, in the order a single region is chosen ("Middle East and North Africa" is the Middle East).</summary>
    static readonly (string Region, string Pattern)[] RegionWords =
    [
        ("Middle East", @"\b(mena|middle east and north africa)\b"),
        ("Africa", @"\bafrica(n)?\b"),
        ("Americas", @"\b(americas?|american|(latin|south|central|north) americ(a|an)|caribbean)\b"),
        ("Asia", @"\b(asia|asian)\b(?! pacific)"),
        ("Europe", @"\b(europe|european)\b"),
        ("Pacific", @"\b(pacific|oceania)\b"),
        ("Middle East", @"\bmiddle east\b"),
    ];

    /// <summary>The regions a line names when it names nothing else but words asking for an overview or a comparison; empty otherwise.</summary>
    static IReadOnlyList<string> RegionOverviewAsked(string t)
    {
        var regions = RegionsIn(t);
        if (regions.Count == 0) return regions;
        var rest = ApproximateRegion.Replace(t, " ");
        foreach (var (_, pattern) in RegionWords) rest = Patterns.Get(pattern).Replace(rest, " ");
        return Patterns.Get(OverviewWords).Replace(rest, " ").Trim().Length == 0 ? regions : [];
    }

    /// <summary>"Who hasn't ratified?", "who still has to ratify?", "which countries still need to join?": a step not yet taken.</summary>
    const string NotYet = @"\b(not|never|yet to|still to|havent|hasnt|didnt|dont|doesnt|(still )?(has|have|need|needs|got) (still |yet )?to|must( still)?)\b";

    const string ConventionOverviewAsked =
        @"^(please )?(whats |what is |how is |hows |give me |show me )?(the )?((overall|general|current|global) )?(status|state|progress|overview|state of play|summary|picture)( (of|on|for) (the )?(convention|ccm|treaty|cluster munitions? convention|convention on cluster munitions))?$" +
        @"|^(please )?(whats |what is |how is |hows |give me |show me )?(the )?((overall|general|current|global) )?(convention|ccm|treaty)( (status|progress|overview|state of play|summary|at a glance|doing|going))?$" +
        @"|^(please )?((give|send|prepare|prep|draft|write) (me |us )?)?(a |an |the )?((quick|short|general|overall|brief) )?(summary|overview|briefing|brief|update|state of play|status update|status)( note)? for (the )?(coordination committee|cc|president|presidency|next (msp|meeting|review conference)|(\d+(st|nd|rd|th)? ?)?(msp|rc)|meeting|intersessionals?|donors|capitals?)$" +
        @"|^where (do|does) (we|things|the convention|the ccm|it all) stand( (now|today|overall))?$|^(whats |what is |show me |give me )?(everyones|everybodys|every states|all states|each states) (status|standing|situation)$|^how (is|are) (the convention|the ccm|the treaty|we|things) (doing|going)( overall)?$";

    const string OverviewWords =
        @"\b(tell me (more )?about|what about|how about|what do we know about|overview( of)?|summary( of)?|summari[sz]e|brief( me)?( on)?|briefing( on)?|status( of)?|state of play( in)?|situation( in)?|whats|what is|how is|how are|hows|things|compare|comparison( of| between)?|show me|give me|profile( of)?|at a glance|doing|the|region|regions|and|vs|versus|v|or|with|between|in|on|an|a|please|quick|short|general|picture|snapshot( of)?|look at|me)\b|[?,.!&/:;-]";

    internal static string? RegionIn(string t) => RegionWords.FirstOrDefault(r => Has(t, r.Pattern)).Region;

    /// <summary>The text with its region words taken out, or with the first of them made <paramref name="region"/> ("same for Africa").</summary>
    internal static string WithoutRegionWords(string t, string? region = null)
    {
        const string Mark = "\u0002";
        var marked = ApproximateRegion.Replace(t, Mark);
        foreach (var (_, pattern) in RegionWords) marked = Patterns.Get(pattern).Replace(marked, Mark);
        var first = marked.IndexOf(Mark, StringComparison.Ordinal);
        if (first < 0) return t;
        var result = region is null ? marked.Replace(Mark, " ") : marked[..first] + region.ToLowerInvariant() + marked[(first + 1)..].Replace(Mark, " ");
        return string.Join(' ', result.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    static Article9Category? Article9CategoryIn(string t)
    {
        if (Has(t, @"\bno (?:[a-z0-9]+ ){0,2}(information|info|data)\b|\bnot (provided|given|reported) any\b|\bnothing\b")) return Treaties.Article9Category.NoInformation;
        if (Has(t, @"\bincomplete\b")) return Treaties.Article9Category.IncompleteInformation;
        if (Has(t, @"\b(sufficient|existing law)\b")) return Treaties.Article9Category.ExistingLawSufficient;
        if (Has(t, @"\b(in process|in progress|being (adopted|developed|drafted)|drafting|developing|pending)\b")) return Treaties.Article9Category.InProcess;
        // "have adopted national legislation", "specific CCM legislation" — not "have not adopted legislation", which asks who lacks it.
        if (!Has(t, @"\b(not|never|no|without|yet to|havent|hasnt|dont|doesnt|lack\w*)\b")
            && Has(t, @"\b(specific|dedicated|new|adopted|enacted|passed|adopt|enact)\b( \w+){0,2} (legislation|laws?|acts?)\b")) return Treaties.Article9Category.SpecificLegislation;
        return null;
    }

    /// <summary>"Is X a State Party?", "has X signed?": the name asked about, known or not.</summary>
    static readonly Regex MembershipOfName = new(
        @"^(?:is|are|has|have|did|does)\s+(?:the\s+)?(?<name>[a-z][a-z ]{1,40}?)\s+(?:(?:a|an|already|yet|ever|still)\s+)*(?:state party|states party|party|member|signatory|signed|ratified|joined|acceded|join|sign|ratify|accede)\b",
        RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"tell me about X" where X is no State we know: answered with suggestions, not "not understood".</summary>
    static readonly Regex ProfileRequest = new(
        @"^(?:(?:please\s+)?(?:tell me about|what do we know about|what about|profile of|profile|status of|info on|information on|details on|details of)\s+(?:the\s+)?(?<name>[a-z][a-z ]{1,60}?)|(?:(?:whats|what is|hows|how is)\s+(?:the\s+)?)?(?<name>[a-z][a-z ]{1,60}?)\s+(?:status|profile))$",
        RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"Tuvalu's status" normalises to "tuvalus status": the name without the possessive the user typed.</summary>
    static string AsWritten(string name, string typed) =>
        name.Length > 2 && name.EndsWith('s') && (typed.Contains(name[..^1] + "'s", StringComparison.OrdinalIgnoreCase) || typed.Contains(name[..^1] + "\u2019s", StringComparison.OrdinalIgnoreCase))
            ? name[..^1] : name;

    static bool Has(string text, string pattern) => Patterns.Get(pattern).IsMatch(text);
}
