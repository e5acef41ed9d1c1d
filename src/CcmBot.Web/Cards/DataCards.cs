using System.Text.Json.Nodes;
using CcmBot.Core.Records;

namespace CcmBot.Web.Cards;

/// <summary>The "record data" form: one card for every kind of fact; fields a kind does not use are ignored.</summary>
public static class DataCards
{
    static readonly (string Title, string Value)[] Kinds =
    [
        ("Report received", nameof(FactKind.ReportReceived)), ("Ratification", nameof(FactKind.Ratification)), ("Accession", nameof(FactKind.Accession)),
        ("Signature", nameof(FactKind.Signature)), ("Withdrawal", nameof(FactKind.Withdrawal)), ("Stockpile or contamination declared", nameof(FactKind.ObligationDeclared)),
        ("Extension granted (Art. 3/4)", nameof(FactKind.ExtensionGranted)), ("Extension requested (Art. 3/4)", nameof(FactKind.ExtensionRequested)),
        ("Completion declared (Art. 3/4)", nameof(FactKind.Completed)), ("Article 9 status", nameof(FactKind.Article9)),
        ("Victim assistance focal point designated", nameof(FactKind.FocalPoint)), ("Reporting data complete up to a date", nameof(FactKind.Coverage)),
    ];

    static readonly (string Title, string Value)[] Article9Statuses =
    [
        ("Specific legislation adopted", "specific_legislation"), ("Existing law deemed sufficient", "existing_law_sufficient"), ("Legislation in process", "in_process"),
        ("In process, assistance requested", "in_process_assistance_requested"), ("Incomplete information", "incomplete_information"), ("No information", "no_information"),
    ];

    public static AdaptiveCard Form(FactDraft draft, IReadOnlyList<FactError> errors)
    {
        var body = new List<CardElement>
        {
            new TextBlock("Record data", TextSize.Large, true),
            new TextBlock("Every change is kept with your name, the date and the reference you give; an admin can revert it.", Subtle: true),
        };
        if (errors.Count > 0)
            body.Add(new Container([
                new TextBlock("Please fix:", Bold: true, Color: TextColor.Attention),
                .. errors.Select(e => (CardElement)new TextBlock(e.Message, TextSize.Small, Color: TextColor.Attention)),
            ], "attention"));
        body.Add(new ChoiceInput("kind", "What happened", Kinds, draft.Kind?.ToString() ?? nameof(FactKind.ReportReceived)));
        body.Add(new TextInput("states", "State(s) — several only for reports received", draft.States, "Togo"));
        body.Add(new TextInput("date", "Date (received, deposited, granted, declared...)", draft.Date, "2018-05-03"));
        body.Add(new TextInput("report", "Report: initial, or annual <year>", draft.Report, "annual 2018"));
        body.Add(new ChoiceInput("article", "Article (extensions, completions, declarations)", [("Article 3: stockpile destruction", "3"), ("Article 4: clearance", "4")], draft.Article));
        body.Add(new TextInput("deadline", "New deadline (extensions)", draft.Deadline, "2026-08-01"));
        body.Add(new TextInput("grantedBy", "Granted by (meeting, e.g. 11MSP)", draft.GrantedBy));
        body.Add(new ChoiceInput("article9Status", "Article 9 status", Article9Statuses, draft.Article9Status));
        body.Add(new TextInput("effectiveDate", "Withdrawal effective date (default: six months later, Art. 20(2))", draft.EffectiveDate));
        body.Add(new TextInput("reference", "Reference or link (document symbol, URL)", draft.Reference, MaxLength: 500));
        return new AdaptiveCard(body, [new SubmitAction("Record", new JsonObject { ["action"] = "data.record" })]);
    }
}
