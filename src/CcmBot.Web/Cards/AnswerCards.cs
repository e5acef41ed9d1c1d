using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Web.Cards;

/// <summary>One card per answer model; blocks appear only when there is something to show.</summary>
public static class AnswerCards
{
    public const int MaxActions = 5;

    public static AdaptiveCard? Create(Answer answer) => answer.Model switch
    {
        HelpModel help => Help(help),
        MembershipCountModel count => MembershipCount(count),
        StateProfileModel profile => StateProfile(profile),
        StateProfilesModel profiles => StateProfiles(profiles),
        ChooseStateModel choose => Choices(choose.Message, choose.Choices),
        NotUnderstoodModel notUnderstood => Choices(notUnderstood.Message, notUnderstood.Suggestions),
        ListAnswerModel list => List(list),
        _ => null,
    };

    const int OverviewExamples = 4;

    static AdaptiveCard Help(HelpModel model)
    {
        var overview = model.Topics.Count > 1;
        var body = new List<CardElement> { new TextBlock("CcmBot", TextSize.Large, true), new TextBlock(model.Intro) };
        if (overview) body.Add(new TextBlock("Every example of a topic: \"help reminders\", \"help outreach\", \"how do I record a ratification?\".", Subtle: true));
        foreach (var topic in model.Topics)
        {
            body.Add(new Container([new TextBlock(topic.Title, TextSize.Medium, true), new TextBlock(topic.Description, Subtle: true)], Separator: true));
            // The overview keeps to one message (the welcome card too): a few examples a topic; "help <topic>" shows them all.
            // Hosts render at most five actions in a set.
            foreach (var chunk in (overview ? topic.Examples.Take(OverviewExamples) : topic.Examples).Chunk(MaxActions))
                body.Add(new ActionSetElement(chunk.Select(e => (CardAction)new AskAction(e, e)).ToList()));
        }
        return new AdaptiveCard(body);
    }

    static AdaptiveCard Choices(string message, IReadOnlyList<SuggestedQuestion> choices) =>
        new([new TextBlock(message, Bold: true)], choices.Take(MaxActions).Select(c => (CardAction)new AskAction(c.Label, c.Text)).ToList());

    static AdaptiveCard MembershipCount(MembershipCountModel m)
    {
        var body = new List<CardElement>
        {
            new TextBlock(m.Region is null ? $"Membership as of {Dates.Format(m.AsOf)}" : $"Membership in {m.Region} as of {Dates.Format(m.AsOf)}", TextSize.Large, true),
            new FactSet([
                ("States Parties (deposited)", m.StatesParties.ToString()),
                .. (m.ByInstrument ?? []).Select(i => ($"by {i.Kind}", i.Count.ToString())),
                ("in force", m.InForce.ToString()),
                ("not yet in force", m.NotYetInForce == 0 ? "0" : $"{m.NotYetInForce}: {string.Join(", ", m.NotYetInForceStates.Select(s => $"{s.Name} (from {Dates.Format(s.EntryIntoForce!.Value)})"))}"),
                ("Signatories (not ratified)", m.Signatories.ToString()),
                ("Withdrawn", m.Withdrawn.ToString()),
            ]),
            new Table(["Region", "States Parties", "In force", "Signatories"],
                m.ByRegion.Select(r => (IReadOnlyList<string>)[r.Region, r.StatesParties.ToString(), r.InForce.ToString(), r.Signatories.ToString()]).ToList(), [3, 2, 2, 2]),
        };
        if (m.ReportedFigures.Count > 0)
            body.Add(new Container([
                new TextBlock("What the sources reported for that date", Bold: true),
                .. m.ReportedFigures.Select(f => (CardElement)new TextBlock($"{f.Value:0} {f.Metric.Replace('_', ' ')}: {f.Provenance.Source}", TextSize.Small)),
            ], Separator: true));
        body.AddRange(Footer($"Rule: {m.Rule}", m.Caveats, m.Sources));
        return new AdaptiveCard(body);
    }

