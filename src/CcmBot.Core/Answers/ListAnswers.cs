using System.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>Builds list answers and their plain text (the Slack and notification form).</summary>
public static class ListAnswers
{
    /// <summary>Lists longer than this are grouped (by region) rather than cut.</summary>
    public const int GroupAbove = 15;

    public static Answer Create(string title, DateOnly asOf, string summary, IEnumerable<ListGroup> groups, IEnumerable<string> rules,
        IEnumerable<string> notes, IEnumerable<string> sources, IEnumerable<SuggestedQuestion>? followUps = null, string? interpretation = null)
    {
        var model = new ListAnswerModel(title, asOf, summary, groups.Where(g => g.Rows.Count > 0).ToList(), rules.Distinct().ToList(),
            notes.Distinct().ToList(), sources.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList(), (followUps ?? []).ToList(), interpretation);
        return new Answer(Render(model), model);
    }

    public static string Render(ListAnswerModel model)
    {
        var text = new StringBuilder();
        text.AppendLine(model.Summary);
        if (model.Interpretation is { } reading) text.AppendLine($"(How I read the question: {reading})");
        foreach (var group in model.Groups)
        {
            text.AppendLine($"{group.Title} ({group.Rows.Count}):");
            foreach (var row in group.Rows)
            {
                var parts = new List<string>();
                if (row.Status is { } status) parts.Add(status);
                if (row.Deadline is { } deadline) parts.Add($"due {deadline}");
                if (row.DaysOverdue is { } days) parts.Add(Dates.DaysOverdue(days));
                if (row.Detail.Length > 0) parts.Add(row.Detail);
                text.AppendLine($"- {row.Label}" + (parts.Count > 0 ? ": " + string.Join("; ", parts) : ""));
            }
        }
        foreach (var rule in model.Rules) text.AppendLine($"Rule: {rule}");
        foreach (var note in model.Notes) text.AppendLine($"Note: {note}");
        if (model.Sources.Count > 0) text.Append("Sources: " + string.Join("; ", model.Sources) + ".");
        return text.ToString().TrimEnd();
    }

    const string DownloadPrefix = "Download:";

    /// <summary>The note that carries a list's download links.</summary>
    public static string DownloadNote(string csvUrl, string xlsxUrl, string? scope = null) =>
        $"{DownloadPrefix} CSV {csvUrl} ; Excel {xlsxUrl} (links valid for 24 hours{(scope is null ? "" : $"; {scope}")}).";

    /// <summary>
    /// "Export the overdue list to Excel": a list answer with the links to its files (made by <paramref name="links"/> from the list
    /// as answered); an answer that is no list says there is nothing to download. An answer that already carries links keeps them.
    /// </summary>
    public static Answer WithDownloads(Answer answer, Func<ListAnswerModel, (string Csv, string Xlsx)> links)
    {
        if (answer.Model is ListAnswerModel list)
        {
            if (list.Notes.Any(n => n.StartsWith(DownloadPrefix, StringComparison.Ordinal))) return answer;
            if (list.Groups.Sum(g => g.Rows.Count) == 0)
                return Noted(answer, list, "The list is empty, so there is no file to download.");
            var (csv, xlsx) = links(list);
            return Noted(answer, list, DownloadNote(csv, xlsx, $"the files hold the list as answered, as of {Dates.Format(list.AsOf)}"));
        }
        if (answer.Model is NotUnderstoodModel) return answer;
        const string none = "This answer is not a list, so there is no file to download; lists can be (\"export the overdue reports to Excel\", \"download the signatories as CSV\").";
        return new Answer($"{answer.Text}\n{none}", answer.Model is StateProfileModel profile ? profile with { Notes = [.. profile.Notes, none] } : answer.Model);
    }

    static Answer Noted(Answer answer, ListAnswerModel list, string note)
    {
        var noted = list with { Notes = [.. list.Notes, note] };
        return new Answer(Render(noted), noted);
    }

    /// <summary>"in Africa", "in the Middle East", "in the Americas", "in the Pacific": a region after "in", as it is said.</summary>
    public static string InRegion(string region) => $"in {(region is "Middle East" or "Americas" or "Pacific" ? "the " : "")}{region}";

    /// <summary>Names for a summary line: all of them, the way a coordinator would paste them.</summary>
    public static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => "none",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>Groups rows by the State's region when the list is long.</summary>
    public static IEnumerable<ListGroup> ByRegionIfLong(string title, IReadOnlyList<(StateInfo State, ListRow Row)> rows, bool force = false)
    {
        if (rows.Count <= GroupAbove && !force) return [new ListGroup(title, rows.Select(r => r.Row).ToList())];
        return rows.GroupBy(r => r.State.Region).OrderBy(g => g.Key)
            .Select(g => new ListGroup($"{title} — {g.Key}", g.Select(r => r.Row).ToList()));
    }

    public static string Source(Provenance provenance) => provenance.ToString();
}
