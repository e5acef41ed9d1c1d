using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;
using CcmBot.Web.Storage;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CcmBot.Web.Answers;

public sealed class ExportOptions
{
    public const string Section = "Exports";
    /// <summary>The address users reach the bot at, for download links in cards.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";
}

/// <summary>
/// Answers as CSV and Excel files. An answer carries two links with an unguessable token; a token lasts 24 hours and gives
/// that file only. An outreach report's token names its period (the log is read when the file is fetched); any other list's
/// token holds the list as it was answered.
/// </summary>
public sealed class Downloads(OutreachStore store, TreatyDataCache data, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ExportOptions> options)
{
    static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    /// <summary>Lists held for download at once; the oldest go first, so memory stays bounded whatever is asked.</summary>
    public const int MaxLists = 500;

    sealed record Entry(DateWindow? Window, ListAnswerModel? List, DateTimeOffset Expires);

    readonly ConcurrentDictionary<string, Entry> _tokens = new(StringComparer.Ordinal);

    public (string Csv, string Xlsx) Links(DateWindow? window) => Register(new Entry(window, null, clock.GetUtcNow() + Lifetime));

    public (string Csv, string Xlsx) Links(ListAnswerModel list) => Register(new Entry(null, list, clock.GetUtcNow() + Lifetime));

    (string Csv, string Xlsx) Register(Entry entry)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _tokens.Where(t => t.Value.Expires < now).Select(t => t.Key).ToList()) _tokens.TryRemove(expired, out _);
        if (entry.List is not null)
            foreach (var oldest in _tokens.Where(t => t.Value.List is not null).OrderBy(t => t.Value.Expires).Take(_tokens.Count(t => t.Value.List is not null) - MaxLists + 1).Select(t => t.Key).ToList())
                _tokens.TryRemove(oldest, out _);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _tokens[token] = entry;
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        return ($"{baseUrl}/exports/{token}.csv", $"{baseUrl}/exports/{token}.xlsx");
    }

    public IResult Download(string file)
    {
        var dot = file.LastIndexOf('.');
        if (dot <= 0) return Results.NotFound();
        var (token, extension) = (file[..dot], file[(dot + 1)..].ToLowerInvariant());
        if (extension is not ("csv" or "xlsx")) return Results.NotFound();
        if (!_tokens.TryGetValue(token, out var entry) || entry.Expires < clock.GetUtcNow()) return Results.NotFound("This download link has expired or does not exist; ask the question again for a new one.");
        var (name, sheets) = entry.List is { } list ? ListSheets(list) : OutreachSheets(entry.Window);
        return extension == "csv"
            ? Results.File(Csv(sheets[0].Rows), "text/csv; charset=utf-8", name + ".csv")
            : Results.File(Xlsx(sheets), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    sealed record Sheet(string Name, IReadOnlyList<string[]> Rows);

    (string Name, IReadOnlyList<Sheet> Sheets) OutreachSheets(DateWindow? window)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var report = OutreachAnswers.Report(data.Current, new OutreachLog(store.All(), null), window, today);
        var contacts = new List<string[]> { ContactHeader };
        contacts.AddRange(ContactRows(report, data.Current));
        var summary = new List<string[]> { new[] { "grouping", "value", "contacts" } };
        summary.AddRange(report.ByArea.Select(a => new[] { "thematic area", a.Label, a.Count.ToString(CultureInfo.InvariantCulture) }));
        summary.AddRange(report.ByKind.Select(a => new[] { "kind", a.Label, a.Count.ToString(CultureInfo.InvariantCulture) }));
        summary.AddRange(report.ByOutcome.Select(a => new[] { "outcome", a.Label, a.Count.ToString(CultureInfo.InvariantCulture) }));
        summary.Add(["period", Period(report.Window), ""]);
        summary.Add(["source", $"CcmBot outreach log as of {Dates.Iso(report.Today)}", ""]);
        return ($"ccmbot-outreach-{Period(window)}", [new Sheet("Contacts", contacts), new Sheet("Summary", summary)]);
    }

    static readonly string[] ContactHeader = ["id", "date", "states", "kind", "area", "chases", "recorded_by", "mandate", "counterpart", "summary", "outcome", "outcome_note", "follow_up", "status"];

    static IEnumerable<string[]> ContactRows(OutreachReport report, TreatyData data) => report.Contacts.Select(c => new[]
    {
        c.Id.ToString(CultureInfo.InvariantCulture), Dates.Iso(c.Date), string.Join("; ", c.States.Select(s => data.State(s)?.Name ?? s)),
        OutreachText.Label(c.Kind), OutreachText.Label(c.Area), c.Chases ?? "", c.Author.Name, c.Mandate ?? "", c.Counterpart ?? "", c.Summary ?? "",
        c.Outcome is { } o ? OutreachText.Label(o) : "", c.OutcomeNote ?? "", c.FollowUp is { } f ? Dates.Iso(f) : "", c.Status == ContactStatus.Open ? "open" : "done",
    });

    static readonly string[] ListHeader = ["group", "item", "iso3", "status", "due", "days_overdue", "detail", "source", "as_of"];

    /// <summary>A list's rows, each with its group, as-of day and source; the summary, rules, notes and sources on a sheet of their own.</summary>
    static (string Name, IReadOnlyList<Sheet> Sheets) ListSheets(ListAnswerModel list)
    {
        var asOf = Dates.Iso(list.AsOf);
        var rows = new List<string[]> { ListHeader };
        rows.AddRange(list.Groups.SelectMany(g => g.Rows.Select(r => new[]
        {
            g.Title, r.Label, r.Iso3 ?? "", r.Status ?? "", r.Deadline ?? "", r.DaysOverdue?.ToString(CultureInfo.InvariantCulture) ?? "", r.Detail, r.Source ?? "", asOf,
        })));
        var about = new List<string[]> { new[] { "part", "text" }, new[] { "answer", list.Summary }, new[] { "as of", asOf } };
        about.AddRange(list.Rules.Select(r => new[] { "rule", r }));
        about.AddRange(list.Notes.Select(n => new[] { "note", n }));
        about.AddRange(list.Sources.Select(s => new[] { "source", s }));
        var title = Patterns.Get(@"[^a-z0-9]+").Replace(TextNormalizer.Normalize(list.Title), "-").Trim('-');
        return ($"ccmbot-{(title.Length > 0 ? title[..Math.Min(40, title.Length)] : "list")}-{asOf}", [new Sheet("List", rows), new Sheet("About", about)]);
    }

    static byte[] Csv(IReadOnlyList<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(Defused(cell));
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    static byte[] Xlsx(IReadOnlyList<Sheet> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets) AddSheet(workbook, list, id++, sheet.Name, sheet.Rows);
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IReadOnlyList<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var sheetData = new SheetData();
        foreach (var cells in rows)
            sheetData.AppendChild(new Row(cells.Select(text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(text))) })));
        part.Worksheet = new Worksheet(sheetData);
        sheets.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>A cell starting with = + - @ is a formula to Excel; prefix it so user text stays text.</summary>
    static string Defused(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    /// <summary>XML cannot hold most control characters.</summary>
    static string Clean(string text) => new(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());

    static string Period(DateWindow? window) => window is null ? "all" : $"{(window.From is { } f ? Dates.Iso(f) : "start")}-to-{(window.To is { } t ? Dates.Iso(t) : "now")}";
}
