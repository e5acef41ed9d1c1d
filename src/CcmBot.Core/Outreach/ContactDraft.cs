using static CcmBot.Core.Text.TextCase;
using System.Globalization;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Outreach;

/// <summary>What a user typed or submitted, field by field, before validation. Everything is text.</summary>
public sealed record ContactDraft
{
    public string? States { get; init; }
    public string? Date { get; init; }
    public string? Kind { get; init; }
    public string? Area { get; init; }
    public string? Chases { get; init; }
    public string? Mandate { get; init; }
    public string? Counterpart { get; init; }
    public string? Summary { get; init; }
    public string? Outcome { get; init; }
    public string? FollowUp { get; init; }
    public string? Status { get; init; }
    /// <summary>"add a note to contact 12: …": added to the summary, which is kept.</summary>
    public string? AddNote { get; init; }
}

/// <summary>A field and what to fix in it.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The validated values of a draft, ready to store.</summary>
public sealed record ContactValues(
    IReadOnlyList<StateInfo> States, DateOnly Date, ContactKind Kind, ThematicArea Area, string? Chases, string? Mandate, string? Counterpart,
    string? Summary, ContactOutcome? Outcome, string? OutcomeNote, DateOnly? FollowUp, ContactStatus Status);

/// <summary>
/// Checks every field and says what to fix; nothing is stored unless all of them are right.
/// Free text is length-limited, dates must be real, States must be States that signed or joined.
/// </summary>
public static class ContactValidator
{
    public const int MaxSummary = 2000;
    public const int MaxShortText = 200;
    public const int MaxStates = 30;

    public static (ContactValues? Values, IReadOnlyList<FieldError> Errors) Validate(ContactDraft draft, StateResolver resolver, DateOnly today)
    {
        var errors = new List<FieldError>();

        var states = new List<StateInfo>();
        var names = Split(draft.States, resolver);
        if (names.Count == 0) errors.Add(new("states", "Name at least one State (for example: Togo, Benin)."));
        if (names.Count > MaxStates) errors.Add(new("states", $"At most {MaxStates} States in one contact; split it."));
        foreach (var name in names.Take(MaxStates))
        {
            var state = resolver.ResolveExact(name) ?? resolver.ResolveExact(WithoutEnvoyWords(name)) ?? ClearMisspelling(resolver, WithoutEnvoyWords(name)) ?? ByAdjective(resolver, name);
            if (state is null)
            {
                var close = resolver.Closest(name, 3).Select(s => s.Name).ToList();
                errors.Add(new("states", $"\"{Clip(name, 60)}\" is not a State that signed or joined the Convention." + (close.Count > 0 ? $" Did you mean {string.Join(", ", close)}?" : "")));
            }
            else if (states.All(s => s.Iso3 != state.Iso3)) states.Add(state);
        }

        var date = ReadDate(draft.Date, "date", today, errors, required: true);
        // A day past the server's today is allowed for time zones ahead of UTC, but not one said to be still to come ("tomorrow", "next Monday").
        if (date is { } d && (d > today.AddDays(1) || d > today && Patterns.Get(@"\b(tomorrow|next)\b").IsMatch(TextNormalizer.Normalize(draft.Date)))) errors.Add(new("date", $"{Dates.Format(d)} is in the future; a contact is recorded once it has happened (use the follow-up date for what is planned)."));
        if (date is { } early && early < new DateOnly(2008, 5, 30)) errors.Add(new("date", "The date is before the Convention was adopted (30 May 2008)."));

        var kind = ReadKind(draft.Kind);
        if (kind is null) errors.Add(new("kind", $"Say what kind of contact it was: {string.Join(", ", Enum.GetValues<ContactKind>().Select(OutreachText.Label))}."));

        var area = ReadArea(draft.Area) ?? ReadArea(draft.Chases) ?? ReadArea(draft.Summary);
        // A State not party (signatory or not) owes the Convention nothing yet: what is said to it is universalization.
        if (area is null && string.IsNullOrWhiteSpace(draft.Area) && states.Count > 0 && states.All(s => !Membership.At(s, date ?? today).IsStateParty))
            area = ThematicArea.Universalization;
        if (area is null) errors.Add(new("area", $"Say which thematic area it belongs to: {string.Join(", ", Enum.GetValues<ThematicArea>().Select(OutreachText.Label))}."));

        var (outcome, outcomeNote) = ReadOutcome(draft.Outcome, errors);
        // "In two weeks", "next Friday": from today; "1 June" without a year: the first one after the contact.
        var followUp = ReadDate(draft.FollowUp, "followUp", today, errors, required: false, yearFrom: date ?? today);
        if (followUp is { } f && date is { } c && f < c) errors.Add(new("followUp", "The follow-up date is before the contact date."));

        var status = ContactStatus.Open;
        if (!string.IsNullOrWhiteSpace(draft.Status))
        {
            var s = TextNormalizer.Normalize(draft.Status);
            if (s is "open") status = ContactStatus.Open;
            else if (s is "done" or "closed" or "close") status = ContactStatus.Done;
            else errors.Add(new("status", "Status is either open or done."));
        }

        var chases = Text(draft.Chases, "chases", MaxShortText, errors);
        var mandate = Text(draft.Mandate, "mandate", MaxShortText, errors);
        var counterpart = Text(draft.Counterpart, "counterpart", MaxShortText, errors);
        var summary = Text(draft.Summary, "summary", MaxSummary, errors);

        if (errors.Count > 0) return (null, errors);
        return (new ContactValues(states, date!.Value, kind!.Value, area!.Value, ChasesLabel(chases), mandate, counterpart, summary, outcome, outcomeNote, followUp, status), errors);
    }

