using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using CcmBot.Core.Outreach;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;
using CcmBot.Web.Storage;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CcmBot.Web.Outreach;

public sealed class ExportOptions
{
    public const string Section = "Exports";
    /// <summary>The address users reach the bot at, for download links in cards.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";
}

/// <summary>
/// Outreach reports as CSV and Excel files. A report answer carries two links with an unguessable
/// token that names the period; a token lasts 24 hours and gives that report only.
/// </summary>
public sealed class OutreachExports(OutreachStore store, TreatyDataCache data, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ExportOptions> options)
{
    static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    readonly ConcurrentDictionary<string, (DateWindow? Window, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);

    public (string Csv, string Xlsx) Links(DateWindow? window)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _tokens.Where(t => t.Value.Expires < now).Select(t => t.Key).ToList()) _tokens.TryRemove(expired, out _);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _tokens[token] = (window, now + Lifetime);
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        return ($"{baseUrl}/exports/{token}.csv", $"{baseUrl}/exports/{token}.xlsx");
    }

    public IResult Download(string file)
    {
        var dot = file.LastIndexOf('.');
        if (dot <= 0) return Results.NotFound();
        var (token, extension) = (file[..dot], file[(dot + 1)..].ToLowerInvariant());
        if (!_tokens.TryGetValue(token, out var entry) || entry.Expires < clock.GetUtcNow()) return Results.NotFound("This download link has expired or does not exist; ask for the outreach report again.");
        var log = new OutreachLog(store.All(), null);
        var report = OutreachAnswers.Report(data.Current, log, entry.Window, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var name = $"ccmbot-outreach-{Period(entry.Window)}";
        return extension switch
        {
            "csv" => Results.File(Csv(report, data.Current), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => Results.File(Xlsx(report, data.Current), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => Results.NotFound(),
        };
    }

    static readonly string[] Header = ["id", "date", "states", "kind", "area", "chases", "recorded_by", "mandate", "counterpart", "summary", "outcome", "outcome_note", "follow_up", "status"];

    static IEnumerable<string[]> Rows(OutreachReport report, TreatyData data) => report.Contacts.Select(c => new[]
    {
        c.Id.ToString(CultureInfo.InvariantCulture), Dates.Iso(c.Date), string.Join("; ", c.States.Select(s => data.State(s)?.Name ?? s)),
        OutreachText.Label(c.Kind), OutreachText.Label(c.Area), c.Chases ?? "", c.Author.Name, c.Mandate ?? "", c.Counterpart ?? "", c.Summary ?? "",
        c.Outcome is { } o ? OutreachText.Label(o) : "", c.OutcomeNote ?? "", c.FollowUp is { } f ? Dates.Iso(f) : "", c.Status == ContactStatus.Open ? "open" : "done",
    });

    public static byte[] Csv(OutreachReport report, TreatyData data)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in Header) csv.WriteField(h);
            csv.NextRecord();
            foreach (var row in Rows(report, data))
            {
                foreach (var cell in row) csv.WriteField(Defused(cell));
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(OutreachReport report, TreatyData data)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, "Contacts", [Header, .. Rows(report, data)]);
            var summary = new List<string[]> { new[] { "grouping", "value", "contacts" } };
            summary.AddRange(report.ByArea.Select(a => new[] { "thematic area", a.Label, a.Count.ToString(CultureInfo.InvariantCulture) }));
            summary.AddRange(report.ByKind.Select(a => new[] { "kind", a.Label, a.Count.ToString(CultureInfo.InvariantCulture) }));
            summary.AddRange(report.ByOutcome.Select(a => new[] { "outcome", a.Label, a.Count.ToString(CultureInfo.InvariantCulture) }));
            summary.Add(["period", Period(report.Window), ""]);
            summary.Add(["source", $"CcmBot outreach log as of {Dates.Iso(report.Today)}", ""]);
            AddSheet(workbook, sheets, 2, "Summary", summary);
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
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>A cell starting with = + - @ is a formula to Excel; prefix it so user text stays text.</summary>
    static string Defused(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    /// <summary>XML cannot hold most control characters.</summary>
    static string Clean(string text) => new(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());

    static string Period(DateWindow? window) => window is null ? "all" : $"{(window.From is { } f ? Dates.Iso(f) : "start")}-to-{(window.To is { } t ? Dates.Iso(t) : "now")}";
}
