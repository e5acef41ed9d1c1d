using System.Globalization;

namespace CcmBot.Core.Treaties;

public enum DatePrecision { None, Year, Month, Day, Span }

/// <summary>
/// A date as precise as its source: "2017-06-30", "2013-07", "2011", a span "2019-09-02/2019-09-04"
/// or "2007/2008", or nothing at all. Earliest and Latest bound the real day.
/// </summary>
public sealed record PartialDate(DatePrecision Precision, DateOnly Earliest, DateOnly Latest, string Text)
{
    public static readonly PartialDate Unknown = new(DatePrecision.None, DateOnly.MinValue, DateOnly.MaxValue, "");

    public bool IsKnown => Precision != DatePrecision.None;
    public bool IsExactDay => Precision == DatePrecision.Day;

    public static PartialDate Day(DateOnly date) => new(DatePrecision.Day, date, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static PartialDate Parse(string? text)
    {
        if (!TryParse(text, out var value)) throw new FormatException($"'{text}' is not an ISO date, month, year or span.");
        return value;
    }

    public static bool TryParse(string? text, out PartialDate value)
    {
        value = Unknown;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return true;
        var slash = trimmed.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseSingle(trimmed[..slash], out var from, out var fromPrecision) ||
                !TryParseSingle(trimmed[(slash + 1)..], out var to, out var toPrecision)) return false;
            var latest = LatestOf(to, toPrecision);
            if (latest < from) return false;
            value = new PartialDate(DatePrecision.Span, from, latest, trimmed);
            return true;
        }
        if (!TryParseSingle(trimmed, out var start, out var precision)) return false;
        value = new PartialDate(precision, start, LatestOf(start, precision), trimmed);
        return true;
    }

    static bool TryParseSingle(string text, out DateOnly start, out DatePrecision precision)
    {
        var formats = new[] { ("yyyy-MM-dd", DatePrecision.Day), ("yyyy-MM", DatePrecision.Month), ("yyyy", DatePrecision.Year) };
        foreach (var (format, p) in formats)
        {
            if (DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                precision = p;
                return true;
            }
        }
        start = default;
        precision = DatePrecision.None;
        return false;
    }

    static DateOnly LatestOf(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(start.Year, 12, 31),
        DatePrecision.Month => start.AddMonths(1).AddDays(-1),
        _ => start,
    };

    /// <summary>True when the event certainly happened on or before <paramref name="date"/>.</summary>
    public bool CertainlyOnOrBefore(DateOnly date) => IsKnown && Latest <= date;

    /// <summary>True when the event certainly happened after <paramref name="date"/>.</summary>
    public bool CertainlyAfter(DateOnly date) => IsKnown && Earliest > date;

    public override string ToString() => Display();

    public string Display() => Precision switch
    {
        DatePrecision.None => "date not recorded",
        DatePrecision.Day => Dates.Format(Earliest),
        DatePrecision.Month => Earliest.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => Earliest.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"between {Dates.Format(Earliest)} and {Dates.Format(Latest)}",
    };
}

public static class Dates
{
    /// <summary>"1 day overdue", "37 days overdue"; <paramref name="grouped"/> writes thousands with a comma ("1,181 days").</summary>
    public static string DaysOverdue(int days, bool grouped = false) =>
        days == 1 ? "1 day overdue" : $"{days.ToString(grouped ? "N0" : "D", System.Globalization.CultureInfo.InvariantCulture)} days overdue";

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
