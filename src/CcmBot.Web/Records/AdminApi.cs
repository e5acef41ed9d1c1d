using System.Security.Cryptography;
using System.Text;
using CcmBot.Core.Outreach;
using CcmBot.Core.Records;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Options;

namespace CcmBot.Web.Records;

/// <summary>
/// For the ISU's scripts: CSV import, export and backup over HTTP, behind a key
/// (DataKeeping:AdminApiKey, header X-CcmBot-Admin-Key). Off while no key is set.
/// </summary>
public static class AdminApi
{
    public const string KeyHeader = "X-CcmBot-Admin-Key";
    const long MaxImportBytes = 5 * 1024 * 1024;

    public static void Map(WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<DataKeepingOptions>>().Value.AdminApiKey;
            if (string.IsNullOrEmpty(configured))
                return Results.Json(new { error = "The admin API is off: set DataKeeping:AdminApiKey (environment DataKeeping__AdminApiKey)." }, statusCode: StatusCodes.Status403Forbidden);
            var given = context.HttpContext.Request.Headers[KeyHeader].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
                return Results.Json(new { error = $"Missing or wrong {KeyHeader} header." }, statusCode: StatusCodes.Status401Unauthorized);
            return await next(context);
        });

        admin.MapPost("/import/{kind}", async (string kind, HttpRequest request, DataService data, bool? dryRun, string? file, CancellationToken ct) =>
        {
            ImportKind? which = kind.ToLowerInvariant() switch { "receipts" => ImportKind.Receipts, "membership" => ImportKind.Membership, _ => null };
            if (which is null) return Results.Json(new { error = "Import kind must be 'receipts' or 'membership'." }, statusCode: StatusCodes.Status404NotFound);
            if (request.ContentLength > MaxImportBytes) return Results.Json(new { error = $"The file is larger than {MaxImportBytes / 1024 / 1024} MB; split it." }, statusCode: StatusCodes.Status413PayloadTooLarge);
            string text;
            try
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var buffer = new char[MaxImportBytes + 1];
                var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
                if (read > MaxImportBytes) return Results.Json(new { error = "The file is too large; split it." }, statusCode: StatusCodes.Status413PayloadTooLarge);
                text = new string(buffer, 0, read);
            }
            catch (DecoderFallbackException)
            {
                return Results.BadRequest(new { error = "The file is not UTF-8 text." });
            }
            var by = new Person("admin-api", request.Headers["X-CcmBot-User"].ToString() is { Length: > 0 and <= 100 } name ? name : "admin API");
            var report = data.Import(which.Value, text, dryRun ?? false, by, "admin API", file is { Length: <= 200 } ? file : null);
            var body = new
            {
                dryRun = report.DryRun, committed = report.Committed, recorded = report.New, alreadyRecorded = report.Duplicates,
                errors = report.Errors.Select(e => new { line = e.Line, message = e.Message }),
                items = report.Items.Select(i => new { line = i.Line, summary = i.Item.Fact.Describe(), outcome = i.Item.Outcome.ToString(), change = i.Item.ChangeId, replaces = i.Item.PreviousValues }),
                message = DataService.Describe(report, which.Value),
            };
            return report.Errors.Count > 0 ? Results.BadRequest(body) : Results.Ok(body);
        });

        admin.MapGet("/export", (DataService data, string? format) =>
        {
            if (format is not (null or "json" or "csv")) return Results.BadRequest(new { error = "format must be json or csv (or left out for both)." });
            var export = data.ExportFiles(format);
            return Results.File(StoreExport.Zip(export), "application/zip", $"ccmbot-export-{Path.GetFileName(export.Directory)}.zip");
        });

        admin.MapPost("/backup", (DataService data) =>
        {
            var backup = data.BackupFile();
            return Results.File(backup.Path, "application/octet-stream", Path.GetFileName(backup.Path));
        });
    }
}
