using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Records;

/// <summary>
/// Turns a draft into a fact, or says exactly what is wrong. The treaty's own rules are checked here
/// (signature closed when the Convention entered into force, withdrawal takes effect after six
/// months, a deadline extension must move the deadline later), so bad facts never reach the store.
/// </summary>
public static class FactValidator
{
    static readonly DateOnly OpenedForSignature = TreatyCalendar.OpenedForSignature;

    static readonly Regex Possessive = new(@"['’]s\b", RegexOptions.None, Patterns.Timeout);
    static readonly Regex Iso3 = new(@"^[A-Z]{3}$", RegexOptions.None, Patterns.Timeout);

    public static (Fact? Fact, IReadOnlyList<FactError> Errors) Validate(FactDraft draft, TreatyData data, DateOnly today)
    {
        var errors = new List<FactError>();
        if (draft.Kind is not { } kind)
            return (null, [new("kind", "Say what to record: a report received, a signature, ratification, accession or withdrawal, a declared stockpile or contamination, an extension, a completion, an Article 9 status, a focal point, or how far reporting data is complete.")]);
        var reference = Clean(draft.Reference, 500);

        if (kind == FactKind.MilestoneCompleted) return Done(MilestoneCompleted(draft, data, today, reference, errors), errors);
        if (kind == FactKind.MilestoneAdded) return Done(MilestoneAdded(draft, data, today, reference, errors), errors);

        if (kind == FactKind.Coverage)
        {
            var until = Day(draft.Date, "date", "the date up to which reporting data is complete", today, errors, allowEarly: true);
            return errors.Count > 0 ? (null, errors) : (new CoverageFact(until!.Value, reference), errors);
        }

        var isNewState = kind is FactKind.Signature or FactKind.Ratification or FactKind.Accession or FactKind.Acceptance or FactKind.Approval
                         && draft.NewStateIso3 is not null;
        var states = isNewState ? [] : States(draft.States, data, kind == FactKind.ReportReceived, errors);
        var date = kind is FactKind.ExtensionGranted or FactKind.ExtensionRequested ? null : Day(draft.Date, "date", DateLabel(kind), today, errors);
        if (errors.Count > 0) return (null, errors);

        Fact? fact = kind switch
        {
            FactKind.ReportReceived => Report(draft, states, date!.Value, reference, errors),
            FactKind.Signature or FactKind.Ratification or FactKind.Accession or FactKind.Acceptance or FactKind.Approval or FactKind.Withdrawal =>
                isNewState ? NewState(draft, kind, date!.Value, reference, data, errors) : Membership(draft, states[0], kind, date!.Value, reference, errors),
            FactKind.Article9 => Article9(draft, states[0], date!.Value, reference, errors),
            FactKind.FocalPoint => Party(states[0], date!.Value, "a focal point designation", errors) ? new FocalPointFact(states[0], date!.Value, reference) : null,
            _ => Obligation(draft, states[0], kind, date, today, reference, data, errors),
        };
        return errors.Count > 0 ? (null, errors) : (fact, errors);
    }

    static (Fact? Fact, IReadOnlyList<FactError> Errors) Done(Fact? fact, List<FactError> errors) => errors.Count > 0 ? (null, errors) : (fact, errors);

    static string PlanWords(string plan) => Milestone.PlanKey(plan);

    static string ActionWords(string id) => id.Replace(" ", "").ToLowerInvariant();

