using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CcmBot.Web.Storage;

/// <summary>One kind of reference record: the file it ships in and how its natural key is made.</summary>
public sealed record ReferenceKind(string Collection, string FileName, Func<IReadOnlyDictionary<string, string>, string> Key)
{
    public static readonly IReadOnlyList<ReferenceKind> All =
    [
        new("states", "states.csv", r => r["iso3"]),
        new("aliases", "aliases.csv", r => $"{r["iso3"]}|{r["alias"]}"),
        new("meetings", "meetings.csv", r => r["meeting"]),
        new("obligations", "obligations.csv", r => $"{r["iso3"]}|{r["article"]}|{r["kind"]}|{r["date"]}|{r["deadline"]}"),
        new("report_evidence", "report_evidence.csv", r => $"{r["iso3"]}|{r["deliverable"]}|{r["kind"]}|{r["date"]}|{ShortHash(r["source"])}"),
        new("reported_figures", "reported_figures.csv", r => $"{r["topic"]}|{r["metric"]}|{r["as_of"]}|{ShortHash(r["source"])}"),
        new("article_snapshots", "article_snapshots.csv", r => $"{r["iso3"]}|{r["article"]}|{r["as_of"]}"),
        new("article9_status", "article9_status.csv", r => $"{r["iso3"]}|{r["as_of"]}|{r["status"]}"),
        new("milestones", "milestones.csv", r => $"{r["plan"]}|{r["action_id"]}"),
        new("coordinators", "coordinators.csv", r => $"{r["thematic_area"]}|{r["role"]}|{r["state"]}|{r["term_from"]}|{r["term_to"]}"),
        new("source_conflicts", "source_conflicts.csv", r => r["id"]),
    ];

    static string ShortHash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}

/// <summary>The reference data shipped with CcmBot: CSV files, every row with its source and as-of date.</summary>
public sealed class ReferenceDataSet
{
    public required string Directory { get; init; }
    public required string Hash { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, IReadOnlyDictionary<string, string>>>> Rows { get; init; }

    public static ReferenceDataSet Load(string directory)
    {
        var rows = new Dictionary<string, IReadOnlyList<KeyValuePair<string, IReadOnlyDictionary<string, string>>>>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var kind in ReferenceKind.All)
        {
            var path = Path.Combine(directory, kind.FileName);
            if (!File.Exists(path)) throw new InvalidDataException($"Reference data file '{path}' is missing.");
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes(kind.FileName));
            hash.AppendData(bytes);
            rows[kind.Collection] = ReadCsv(path, bytes, kind);
        }
        return new ReferenceDataSet { Directory = directory, Hash = Convert.ToHexString(hash.GetHashAndReset()), Rows = rows };
    }

    static List<KeyValuePair<string, IReadOnlyDictionary<string, string>>> ReadCsv(string path, byte[] bytes, ReferenceKind kind)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvReader(reader, config);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? throw new InvalidDataException($"'{path}' has no header row.");
        if (!header.Any(h => h.StartsWith("source", StringComparison.Ordinal))) throw new InvalidDataException($"'{path}' has no 'source' column: every reference record needs one.");
        var result = new List<KeyValuePair<string, IReadOnlyDictionary<string, string>>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal);
            var key = kind.Key(row);
            // Two rows can share a natural key (two sources for one fact): number them, keep both.
            seen[key] = seen.GetValueOrDefault(key) + 1;
            if (seen[key] > 1) key = $"{key}#{seen[key]}";
            result.Add(new(key, row));
        }
        return result;
    }
}
