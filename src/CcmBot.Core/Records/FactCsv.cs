using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CcmBot.Core.Records;

public sealed record CsvLineError(int Line, string Message);

public sealed record CsvDraft(int Line, FactDraft Draft);

/// <summary>
/// Reads the two import files into drafts, each with the line it starts on, so errors can name it.
/// Receipts: state, report, received_on[, reference]. Membership: state, event, date[, effective_date,
/// iso3, region, reference]. Column names are matched without regard to case, spaces or underscores.
/// </summary>
public static class FactCsv
{
    public const int MaxRows = 10_000;

    public static readonly IReadOnlyDictionary<ImportKind, string[]> Required = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.Receipts] = ["state", "report", "received_on"],
        [ImportKind.Membership] = ["state", "event", "date"],
    };

    public static readonly IReadOnlyDictionary<ImportKind, string[]> Optional = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.Receipts] = ["reference"],
        [ImportKind.Membership] = ["effective_date", "iso3", "region", "reference"],
    };

    /// <summary>Other names people give the same columns.</summary>
    static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["country"] = "state", ["statename"] = "state", ["stateparty"] = "state",
        ["deliverable"] = "report", ["reporttype"] = "report",
        ["receivedon"] = "received_on", ["received"] = "received_on", ["receiveddate"] = "received_on", ["datereceived"] = "received_on",
        ["kind"] = "event", ["action"] = "event", ["instrument"] = "event",
        ["effective"] = "effective_date", ["effectivedate"] = "effective_date",
        ["ref"] = "reference", ["source"] = "reference", ["link"] = "reference", ["document"] = "reference",
        ["iso"] = "iso3", ["code"] = "iso3",
    };

    public static (IReadOnlyList<CsvDraft> Rows, IReadOnlyList<CsvLineError> Errors) Read(ImportKind kind, string text)
    {
        var errors = new List<CsvLineError>();
        var rows = new List<CsvDraft>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], TrimOptions = TrimOptions.Trim,
            BadDataFound = null, MissingFieldFound = null, IgnoreBlankLines = true,
        };
        using var csv = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), config);
        try
        {
            if (!csv.Read())
                return ([], [new(1, $"the file is empty; the first line must name the columns: {string.Join(", ", Required[kind])}")]);
            csv.ReadHeader();
            var header = (csv.HeaderRecord ?? []).Select(Column).ToList();
            var missing = Required[kind].Where(r => !header.Contains(r)).ToList();
            if (missing.Count > 0)
                return ([], [new(csv.Parser.RawRow, $"the header line lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} (required: {string.Join(", ", Required[kind])}; optional: {string.Join(", ", Optional[kind])})")]);
            var unknown = header.Where(h => h.Length > 0 && !Required[kind].Contains(h) && !Optional[kind].Contains(h)).ToList();
            if (unknown.Count > 0)
                errors.Add(new(csv.Parser.RawRow, $"unknown column{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown)} (known: {string.Join(", ", Required[kind].Concat(Optional[kind]))})"));

            var previousEnd = csv.Parser.RawRow;
            while (csv.Read())
            {
                // A quoted field can span lines: a row is named by the line it starts on.
                var line = previousEnd + 1;
                previousEnd = csv.Parser.RawRow;
                if (rows.Count >= MaxRows)
                {
                    errors.Add(new(line, $"more than {MaxRows} rows; split the file"));
                    break;
                }
                string Field(string name)
                {
                    var index = header.IndexOf(name);
                    return index >= 0 && index < csv.Parser.Count ? csv.GetField(index) ?? "" : "";
                }
                if (csv.Parser.Count != header.Count)
                    errors.Add(new(line, $"has {csv.Parser.Count} fields, the header has {header.Count}"));
                rows.Add(new(line, kind == ImportKind.Receipts ? Receipt(Field) : MembershipRow(Field, line, errors)));
            }
        }
        catch (CsvHelperException ex)
        {
            errors.Add(new(ex.Context?.Parser?.RawRow ?? 0, $"the file cannot be read as CSV ({ex.GetType().Name})"));
        }
        return (rows, errors);
    }

    static string Column(string name)
    {
        var plain = new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        if (Synonyms.TryGetValue(plain, out var known)) return known;
        return plain switch { "receivedon" => "received_on", "effectivedate" => "effective_date", _ => name.Trim().ToLowerInvariant().Replace(' ', '_') };
    }

    static FactDraft Receipt(Func<string, string> field)
    {
        var report = field("report").Trim().ToLowerInvariant();
        // "annual:2018", "annual 2018", "2018", "initial"
        if (report.Length == 4 && report.All(char.IsDigit)) report = $"annual {report}";
        report = report.Replace("annual:", "annual ").Replace("annual report", "annual").Replace("initial report", "initial");
        return new FactDraft
        {
            Kind = FactKind.ReportReceived, States = field("state"), Report = report,
            Date = NullIfEmpty(field("received_on")), Reference = NullIfEmpty(field("reference")),
        };
    }

    static FactDraft MembershipRow(Func<string, string> field, int line, List<CsvLineError> errors)
    {
        var eventText = field("event").Trim().ToLowerInvariant();
        FactKind? kind = eventText switch
        {
            "signature" or "signed" or "sign" => FactKind.Signature,
            "ratification" or "ratified" => FactKind.Ratification,
            "accession" or "acceded" => FactKind.Accession,
            "acceptance" or "accepted" => FactKind.Acceptance,
            "approval" or "approved" => FactKind.Approval,
            "withdrawal" or "withdrew" or "withdrawn" => FactKind.Withdrawal,
            _ => null,
        };
        if (kind is null)
            errors.Add(new(line, $"event \"{(eventText.Length > 30 ? eventText[..30] + "..." : eventText)}\" is not one of signature, ratification, accession, acceptance, approval, withdrawal"));
        var iso3 = NullIfEmpty(field("iso3"));
        return new FactDraft
        {
            Kind = kind ?? FactKind.Signature, States = field("state"), Date = NullIfEmpty(field("date")),
            EffectiveDate = NullIfEmpty(field("effective_date")), Reference = NullIfEmpty(field("reference")),
            NewStateIso3 = iso3, NewStateName = iso3 is null ? null : field("state"), NewStateRegion = NullIfEmpty(field("region")),
        };
    }

    static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