    static AdaptiveCard StateProfile(StateProfileModel m)
    {
        var body = new List<CardElement>
        {
            new TextBlock($"{m.State.Name} as of {Dates.Format(m.AsOf)}", TextSize.Large, true),
            new TextBlock(StatusText.Label(m.Membership.Status), Color: m.Membership.IsInForce ? TextColor.Good : TextColor.Default, Bold: true),
            new FactSet(m.Facts.Skip(1).Select(f => (f.Label, f.Rule is null ? f.Value : $"{f.Value} ({f.Rule})")).ToList()),
        };
        if (m.Standing is { } standing) body.Insert(2, new TextBlock(standing));
        if (m.DirectAnswer is { } direct) body.Insert(1, new TextBlock(direct, Bold: true));
        if (m.Obligations.Count > 0)
            body.Add(new Table(["Obligation", "Status", "Deadline", "Days overdue", "Rule"],
                m.Obligations.Select(o => (IReadOnlyList<string>)[
                    o.Obligation, StatusText.Label(o.Status), o.Deadline is { } d ? Dates.Format(d) : "-",
                    o.DaysOverdue(m.AsOf)?.ToString() ?? "-", o.Rule.Citation]).ToList(), [4, 2, 2, 2, 2]));
        var details = m.Obligations.Select(o => (CardElement)new TextBlock($"{o.Obligation}: {o.Explanation}", TextSize.Small)).ToList();
        if (details.Count > 0) body.Add(new Container(details, Separator: true));
        body.AddRange(Footer(null, m.Notes, m.Sources));
        return new AdaptiveCard(body, [
            new AskAction("Log outreach", $"log outreach for {m.State.Name}"),
            new AskAction("Reporting history", $"{m.State.Name} reporting history"),
            new AskAction("Contacts", $"what contacts have we made with {m.State.Name}?"),
        ]);
    }

    /// <summary>Each State's profile card in turn, separated; the buttons of the first two States.</summary>
    static AdaptiveCard StateProfiles(StateProfilesModel m)
    {
        var cards = m.Profiles.Select(StateProfile).ToList();
        var body = cards.Select((card, i) => (CardElement)new Container(card.Body.ToList(), Separator: i > 0)).ToList();
        var actions = m.Profiles.Take(2).SelectMany(p => new CardAction[]
        {
            new AskAction($"Log outreach: {p.State.Name}", $"log outreach for {p.State.Name}"),
            new AskAction($"{p.State.Name} reporting", $"{p.State.Name} reporting history"),
        }).Take(MaxActions).ToList();
        return new AdaptiveCard(body, actions);
    }

    static AdaptiveCard List(ListAnswerModel m)
    {
        var body = new List<CardElement>
        {
            new TextBlock(m.Title, TextSize.Large, true),
            new TextBlock($"As of {Dates.Format(m.AsOf)}", TextSize.Small, Subtle: true),
            new TextBlock(m.Summary),
        };
        if (m.Interpretation is { } reading) body.Add(new TextBlock($"How I read the question: {reading}", TextSize.Small, Color: TextColor.Accent));
        foreach (var group in m.Groups)
        {
            (string Header, Func<ListRow, string?> Cell, int Width)[] columns =
            [
                ("State / item", r => r.Label, 3), ("Status", r => r.Status, 2), ("Deadline", r => r.Deadline, 2),
                ("Days overdue", r => r.DaysOverdue?.ToString(), 2), ("Details", r => r.Detail, 5), ("Source", r => r.Source, 4),
            ];
            var used = columns.Where(c => group.Rows.Any(r => !string.IsNullOrWhiteSpace(c.Cell(r)))).ToList();
            body.Add(new Container([
                new TextBlock($"{group.Title} ({group.Rows.Count})", TextSize.Medium, true),
                new Table(used.Select(c => c.Header).ToList(),
                    group.Rows.Select(r => (IReadOnlyList<string>)used.Select(c => c.Cell(r) ?? "-").ToList()).ToList(),
                    used.Select(c => c.Width).ToList()),
            ], Separator: true));
        }
        var rules = m.Rules.Count == 0 ? null : "Rule: " + string.Join(" | ", m.Rules);
        body.AddRange(Footer(rules, m.Notes, m.Sources));
        return new AdaptiveCard(body, m.FollowUps.Take(MaxActions).Select(f => (CardAction)new AskAction(f.Label, f.Text)).ToList());
    }

    static IEnumerable<CardElement> Footer(string? rule, IReadOnlyList<string> notes, IReadOnlyList<string> sources)
    {
        var items = new List<CardElement>();
        if (rule is not null) items.Add(new TextBlock(rule, TextSize.Small, Subtle: true));
        items.AddRange(notes.Select(n => new TextBlock(n, TextSize.Small, Color: TextColor.Warning)));
        items.Add(new TextBlock("Sources", TextSize.Small, true));
        items.AddRange(sources.Select(s => new TextBlock(s, TextSize.Small, Subtle: true)));
        yield return new Container(items, "emphasis", Separator: true);
    }
}