    static Fact? MilestoneCompleted(FactDraft draft, TreatyData data, DateOnly today, string? reference, List<FactError> errors)
    {
        var plan = PlanWords(draft.Plan ?? "");
        var action = ActionWords(draft.Action ?? "");
        if (plan.Length == 0 || action.Length == 0)
        {
            errors.Add(new("plan", "name the plan and the action, e.g. \"NIM-2016 concept note 3.1 completed on 1 December 2016\""));
            return null;
        }
        var inPlan = data.Milestones.Where(m => PlanWords(m.Plan) == plan).ToList();
        if (inPlan.Count == 0) inPlan = data.Milestones.Where(m => PlanWords(m.Plan).StartsWith(plan, StringComparison.Ordinal)).ToList();
        var found = inPlan.Where(m => ActionWords(m.ActionId) == action).ToList();
        if (found.Count == 0)
        {
            var plans = data.Milestones.Select(m => m.Plan).Distinct().Order(StringComparer.Ordinal);
            errors.Add(new("plan", inPlan.Count == 0
                ? $"no plan \"{Clip(draft.Plan ?? "")}\" in CcmBot's data; its plans are {string.Join(", ", plans)}"
                : $"{inPlan[0].Plan} has no action {draft.Action}; its actions are {string.Join(", ", inPlan.Select(m => m.ActionId).Take(30))}"));
            return null;
        }
        if (found.Select(m => m.Plan).Distinct().Count() > 1)
        {
            errors.Add(new("plan", $"\"{Clip(draft.Plan ?? "")} {draft.Action}\" could be {string.Join(" or ", found.Select(m => $"{m.Plan} {m.ActionId}"))}; please write the plan in full"));
            return null;
        }
        var milestone = found[0];
        var completed = Day(draft.Date, "date", "the day it was completed", today, errors);
        if (completed is null) return null;
        if (milestone.CompletedOn is { } before && before <= completed)
            errors.Add(new("date", $"{milestone.Plan} {milestone.ActionId} is already recorded as completed on {Dates.Format(before)}"));
        return new MilestoneCompletedFact(milestone, completed.Value, reference);
    }

    /// <summary>"30 June 2027", "end June 2027", "June 2027", "2027", "in six weeks": a day, a month or a year.</summary>
    static PartialDate? TargetDate(string text, DateOnly today)
    {
        var plain = Patterns.Get(@"^(?:the\s+)?end\s+of\s+").Replace(text.Trim(), "end ");
        if (DateExpressions.TryRead(plain, today, out var range))
        {
            if (range.From == range.To) return PartialDate.Day(range.From);
            var wholeMonth = range.From.Day == 1 && range.To == range.From.AddMonths(1).AddDays(-1);
            return PartialDate.Parse(range.From.ToString(wholeMonth ? "yyyy-MM" : "yyyy", CultureInfo.InvariantCulture));
        }
        return DateExpressions.TryReadDay(text, today, future: true, out var day) ? PartialDate.Day(day) : null;
    }