    /// <summary>"The Togo mission", "the Permanent Mission of Chad", "Chad's MFA": the State behind the office written to.</summary>
    static string WithoutEnvoyWords(string name)
    {
        const string Office = @"(?:permanent\s+)?mission|embassy|delegation|government|authorities|capital|ministry(?:\s+of\s+foreign\s+affairs)?|foreign\s+ministry|mfa|pr|ambassador";
        var text = Patterns.Get($@"(?i)^(?:the\s+)?(?:{Office})\s+(?:of\s+)?(?:the\s+)?").Replace(name.Trim(), "");
        text = Patterns.Get($@"(?i)(?:['’]s)?\s+(?:{Office})$").Replace(text, "");
        return Patterns.Get(@"(?i)^the\s+").Replace(text, "").Trim();
    }

    /// <summary>"The Ghanaian ambassador", "Laotian officials": one State named by its adjective, the rest only who was met.</summary>
    static StateInfo? ByAdjective(StateResolver resolver, string name)
    {
        var left = WithoutEnvoyWords(name);
        if (left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) return null;
        return resolver.FindByAdjective(left) is [var one] ? one : null;
    }

    static StateInfo? ClearMisspelling(StateResolver resolver, string name)
    {
        var candidates = resolver.FuzzyCandidates(TextNormalizer.Normalize(name));
        return candidates.Count == 1 ? candidates[0].State : null;
    }

    /// <summary>
    /// "Togo, Benin and Bosnia and Herzegovina": split at commas and at "and", except where the words
    /// joined by "and" name one State (Trinidad and Tobago, Saint Vincent and the Grenadines).
    /// </summary>
    public static IReadOnlyList<string> Split(string? list, StateResolver resolver)
    {
        var names = new List<string>();
        foreach (var part in (list ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < pieces.Length;)
            {
                // The longest run of pieces that is one State's name, else the piece alone.
                var take = Enumerable.Range(1, pieces.Length - i).Reverse()
                    .FirstOrDefault(n => n > 1 && resolver.ResolveExact(string.Join(" and ", pieces[i..(i + n)])) is not null, 1);
                names.Add(string.Join(" and ", pieces[i..(i + take)]));
                i += take;
            }
        }
        return names.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The contact's day as the form or line gives it, or null when it cannot be read.</summary>
    public static DateOnly? DayOf(string? text, DateOnly today) => ReadDate(text, "date", today, [], required: false);

    static DateOnly? ReadDate(string? text, string field, DateOnly today, List<FieldError> errors, bool required, DateOnly? yearFrom = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(new(field, "Give the date (for example 3 May 2018 or 2018-05-03)."));
            return null;
        }
        var trimmed = text.Trim();
        if (trimmed.Length > 40) { errors.Add(new(field, "That is not a date.")); return null; }
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        // The contact happened; its follow-up is to come: "Friday" is the last one for the first, the next one for the second.
        if (DateExpressions.TryReadDay(trimmed, today, future: yearFrom is not null, out var day)) return day;
        if (yearFrom is { } from && DateExpressions.NextDayMonth(trimmed, from) is { } dayMonth) return dayMonth;
        // A follow-up said as a span ("by end of January", "mid-February"), read as a narrative's promise is.
        if (field == "followUp" && OutreachNarrative.FollowUpSaid(trimmed, today) is { } span) return span;
        // A contact's "1 December" without a year is the latest one that has come.
        if (yearFrom is null && DateExpressions.LatestDayMonth(trimmed, today) is { } past) return past;
        // "Last week", "in November": a span, where a contact or follow-up has one day.
        if (DateExpressions.Find(trimmed, today).Window is { From: { } first, To: { } last } && last > first)
            errors.Add(new(field, $"\"{Clip(trimmed, 40)}\" covers {Dates.Format(first)} to {Dates.Format(last)}; give the day itself, like {Dates.Format(last)}."));
        else
            errors.Add(new(field, $"\"{Clip(trimmed, 40)}\" is not a date I can read; write it like 3 May 2018, 03/05/2018 or 2018-05-03."));
        return null;
    }

