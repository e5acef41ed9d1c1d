using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CcmBot.Core.Answers;
using CcmBot.Web.Answers;
using CcmBot.Web.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Questions;

/// <summary>A list asked for as a file, through /api/messages, then fetched from the links the answer gives.</summary>
public sealed class DownloadsEndToEndTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly CcmBotFactory _factory;

    public DownloadsEndToEndTests() => _factory = new CcmBotFactory(_folder.File("downloads.db"));

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    async Task<string> Say(string text)
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack"));
        response.EnsureSuccessStatusCode();
        return Assert.Single(await Activities.RepliesAsync(response)).Text();
    }

    [Fact]
    public async Task A_list_asked_for_in_Excel_gives_CSV_and_xlsx_files_holding_the_rows_answered()
    {
        var reply = await Say("export the signatories that haven't ratified to Excel");
        var csvUrl = Regex.Match(reply, @"CSV (\S+)").Groups[1].Value;
        var xlsxUrl = Regex.Match(reply, @"Excel (\S+)").Groups[1].Value;
        Assert.Contains("the files hold the list as answered, as of 25 Nov 2026", reply);
        var rows = reply.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);

        using var client = _factory.CreateClient();
        var csv = (await client.GetStringAsync(new Uri(csvUrl).PathAndQuery)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("group,item,iso3,status,due,days_overdue,detail,source,as_of", csv[0]);
        Assert.Equal(rows.Count, csv.Length - 1);
        Assert.Contains(csv, line => line.Contains(",Angola,AGO,", StringComparison.Ordinal) && line.EndsWith(",2026-11-25", StringComparison.Ordinal));

        var xlsx = await client.GetByteArrayAsync(new Uri(xlsxUrl).PathAndQuery);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal(["List", "About"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        var listRows = document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<Row>().Count();
        Assert.Equal(csv.Length, listRows);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(csvUrl).PathAndQuery.Replace(".csv", ".exe"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/exports/00000000000000000000000000000000.csv")).StatusCode);
        // A day later the link has expired.
        _factory.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(csvUrl).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Lists_held_for_download_are_bounded_and_the_oldest_go_first()
    {
        var downloads = _factory.Services.GetRequiredService<Downloads>();
        var list = Assert.IsType<ListAnswerModel>(ListAnswers.Create("Test", new DateOnly(2026, 11, 25), "1 row.", [new ListGroup("Rows", [new ListRow("Togo", null, null, null, "", null)])], [], [], ["src"]).Model);
        var first = downloads.Links(list).Csv;
        for (var i = 0; i < Downloads.MaxLists; i++)
        {
            _factory.Clock.Advance(TimeSpan.FromSeconds(1));
            downloads.Links(list);
        }
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(first).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(downloads.Links(list).Csv).PathAndQuery)).StatusCode);
    }
}