    static Fact? MilestoneAdded(FactDraft draft, TreatyData data, DateOnly today, string? reference, List<FactError> errors)
    {
        var plan = Clean(draft.Plan, 60);
        var title = Clean(draft.Title, 300);
        if (plan is null) errors.Add(new("plan", "name the plan the milestone belongs to, e.g. \"add milestone to the victim assistance plan: …\""));
        var targetText = Clean(draft.Deadline, 60);
        // "Create a plan for universalization" alone: a plan is held as its milestones, so it starts with the first.
        if (plan is not null && title is null && targetText is null)
        {
            errors.Add(new("title", $"a plan is kept as its milestones, so \"{plan}\" starts with its first: say what is to be done and by when, " +
                                    $"e.g. \"add a plan for {Patterns.Get(@"\s*\bplan$").Replace(plan, "")} with milestone <what is to be done> by June 2027\""));
            return null;
        }
        if (title is null) errors.Add(new("title", "say what is to be done"));
        PartialDate target = PartialDate.Unknown;
        string? meetingId = null;
        if (targetText is null) errors.Add(new("target", "give the target: a day, a month, a year or a meeting (\"by end June 2027\", \"before 14MSP\")"));
        else if (Patterns.Get(@"^(?:the\s+)?(?<m>\d{1,2}\s*MSP|\d\s*RC)$").Match(targetText.Trim()) is { Success: true } meeting)
        {
            meetingId = meeting.Groups["m"].Value.Replace(" ", "").ToUpperInvariant();
            if (data.Meeting(meetingId) is { } known) target = known.Start;
            else errors.Add(new("target", $"{meetingId} is not a meeting CcmBot knows; give a date instead"));
        }
        else if (TargetDate(targetText, today) is { } date) target = date;
        else errors.Add(new("target", $"\"{Clip(targetText)}\" is not a target CcmBot can read; write a day (30 June 2027), a month (June 2027), a year (2027) or a meeting (14MSP)"));
        if (errors.Count > 0) return null;
        if (target.IsKnown && target.Latest < OpenedForSignature) { errors.Add(new("target", "the target is before the Convention")); return null; }

        // A coordinator's own plan numbers its milestones 1, 2, 3…; a shipped plan goes on after its last number.
        var samePlan = data.Milestones.Where(m => PlanWords(m.Plan) == PlanWords(plan!)).ToList();
        var planName = samePlan.FirstOrDefault()?.Plan ?? plan!;
        var next = samePlan.Select(m => int.TryParse(m.ActionId.Split('.')[0], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var responsible = Clean(draft.Responsible, 200);
        var milestone = new Milestone(planName, next.ToString(CultureInfo.InvariantCulture), title!, meetingId is null ? $"by {targetText}" : $"before {meetingId}",
            meetingId is null ? MilestoneTargetType.Date : MilestoneTargetType.MeetingRelative, target, meetingId, responsible, null,
            new Provenance(reference ?? "", PartialDate.Day(today)), RecordOrigin.User);
        return new MilestoneAddedFact(milestone, today, reference);
    }

    static string DateLabel(FactKind kind) => kind switch
    {
        FactKind.ReportReceived => "the day the report was received",
        FactKind.Signature => "the day of signature",
        FactKind.Withdrawal => "the day the instrument of withdrawal was received",
        FactKind.Article9 => "the day the status was reported",
        FactKind.FocalPoint => "the day the focal point was designated",
        FactKind.Completed => "the day completion was declared",
        FactKind.ObligationDeclared => "the day it was declared",
        _ => "the day the instrument was deposited",
    };

    static Fact? Report(FactDraft draft, IReadOnlyList<StateInfo> states, DateOnly received, string? reference, List<FactError> errors)
    {
        string? assumption = null;
        Deliverable? report = null;
        var text = (draft.Report ?? "").Trim().ToLowerInvariant();
        if (text is "initial" or "initial report") report = Deliverable.InitialReport;
        else if (Patterns.Get(@"^annual(?:\s*[: ]\s*(?<y>\d{4}))?$").Match(text) is { Success: true } annual)
        {
            var year = annual.Groups["y"].Success ? int.Parse(annual.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year - 1;
            if (!annual.Groups["y"].Success) assumption = $"taken as the annual report for {year}, the calendar year before it arrived (Art. 7(2)); say \"annual report for <year>\" if it was another";
            report = Deliverable.AnnualReport(year);
            if (year < 2010 || received < new DateOnly(year, 12, 31))
                errors.Add(new("report", $"an annual report for {year} covers that calendar year, so it cannot have been received on {Dates.Format(received)}; check the year or the date"));
        }
        else errors.Add(new("report", "say which report: \"initial\" or \"annual for <year>\""));
        foreach (var state in states) Party(state, received, $"a report received on {Dates.Format(received)}", errors);
        return report is null || errors.Count > 0 ? null : new ReportReceived(states, report, received, reference, assumption);
    }

    static bool Party(StateInfo state, DateOnly date, string what, List<FactError> errors)
    {
        if (state.InstrumentDate is { } deposit && deposit <= date && (state.WithdrawalEffective is not { } left || date < left)) return true;
        var status = Treaties.Membership.At(state, date);
        errors.Add(new("states", $"{state.Name} was not a State Party on {Dates.Format(date)} ({status.Explanation}), so {what} cannot be recorded for it. If its membership is wrong, record the ratification or accession first"));
        return false;
    }

    static Fact? Membership(FactDraft draft, StateInfo state, FactKind kind, DateOnly date, string? reference, List<FactError> errors)
    {
        if (kind == FactKind.Signature)
        {
            if (date < OpenedForSignature || date >= TreatyCalendar.ConventionEntryIntoForce)
                errors.Add(new("date", $"the Convention was open for signature from {Dates.Format(OpenedForSignature)} until it entered into force on {Dates.Format(TreatyCalendar.ConventionEntryIntoForce)} (Art. 15, 16(2)); after that States accede"));
            if (state.InstrumentDate is { } deposited && deposited < date)
                errors.Add(new("date", $"{state.Name} had already deposited its instrument on {Dates.Format(deposited)}"));
            if (state.SignatureDate is { } signedOn && signedOn != date && !draft.Correction)
                errors.Add(new("date", $"{state.Name} is recorded as having signed on {Dates.Format(signedOn)} ({state.Provenance.Source}); a State signs once. " +
                                       $"If that date is wrong, say \"correct: {state.Name} signed on {Dates.Format(date)}\""));
            return errors.Count > 0 ? null : new MembershipFact(state with { SignatureDate = date }, state, kind, date, null, reference);
        }
        if (kind == FactKind.Withdrawal)
        {
            if (state.InstrumentDate is not { } deposit || deposit > date)
            {
                errors.Add(new("states", $"{state.Name} was not a State Party on {Dates.Format(date)}, so it had nothing to withdraw from"));
                return null;
            }
            var rule = TreatyCalendar.WithdrawalEffective(date).Date;
            DateOnly effective = rule;
            if (draft.EffectiveDate is { } given)
            {
                if (!TryDay(given, out effective))
                    errors.Add(new("effectiveDate", $"\"{Clip(given)}\" is not a date"));
                else if (effective < rule)
                    errors.Add(new("effectiveDate", $"a withdrawal takes effect six months after the instrument is received ({Rules.Withdrawal.Citation}): not before {Dates.Format(rule)}"));
            }
            return errors.Count > 0 ? null : new MembershipFact(state with { WithdrawalNotified = date, WithdrawalEffective = effective }, state, kind, date, effective, reference);
        }

        if (date < OpenedForSignature) errors.Add(new("date", $"the Convention was opened for signature on {Dates.Format(OpenedForSignature)}; no instrument can be dated before"));
        if (kind == FactKind.Ratification && state.SignatureDate is null)
            errors.Add(new("kind", $"{state.Name} has no signature recorded, and only signatories ratify (Art. 16(1)); record an accession, or record its signature first"));
        if (kind == FactKind.Accession && state.SignatureDate is { } signed && date < TreatyCalendar.ConventionEntryIntoForce)
            errors.Add(new("kind", $"{state.Name} signed on {Dates.Format(signed)}; before the Convention entered into force signatories ratified rather than acceded (Art. 16)"));
        if (state.SignatureDate is { } signature && date < signature)
            errors.Add(new("date", $"{state.Name} signed on {Dates.Format(signature)}; its instrument cannot be deposited before that"));
        // A State Party deposits one instrument; a second date is a correction of the first, said as one.
        if (state.InstrumentDate is { } existing && existing != date && state.WithdrawalEffective is null && !draft.Correction)
            errors.Add(new("date", $"{state.Name} is recorded as having deposited its instrument of {state.Instrument.ToString().ToLowerInvariant()} on {Dates.Format(existing)} ({state.Provenance.Source}); " +
                                   $"a State Party deposits one. If that record is wrong, say \"correct: {state.Name} deposited its instrument of {kind.ToString().ToLowerInvariant()} on {Dates.Format(date)}\""));
        // CcmBot keeps one membership per State: recording a return after a withdrawal would rewrite the earlier membership and the answers for its years.
        if (state is { InstrumentDate: { } before, WithdrawalEffective: { } left } && !draft.Correction)
            errors.Add(new("states", $"{state.Name} deposited its instrument on {Dates.Format(before)} and withdrew with effect from {Dates.Format(left)}; CcmBot keeps one membership per State, " +
                                     "so it cannot record a return without rewriting that history and the answers for those years. " +
                                     $"If the earlier record is wrong, say \"correct: {state.Name} deposited its instrument of {kind.ToString().ToLowerInvariant()} on {Dates.Format(date)}\""));
        var instrument = Enum.Parse<InstrumentKind>(kind.ToString());
        var after = state with { Instrument = instrument, InstrumentDate = date, RecordedEntryIntoForce = TreatyCalendar.EntryIntoForce(date).Date };
        return errors.Count > 0 ? null : new MembershipFact(after, state, kind, date, null, reference);
    }

    static Fact? NewState(FactDraft draft, FactKind kind, DateOnly date, string? reference, TreatyData data, List<FactError> errors)
    {
        var iso3 = draft.NewStateIso3!.Trim().ToUpperInvariant();
        var name = Clean(draft.NewStateName, 80);
        if (!Iso3.IsMatch(iso3)) errors.Add(new("states", $"\"{Clip(iso3)}\" is not a three-letter ISO code"));
        else if (data.State(iso3) is { } known)
            return Membership(draft, known, kind, date, reference, errors);
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new("states", "give the State's name before its code, e.g. \"Ukraine (UKR, Europe)\""));
        if (data.Resolver.ResolveExact(name ?? "") is { } sameName) errors.Add(new("states", $"{sameName.Name} is already known, as {sameName.Iso3}"));
        if (kind == FactKind.Ratification) errors.Add(new("kind", $"{name} has no signature recorded, and only signatories ratify (Art. 16(1)); record an accession, or record its signature first"));
        if (date < OpenedForSignature) errors.Add(new("date", $"the Convention was opened for signature on {Dates.Format(OpenedForSignature)}"));
        if (kind == FactKind.Signature && date >= TreatyCalendar.ConventionEntryIntoForce)
            errors.Add(new("date", $"signature closed when the Convention entered into force on {Dates.Format(TreatyCalendar.ConventionEntryIntoForce)} (Art. 16(2)); after that States accede"));
        if (errors.Count > 0) return null;
        var provenance = new Provenance("", PartialDate.Day(date));
        var state = kind == FactKind.Signature
            ? new StateInfo(iso3, name!, Clean(draft.NewStateRegion, 40) ?? "not recorded", date, InstrumentKind.None, null, null, null, null, provenance)
            : new StateInfo(iso3, name!, Clean(draft.NewStateRegion, 40) ?? "not recorded", null, Enum.Parse<InstrumentKind>(kind.ToString()), date, TreatyCalendar.EntryIntoForce(date).Date, null, null, provenance);
        return new MembershipFact(state, null, kind, date, null, reference);
    }

    static Fact? Article9(FactDraft draft, StateInfo state, DateOnly date, string? reference, List<FactError> errors)
    {
        if (!EnumNames.TryRead<Article9Category>((draft.Article9Status ?? "").Replace("_", "").Replace(" ", ""), out var category))
        {
            errors.Add(new("article9Status", "say the status: specific legislation adopted, existing law deemed sufficient, legislation in process, in process with assistance requested, incomplete information, or no information"));
            return null;
        }
        return new Article9Fact(state, category, date, reference);
    }

    static Fact? Obligation(FactDraft draft, StateInfo state, FactKind kind, DateOnly? date, DateOnly today, string? reference, TreatyData data, List<FactError> errors)
    {
        var article = draft.Article?.Trim() switch { "3" => 3, "4" => 4, _ => 0 };
        // "Iraq was granted an extension to 1 November 2028": an extension or completion concerns an obligation
        // the State has; when it has only one of the two, that is the one meant.
        if (article == 0 && kind != FactKind.ObligationDeclared)
        {
            var held = new[] { 3, 4 }.Where(a => data.EventsFor(state.Iso3).Any(e => e.Article == a)).ToList();
            // Chile finished its stockpile in 2011: an extension now can only be of the clearance deadline.
            var open = held.Where(a => !data.EventsFor(state.Iso3).Any(e => e.Article == a && e.Kind == ObligationEventKind.Completed)).ToList();
            if (held.Count == 1) article = held[0];
            else if (open.Count == 1 && kind is FactKind.ExtensionGranted or FactKind.ExtensionRequested) article = open[0];
        }
        if (article == 0)
        {
            errors.Add(new("article", "say which obligation: Article 3 (stockpile destruction) or Article 4 (clearance)"));
            return null;
        }
        if (state.EntryIntoForce is not { } eif)
        {
            errors.Add(new("states", $"{state.Name} is not a State Party, so it has no Article {article} obligation"));
            return null;
        }
        var events = data.EventsFor(state.Iso3).Where(e => e.Article == article).ToList();
        switch (kind)
        {
            case FactKind.Completed:
                return new ObligationFact(state, article, ObligationEventKind.Completed, PartialDate.Day(date!.Value), PartialDate.Unknown, null, reference);
            case FactKind.ObligationDeclared:
                var completedBefore = events.Any(e => e.Kind is ObligationEventKind.Completed or ObligationEventKind.StatusClarified && e.Date.CertainlyOnOrBefore(date!.Value));
                var eventKind = !completedBefore ? ObligationEventKind.ObligationDeclared
                    : article == 3 ? ObligationEventKind.NewStockpile : ObligationEventKind.NewlyContaminated;
                return new ObligationFact(state, article, eventKind, PartialDate.Day(date!.Value), PartialDate.Unknown, null, reference);
        }

        // Extensions: the new deadline, and when it was granted (a day, or the meeting that granted it).
        var deadline = PartialDate.Unknown;
        if (draft.Deadline is null) errors.Add(new("deadline", "give the new deadline, e.g. \"extended to 1 August 2026\""));
        else if (TryDay(draft.Deadline, out var d)) deadline = PartialDate.Day(d);
        // "Extended to 2031": decisions name a year as often as a day; the year is kept, its day not recorded.
        else if (YearOnly.IsMatch(draft.Deadline)) deadline = PartialDate.Parse(draft.Deadline.Trim());
        else errors.Add(new("deadline", $"\"{Clip(draft.Deadline)}\" is not a date"));
        var original = article == 3 ? TreatyCalendar.StockpileDestructionDue(eif).Date : TreatyCalendar.ClearanceDue(eif).Date;
        if (deadline.IsKnown && deadline.Latest <= original)
            errors.Add(new("deadline", $"{deadline.Display()} is not later than the deadline the rule gives ({Dates.Format(original)}, {ArticleObligationAssessor.RuleFor(article).Citation}), so it is not an extension"));

        var grantedBy = Clean(draft.GrantedBy, 80);
        PartialDate when;
        if (draft.Date is { } on)
        {
            if (!TryDay(on, out var day)) { errors.Add(new("date", $"\"{Clip(on)}\" is not a date")); return null; }
            if (day > today) errors.Add(new("date", $"{Dates.Format(day)} is in the future; record facts once they have happened"));
            when = PartialDate.Day(day);
        }
        else if (grantedBy is not null && data.Meeting(grantedBy) is { } meeting && (meeting.End.IsKnown || meeting.Start.IsKnown))
        {
            when = meeting.End.IsKnown ? meeting.End : meeting.Start;
        }
        else
        {
            var needed = kind == FactKind.ExtensionRequested ? "when it was requested" : "when it was granted";
            errors.Add(new("date", grantedBy is null
                ? $"say {needed}: \"on <date>\", or the meeting that decided it (\"by the 11MSP\")"
                : $"the meeting \"{grantedBy}\" has no date in CcmBot's meeting list; say {needed} with \"on <date>\""));
            return null;
        }
        if (errors.Count > 0) return null;
        var evKind = kind == FactKind.ExtensionRequested ? ObligationEventKind.ExtensionRequested : ObligationEventKind.ExtensionGranted;
        return new ObligationFact(state, article, evKind, when, deadline, grantedBy, reference);
    }

    /// <summary>The States a draft names: exactly one unless <paramref name="many"/>; misspellings taken only when one State is meant.</summary>
    /// <summary>
    /// A draft of a fact about a State (all but coverage and milestones) that names none, known or new ("Name (ISO,
    /// region)"): typed without a command, such a line is a topic or a question, not a statement.
    /// </summary>
    public static bool LacksItsState(FactDraft draft, TreatyData data) =>
        draft.Kind is not (FactKind.Coverage or FactKind.MilestoneCompleted or FactKind.MilestoneAdded) && draft.NewStateIso3 is null && data.Resolver.FindAll(Possessive.Replace(draft.States ?? "", "")).Count == 0;

    static IReadOnlyList<StateInfo> States(string? text, TreatyData data, bool many, List<FactError> errors)
    {
        var cleaned = Possessive.Replace(text ?? "", "");
        var matches = data.Resolver.FindAll(cleaned);
        var found = new List<StateInfo>();
        foreach (var group in matches.GroupBy(m => m.MatchedText))
        {
            var options = group.Select(m => m.State).DistinctBy(s => s.Iso3).ToList();
            if (options.Count > 1)
            {
                errors.Add(new("states", $"\"{group.Key}\" could be {string.Join(" or ", options.Select(s => s.Name))}; please write the name in full"));
                continue;
            }
            if (found.All(s => s.Iso3 != options[0].Iso3)) found.Add(options[0]);
        }
        if (errors.Count > 0) return [];
        if (found.Count == 0)
            errors.Add(new("states", "name the State (as in the Convention's list, or its ISO code); a State not yet in the list can be given as \"Name (ISO, region)\" with its signature or instrument"));
        else if (!many && found.Count > 1)
            errors.Add(new("states", $"that names {string.Join(", ", found.Select(s => s.Name))}; record one State at a time"));
        return found;
    }

    static DateOnly? Day(string? text, string field, string label, DateOnly today, List<FactError> errors, bool allowEarly = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(field, $"give {label} (e.g. \"on 3 May 2018\")"));
            return null;
        }
        if (!TryDay(text, out var day, today))
        {
            errors.Add(new(field, $"\"{Clip(text)}\" is not a day CcmBot can read; write it like 3 May 2018 or 2018-05-03"));
            return null;
        }
        if (day > today) errors.Add(new(field, $"{Dates.Format(day)} is in the future; record facts once they have happened"));
        else if (!allowEarly && day < OpenedForSignature) errors.Add(new(field, $"{Dates.Format(day)} is before the Convention was opened for signature ({Dates.Format(OpenedForSignature)})"));
        return day;
    }

    /// <summary>A whole day in ISO form or any form people write ("1 July 2027").</summary>
    /// <param name="today">For "today" and "yesterday"; fields that name a treaty date read them from the day the Convention opened.</param>
    static readonly Regex YearOnly = new(@"^\s*(?:19|20)\d{2}\s*$", RegexOptions.CultureInvariant, Patterns.Timeout);

    static bool TryDay(string text, out DateOnly day, DateOnly? today = null)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return true;
        if (DateExpressions.TryRead(text, today ?? OpenedForSignature, out var range) && range.From == range.To) { day = range.From; return true; }
        return false;
    }

    static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var chars = text.Where(c => !char.IsControl(c)).ToArray();
        var clean = new string(chars).Trim();
        return clean.Length <= max ? clean : clean[..max];
    }

    static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