    public static ContactKind? ReadKind(string? text)
    {
        var t = TextNormalizer.Normalize(text);
        if (t.Length == 0) return null;
        if (EnumNames.TryRead<ContactKind>(t.Replace(" ", ""), out var exact)) return exact;
        if (Has(t, "demarche|approach")) return ContactKind.Demarche;
        if (Has(t, "letter|note verbale|wrote|written")) return ContactKind.Letter;
        if (Has(t, "side event")) return ContactKind.SideEvent;
        if (Has(t, "workshop|seminar|forum")) return ContactKind.Workshop;
        if (Has(t, "meeting|met|bilateral")) return ContactKind.BilateralMeeting;
        if (Has(t, "call|phone|telephone|rang")) return ContactKind.Call;
        if (Has(t, "email|e mail|mail")) return ContactKind.Email;
        return null;
    }

    public static ThematicArea? ReadArea(string? text)
    {
        var t = TextNormalizer.Normalize(text);
        if (t.Length == 0) return null;
        if (EnumNames.TryRead<ThematicArea>(t.Replace(" ", ""), out var exact)) return exact;
        if (Has(t, "initial report|annual report|transparency|art 7|article 7|reporting|report")) return ThematicArea.Transparency;
        if (Has(t, "nim|national implementation|legislation|art 9|article 9|action 47|lap 47|national measures|laws?")) return ThematicArea.NationalImplementation;
        if (Has(t, "universali[sz]ation|ratif|accession|accede|join|signator")) return ThematicArea.Universalization;
        if (Has(t, "stockpile|destruction|retention|art 3|article 3")) return ThematicArea.StockpileDestruction;
        if (Has(t, "clearance|contamination|remnants|risk (reduction )?education|art 4|article 4")) return ThematicArea.Clearance;
        if (Has(t, "victim|survivor|art 5|article 5|focal point")) return ThematicArea.VictimAssistance;
        if (Has(t, "cooperation|assistance|donor")) return ThematicArea.Cooperation;
        if (Has(t, "general status|operation of the convention")) return ThematicArea.GeneralStatus;
        return null;
    }

    /// <summary>Whether a bit of text names an outcome CcmBot knows ("committed to submit", "no reply"), not just any words.</summary>
    public static bool SaysOutcome(string? text) => ReadOutcome(text, []) is ({ } outcome, _) && outcome != ContactOutcome.Other;

    static (ContactOutcome?, string?) ReadOutcome(string? text, List<FieldError> errors)
    {
        var t = TextNormalizer.Normalize(text);
        if (t.Length == 0 || t is "notknown" or "not yet known" or "unknown" or "pending" or "none") return (null, null);
        var note = text!.Trim();
        if (note.Length > MaxShortText) { errors.Add(new("outcome", $"Keep the outcome under {MaxShortText} characters; put details in the summary.")); return (null, null); }
        if (EnumNames.TryRead<ContactOutcome>(t.Replace(" ", ""), out var exact)) return (exact, null);
        // Before the words of an answer: "has not replied yet" is no answer.
        if (Has(t, "no (response|reply|answer)|unanswered|silence|(not|never|nobody|no one)( yet)? (replied|responded|answered)|(hasnt|havent|didnt|did not|has not|have not|does not|doesnt)( yet)? (replied|responded|answered|reply|respond|answer)")) return (ContactOutcome.NoResponse, note);
        if (Has(t, "declin|refus|reject|will not|wont|cannot|not interested|negative|unwilling|opposed")) return (ContactOutcome.Declined, note);
        if (Has(t, "submitted|sent (the|its|their) report|received|delivered|done")) return (ContactOutcome.Submitted, note);
        // "They'll submit" is "theyll submit" once normalised.
        if (Has(t, "commit|promis|(will|theyll|hell|shell|well|itll) (submit|send|ratify|report|accede|sign)|agreed|undert")) return (ContactOutcome.Committed, note);
        // A reply that promises nothing yet ("positive", "receptive") is still an answer: acknowledged, the words kept.
        if (Has(t, "acknowledg|noted|received the letter|thanked|positive|receptive|interested|open to|welcomed|favou?rabl|replied|responded|answered")) return (ContactOutcome.Acknowledged, note);
        return (ContactOutcome.Other, note);
    }

    static string? ChasesLabel(string? chases)
    {
        var t = TextNormalizer.Normalize(chases);
        if (t.Length == 0) return null;
        if (Has(t, "initial report")) return "Art. 7 initial report";
        if (Has(t, "annual report")) return "Art. 7 annual report";
        if (Has(t, "action 47|lap 47")) return "LAP Action 47";
        if (Has(t, "focal point")) return "DAP Action 4.1 focal point";
        return chases!.Trim();
    }

    static string? Text(string? value, string field, int max, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var cleaned = new string(value.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (cleaned.Length > max)
        {
            errors.Add(new(field, $"{Capital(field)} is {cleaned.Length} characters; keep it under {max}."));
            return null;
        }
        return cleaned;
    }

    static bool Has(string text, string pattern) => Patterns.Get($@"\b({pattern})").IsMatch(text);
    static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
