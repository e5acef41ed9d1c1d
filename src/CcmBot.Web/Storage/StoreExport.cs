using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using LiteDB;

namespace CcmBot.Web.Storage;

public sealed class DataKeepingOptions
{
    public const string Section = "DataKeeping";
    /// <summary>Where "export data" and "back up" write; relative to the store file's folder.</summary>
    public string ExportDirectory { get; set; } = "exports";
    public string BackupDirectory { get; set; } = "backups";
    /// <summary>Key for /api/admin/*; the admin API is off while it is empty.</summary>
    public string AdminApiKey { get; set; } = "";
}

public sealed record ExportResult(string Directory, IReadOnlyList<(string File, int Rows)> Files);

/// <summary>The whole store as files people can open: one JSON and one CSV file per collection.</summary>
public static class StoreExport
{
    public static ExportResult Write(CcmStore store, string directory, DateTimeOffset now, string? format = null)
    {
        var folder = Path.Combine(directory, now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var files = new List<(string, int)>();
        // One read transaction, so every file shows the store at the same moment.
        store.Write(_ =>
        {
            foreach (var name in store.Database.GetCollectionNames().OrderBy(n => n, StringComparer.Ordinal))
            {
                var docs = store.Database.GetCollection(name).FindAll().ToList();
                if (format is null or "json")
                {
                    File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(new BsonArray(docs), indent: true));
                    files.Add((name + ".json", docs.Count));
                }
                if (format is null or "csv")
                {
                    WriteCsv(Path.Combine(folder, name + ".csv"), docs);
                    files.Add((name + ".csv", docs.Count));
                }
            }
        });
        return new ExportResult(folder, files);
    }

    static void WriteCsv(string path, IReadOnlyList<BsonDocument> docs)
    {
        var columns = docs.SelectMany(d => d.Keys).Distinct(StringComparer.Ordinal).ToList();
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in columns) csv.WriteField(column);
        csv.NextRecord();
        foreach (var doc in docs)
        {
            foreach (var column in columns) csv.WriteField(Cell(doc[column]));
            csv.NextRecord();
        }
    }

    static string Cell(BsonValue value) => value switch
    {
        { IsNull: true } => "",
        { IsString: true } => value.AsString,
        { IsDateTime: true } => value.AsDateTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        { IsDocument: true } or { IsArray: true } => JsonSerializer.Serialize(value),
        _ => value.ToString(),
    };

    public static byte[] Zip(ExportResult export)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (file, _) in export.Files)
                zip.CreateEntryFromFile(Path.Combine(export.Directory, file), file, CompressionLevel.Fastest);
        return memory.ToArray();
    }
}
