using System.Globalization;
using System.Text.RegularExpressions;

namespace CcmBot.Core.Text;

/// <summary>A stretch of days; an open end is null ("before 2027" has no start).</summary>
public sealed record DateWindow(DateOnly? From, DateOnly? To, string Text)
{
    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}

/// <summary>A day named in a text, and where.</summary>
public sealed record DayMention(DateOnly Date, int Index, int Length);

/// <summary>What the dates in a question say: a point to answer "as of", a window, or both.</summary>
public sealed record DateFindings(DateOnly? AsOf, string? AsOfText, DateWindow? Window, string Rest)
{
    /// <summary>"2016 or 2018": the second of two years apart, which one window cannot hold; the answer says it was left out.</summary>
    public string? LeftOut { get; init; }
}

/// <summary>
/// Reads the dates people write: 30 June 2017, 30/06/2017, 2017-06-30, June 2017, end of 2016,
/// last year, next month, this week, before 2027, in the next six months. Relative forms count
/// from the <c>today</c> passed in; nothing here reads a clock.
/// </summary>
public static partial class DateExpressions
{
    const string Month = "(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    const string Day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?";
    const string Year = @"(?<year>(?:19|20)\d{2})";

    // One date expression, most specific first. Named groups say which form matched.
    static readonly string Single =
        $@"(?<iso>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})" +
        $@"|(?<numeric>\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}}))" +
        $@"|(?:{Day}(?:\s+|-)(?:of\s+)?{Month}\.?,?(?:\s+|-){Year})" +
        $@"|(?:(?<month2>{Month[9..^1]})\.?\s+(?<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year2>(?:19|20)\d{{2}}))" +
        $@"|(?:(?:the\s+)?end\s+(?:of\s+)?(?<endmonth>{Month[9..^1]})\s+(?<endmonthyear>(?:19|20)\d{{2}}))" +
        $@"|(?:(?:the\s+)?(?:end|close)[\s-]+(?:of\s+)?(?<endyear>(?:19|20)\d{{2}}))" +
        $@"|(?:(?:the\s+)?(?:start|beginning)[\s-]+(?:of\s+)?(?<startyear>(?:19|20)\d{{2}}))" +
        $@"|(?:(?<month3>{Month[9..^1]})\.?,?\s+(?<year3>(?:19|20)\d{{2}}))" +
        $@"|(?:mid[\s-]?(?<midyear>(?:19|20)\d{{2}}))" +
        $@"|(?:(?:h(?<half>[12])|(?:the\s+)?(?<halfword>first|second|1st|2nd)\s+half(?:\s+of)?)\s*(?<halfyear>(?:19|20)\d{{2}}))" +
        $@"|(?:(?:q(?<quarter>[1-4])|(?<quarterword>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*(?<quarteryear>(?:19|20)\d{{2}}))" +
        $@"|(?<relative>today|now|yesterday|tomorrow)" +
        $@"|(?<bareyear>(?:19|20)\d{{2}})";

    static readonly Regex SingleExact = new($"^(?:{Single})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex WindowPattern = new(
        $@"\b(?:between\s+(?<a>{Single})\s+and\s+(?<b>{Single})|(?:from\s+|for\s+)?(?<a>{Single})\s+(?:to|until|till|through|-|–)\s+(?<b>{Single})|(?:from\s+|for\s+)?(?<a>(?:19|20)\d{{2}})[-–](?<b>(?:19|20)\d{{2}})(?![-–/]?\d))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"In 2020 or 2021", "during 2019 and 2020": two years running, read as one window over both.</summary>
    static readonly Regex YearPairPattern = new(
        @"\b(?:in|during|over|for)\s+(?:the\s+years\s+)?(?<a>(?:19|20)\d{2})\s*(?:or|and|&|/)\s*(?:in\s+)?(?<b>(?:19|20)\d{2})\b(?![-–/.]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex BoundPattern = new(
        $@"\b(?<op>before|after|since|by|until|till|from|in|during)\s+(?:the\s+)?(?<d>{Single})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex PointPattern = new(
        $@"\b(?:(?:as\s+(?:of|at|on)|on|at)\s+)?(?<d>{Single})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"In Q4", "during the third quarter": a quarter named without a year.</summary>
    static readonly Regex QuarterOnlyPattern = new(
        @"\b(?:in|during|for|over)\s+(?:the\s+)?(?:q(?<quarter>[1-4])|(?<quarterword>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b(?!\s*,?\s*(?:of\s+)?(?:19|20)\d{2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>
    /// "since January", "before June", "report for November": a month without a year, after a preposition ("may" alone is a verb),
    /// or last on the line ("outreach summary December"), never the month of a day ("on 3 March").
    /// </summary>
    static readonly Regex MonthOnlyBoundPattern = new(
        $@"\b(?<op>before|after|since|by|until|till|from|in|during|for|over)\s+(?:the\s+)?(?:end\s+of\s+)?{Month}\b(?!\s*,?\s*(?:19|20)\d{{2}})(?!\s+\d)" +
        $@"|(?<=\s)(?<!\d(?:st|nd|rd|th)?\s+(?:of\s+)?)(?<!\b(?:early|mid|late|end|beginning|start|middle|next|last|this|coming)(?:\s+of)?[\s-]+(?:the\s+)?)(?!may\b){Month}\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex RelativeWindowPattern = new(
        // "next April", "last March"; "this may …" is a verb.
        $@"\b(?:(?:(?<whichmonth>next|last|coming)\s+|(?<whichmonth>this)\s+(?!may\b)){Month}\b(?!\s*,?\s*\d)|" +
        @"(?<which>this|next|last|past|coming|current)\s+(?<unit>week|month|year|quarter|fortnight)|(?:in\s+the\s+|within\s+(?:the\s+)?|over\s+the\s+)?(?<dir>next|coming|last|past|previous)\s+(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)\s+(?<unit2>days?|weeks?|months?|years?)|within\s+(?<n2>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty)\s+(?<unit3>days?|weeks?|months?|years?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex DayMonthBoundPattern = new(
        $@"\b(?<op>before|after|since|by|until|till|from|as\s+(?:of|at|on)|on)\s+(?:the\s+)?(?<d>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{Month}\.?|{Month}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\b(?!\s*,?\s*(?:19|20)\d{{2}})(?!\s*[/.-]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"1 December" in <paramref name="today"/>'s year, moved a year back (or, <paramref name="future"/>, ahead) to fall on the right side of today.</summary>
    static bool TryReadDayMonth(string text, DateOnly today, bool future, out DateOnly day)
    {
        day = default;
        var plain = Regex.Replace(text, @"\bof\s+", "", RegexOptions.IgnoreCase, Patterns.Timeout).Trim();
        if (!TryRead($"{plain} {today.Year}", today, out var range) || range.From != range.To) return false;
        day = range.From;
        if (future && day < today) day = TryRead($"{plain} {today.Year + 1}", today, out var next) ? next.From : day;
        if (!future && day > today) day = TryRead($"{plain} {today.Year - 1}", today, out var last) ? last.From : day;
        return true;
    }

    static readonly Regex RollingLead = new(@"\b(?:in|over|during|within|for)\s+the\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);
    static readonly Regex WindowBound = new(@"\b(?<op>since|from|after|before|until|till|by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);
    static readonly Regex SinceWeekday = new($@"\b(?<op>since|from|after)\s+(?<day>(?:(?:last|this)\s+)?{Weekday})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex AnySingle = new($@"\b(?:{Single})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Every expression in the text that names one whole day ("3 May 2018", "2018-05-03", "today"), where it stands.</summary>
    public static IReadOnlyList<DayMention> Days(string text, DateOnly today)
    {
        var found = new List<DayMention>();
        foreach (Match m in AnySingle.Matches(text ?? ""))
            if (TryRead(m.Value, today, out var range) && range.From == range.To)
                found.Add(new DayMention(range.From, m.Index, m.Length));
        return found;
    }

    /// <summary>"1 Dec", "December 1st": a day and month with no year after them.</summary>
    static readonly Regex DayMonthAlone = new($@"\b(?:{Day}(?:\s+|-)(?:of\s+)?{Month}|(?<month2>{Month[9..^1]})\.?\s+(?<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\.?,?\s*(?:19|20)\d{{2}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Every day and month written without a year ("on 1 Dec", "by January 20th"), where it stands; which year is the caller's to say.</summary>
    public static IReadOnlyList<(string Text, int Index)> DayMonthsWithoutYear(string text) =>
        [.. DayMonthAlone.Matches(text ?? "").Select(m => (m.Value, m.Index))];

    /// <summary>"1 December" without a year, for something that has happened: the latest such day up to <paramref name="today"/>.</summary>
    public static DateOnly? LatestDayMonth(string dayMonth, DateOnly today)
    {
        foreach (var year in new[] { today.Year, today.Year - 1 })
            if (TryRead($"{dayMonth} {year}", today, out var r) && r.From == r.To && r.From <= today) return r.From;
        return null;
    }

    /// <summary>"1 June" without a year, for something to come: the first such day on or after <paramref name="from"/>.</summary>
    public static DateOnly? NextDayMonth(string dayMonth, DateOnly from)
    {
        foreach (var year in new[] { from.Year, from.Year + 1 })
            if (TryRead($"{dayMonth} {year}", from, out var r) && r.From == r.To && r.From >= from) return r.From;
        return null;
    }

    /// <summary>"In the year 2015" says no more than "in 2015".</summary>
    static readonly Regex TheYear = new(@"\b(?:the\s+)?(?:calendar\s+)?year\s+(?=(?:19|20)\d{2}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>
    /// "Article 4 deadlines 2027", "who joined 2017": a year ending the line with nothing before it that says how
    /// it is meant is the year asked about ("in 2027"). After "as of", "since", "report" and the like it is left alone.
    /// </summary>
    static readonly Regex TrailingYear = new(
        @"(?<![\w/.\-–])(?<!\b(?:in|during|for|of|since|before|after|by|until|till|from|to|and|or|through|between|the|end|mid|start|beginning|q[1-4]|h[12]|half|quarter|year|report|reports|reporting|rate|annual|initial|\d{1,2}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*),?\s+)(?<!\b(?:as\s+of|as\s+at|on|at|of|by|to|from|since|until|before|after)\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+)(?<!\b\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+)(?<year>(?:19|20)\d{2})(?=\s*[?.!]*\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    static readonly Regex ReportWords = new(@"\b(?:report\w*|submi\w*|receipts?|compliance|transparency|art(?:icle)?\.?\s*7)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Holidays that close the UN in Geneva, named instead of a day: "before Christmas", "after Easter".</summary>
    static readonly Regex NamedDay = new(@"\b(?<day>christmas(?:\s+day)?|christmas\s+eve|new\s+year(?:['’]s)?\s+(?:day|eve)|easter(?:\s+(?:sunday|monday))?)\b(?!\s*,?\s*(?:19|20)\d{2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>The next such day from today (today included), written out so that it reads like any other date.</summary>
    static string NamedDays(string text, DateOnly today) => NamedDay.Replace(text, m =>
    {
        var name = Regex.Replace(m.Groups["day"].Value.ToLowerInvariant(), @"\s+", " ", RegexOptions.None, Patterns.Timeout);
        DateOnly On(int year) => name switch
        {
            "christmas eve" => new DateOnly(year, 12, 24),
            _ when name.StartsWith("christmas", StringComparison.Ordinal) => new DateOnly(year, 12, 25),
            _ when name.EndsWith("eve", StringComparison.Ordinal) => new DateOnly(year, 12, 31),
            _ when name.StartsWith("new year", StringComparison.Ordinal) => new DateOnly(year + 1, 1, 1),
            "easter monday" => EasterSunday(year).AddDays(1),
            _ => EasterSunday(year),
        };
        var day = On(today.Year) >= today ? On(today.Year) : On(today.Year + 1);
        return day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    });

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }

    public static DateFindings Find(string text, DateOnly today)
    {
        var rest = TheYear.Replace(NamedDays(text ?? "", today), "");
        // About reports, a year is the report's year ("reporting compliance 2016"), which the question reader takes.
        if (!ReportWords.IsMatch(rest)) rest = TrailingYear.Replace(rest, "in ${year}", 1);
        DateOnly? asOf = null;
        string? asOfText = null;
        DateWindow? window = null;
        string? leftOut = null;

        var w = WindowPattern.Match(rest);
        if (w.Success && TryRead(w.Groups["a"].Value, today, out var a) && TryRead(w.Groups["b"].Value, today, out var b))
        {
            window = new DateWindow(a.From, b.To, w.Value.Trim());
            rest = Cut(rest, w);
        }
        // Two years apart by more than one would make a window over the years between, which were not asked about:
        // the first is answered and the second named as left out.
        else if (YearPairPattern.Match(rest) is { Success: true } pair)
        {
            var first = int.Parse(pair.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(pair.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (second - first == 1)
            {
                window = new DateWindow(new DateOnly(first, 1, 1), new DateOnly(second, 12, 31), pair.Value.Trim());
                rest = Cut(rest, pair);
            }
            else if (second != first)
            {
                leftOut = pair.Groups["b"].Value;
                rest = rest.Remove(pair.Groups["b"].Index, pair.Groups["b"].Length);
            }
        }

        if (window is null)
        {
            var r = RelativeWindowPattern.Match(rest);
            if (r.Success)
            {
                window = TryReadRelativeWindow(r, today);
                var before = rest[..r.Index];
                // "in the last week", "over the past month": the span up to today, not the calendar week or month before this one.
                if (window is not null && r.Groups["which"].Value.ToLowerInvariant() is "last" or "past" && RollingLead.IsMatch(before))
                    window = r.Groups["unit"].Value.ToLowerInvariant() switch
                    {
                        "week" => new DateWindow(today.AddDays(-7), today, window.Text),
                        "month" => new DateWindow(today.AddMonths(-1), today, window.Text),
                        "quarter" => new DateWindow(today.AddMonths(-3), today, window.Text),
                        "year" => new DateWindow(today.AddYears(-1), today, window.Text),
                        _ => window,
                    };
                // "since last week", "until next month": the period is one end of the window; the other is open.
                if (window is not null && WindowBound.Match(before) is { Success: true } bound)
                {
                    window = bound.Groups["op"].Value.ToLowerInvariant() switch
                    {
                        "since" or "from" => new DateWindow(window.From, null, $"{bound.Value.Trim()} {window.Text}"),
                        "after" => new DateWindow(window.To?.AddDays(1), null, $"{bound.Value.Trim()} {window.Text}"),
                        "before" => new DateWindow(null, window.From?.AddDays(-1), $"{bound.Value.Trim()} {window.Text}"),
                        _ => new DateWindow(null, window.To, $"{bound.Value.Trim()} {window.Text}"),
                    };
                    rest = rest.Remove(bound.Index, bound.Length).Insert(bound.Index, " ");
                    r = RelativeWindowPattern.Match(rest);
                }
                rest = Cut(rest, r);
            }
            // "since Monday", "after last Tuesday": the latest such day before today, one end of the window.
            else if (SinceWeekday.Match(rest) is { Success: true } weekday && TryReadDay(weekday.Groups["day"].Value, today, future: false, out var day))
            {
                window = weekday.Groups["op"].Value.ToLowerInvariant() == "after" ? new DateWindow(day.AddDays(1), null, weekday.Value.Trim()) : new DateWindow(day, null, weekday.Value.Trim());
                rest = Cut(rest, weekday);
            }
        }

        foreach (Match bound in BoundPattern.Matches(rest).Cast<Match>().ToList())
        {
            if (!TryRead(bound.Groups["d"].Value, today, out var d)) continue;
            var op = bound.Groups["op"].Value.ToLowerInvariant();
            // "after 31 December 9999" and "before 1 January 0001" have no day on the other side.
            if (op == "after" && d.To == DateOnly.MaxValue || op == "before" && d.From == DateOnly.MinValue) continue;
            DateWindow? found = op switch
            {
                "before" => new DateWindow(null, d.From.AddDays(-1), bound.Value.Trim()),
                "after" => new DateWindow(d.To.AddDays(1), null, bound.Value.Trim()),
                "since" or "from" => new DateWindow(d.From, null, bound.Value.Trim()),
                "by" or "until" or "till" => new DateWindow(null, d.To, bound.Value.Trim()),
                _ => d.From == d.To ? null : new DateWindow(d.From, d.To, bound.Value.Trim()),
            };
            if (found is null)
            {
                // "in 30 June 2017" reads as a point in time.
                asOf ??= d.To;
                asOfText ??= bound.Groups["d"].Value.Trim();
            }
            else if (window is null)
            {
                window = found;
            }
            else
            {
                window = new DateWindow(found.From ?? window.From, found.To ?? window.To, $"{window.Text} {found.Text}");
            }
            rest = rest.Replace(bound.Value, " ");
        }

        // "since 1 December", "as of 30 June", "by 15 January": a day without its year — the latest such day for what has
        // happened (since, after, from, as of, on), the next one for what is to come (by, until, before).
        foreach (Match dm in DayMonthBoundPattern.Matches(rest).Cast<Match>().ToList())
        {
            var op = Regex.Replace(dm.Groups["op"].Value.ToLowerInvariant(), @"\s+", " ");
            if (!TryReadDayMonth(dm.Groups["d"].Value, today, future: op is "by" or "until" or "till" or "before", out var day)) continue;
            DateWindow? found = op switch
            {
                "before" => new DateWindow(null, day.AddDays(-1), dm.Value.Trim()),
                "after" => new DateWindow(day.AddDays(1), null, dm.Value.Trim()),
                "since" or "from" => new DateWindow(day, null, dm.Value.Trim()),
                "by" or "until" or "till" => new DateWindow(null, day, dm.Value.Trim()),
                _ => null,
            };
            if (found is null)
            {
                asOf ??= day;
                asOfText ??= Treaties.Dates.Format(day);
            }
            else window = window is null ? found : new DateWindow(found.From ?? window.From, found.To ?? window.To, $"{window.Text} {found.Text}");
            rest = rest.Replace(dm.Value, " ");
        }

        if (window is null && QuarterOnlyPattern.Match(rest) is { Success: true } quarterOnly)
        {
            // The latest such quarter that has begun by today, as for a month named alone.
            var quarter = quarterOnly.Groups["quarter"].Success ? int.Parse(quarterOnly.Groups["quarter"].Value, CultureInfo.InvariantCulture)
                : quarterOnly.Groups["quarterword"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
            var start = new DateOnly(today.Year, 3 * quarter - 2, 1);
            if (start > today) start = start.AddYears(-1);
            window = new DateWindow(start, start.AddMonths(3).AddDays(-1), quarterOnly.Value.Trim());
            rest = Cut(rest, quarterOnly);
        }
        if (window is null && MonthOnlyBoundPattern.Match(rest) is { Success: true } monthOnly)
        {
            // The latest such month that has begun by today.
            var month = MonthNumber(monthOnly.Groups["month"].Value);
            var start = new DateOnly(today.Year, month, 1);
            if (start > today) start = start.AddYears(-1);
            var end = start.AddMonths(1).AddDays(-1);
            window = monthOnly.Groups["op"].Value.ToLowerInvariant() switch
            {
                "before" => new DateWindow(null, start.AddDays(-1), monthOnly.Value.Trim()),
                "after" => new DateWindow(end.AddDays(1), null, monthOnly.Value.Trim()),
                "since" or "from" => new DateWindow(start, null, monthOnly.Value.Trim()),
                "by" or "until" or "till" => new DateWindow(null, end, monthOnly.Value.Trim()),
                _ => new DateWindow(start, end, monthOnly.Value.Trim()),
            };
            rest = Cut(rest, monthOnly);
        }

        foreach (Match point in PointPattern.Matches(rest).Cast<Match>().ToList())
        {
            var value = point.Groups["d"].Value;
            var hasPreposition = point.Value.Trim().Length > value.Trim().Length;
            // A bare year is a year of something ("the 2016 annual report"), not a date, unless it follows "as of".
            if (value.Length == 4 && value.All(char.IsDigit) && !hasPreposition) continue;
            if (!TryRead(value, today, out var d)) continue;
            if (asOf is null)
            {
                asOf = d.To;
                asOfText = value.Trim();
            }
            rest = rest.Replace(point.Value, " ");
        }

        return new DateFindings(asOf, asOfText, window, string.Join(' ', rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))) { LeftOut = leftOut };
    }

    static string Cut(string text, Match m) => text.Remove(m.Index, m.Length).Insert(m.Index, " ");

    /// <summary>One date expression as the days it covers: a day, a month, a year.</summary>
    public static bool TryRead(string expression, DateOnly today, out (DateOnly From, DateOnly To) range)
    {
        range = default;
        var m = SingleExact.Match(expression.Trim());
        if (!m.Success) return false;
        try
        {
            if (m.Groups["iso"].Success)
            {
                if (!DateOnly.TryParseExact(m.Groups["iso"].Value.Replace('/', '-').Replace('.', '-'), ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return false;
                range = (iso, iso);
                return true;
            }
            if (m.Groups["numeric"].Success)
            {
                var parts = m.Groups["numeric"].Value.Split('/', '.');
                int first = int.Parse(parts[0], CultureInfo.InvariantCulture), second = int.Parse(parts[1], CultureInfo.InvariantCulture), year = int.Parse(parts[2], CultureInfo.InvariantCulture);
                if (year < 100) year += 2000;
                // Day first, as diplomats in Geneva write it; month first only when the day-first reading is impossible.
                var (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second);
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
                var date = new DateOnly(year, month, day);
                range = (date, date);
                return true;
            }
            if (m.Groups["day"].Success || m.Groups["day2"].Success)
            {
                var day = int.Parse(m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value, CultureInfo.InvariantCulture);
                var month = MonthNumber(m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Value);
                var year = int.Parse(m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["year2"].Value, CultureInfo.InvariantCulture);
                if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
                var date = new DateOnly(year, month, day);
                range = (date, date);
                return true;
            }
            if (m.Groups["endmonth"].Success)
            {
                var start = new DateOnly(int.Parse(m.Groups["endmonthyear"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["endmonth"].Value), 1);
                var end = start.AddMonths(1).AddDays(-1);
                range = (end, end);
                return true;
            }
            if (m.Groups["endyear"].Success)
            {
                var end = new DateOnly(int.Parse(m.Groups["endyear"].Value, CultureInfo.InvariantCulture), 12, 31);
                range = (end, end);
                return true;
            }
            if (m.Groups["startyear"].Success)
            {
                var start = new DateOnly(int.Parse(m.Groups["startyear"].Value, CultureInfo.InvariantCulture), 1, 1);
                range = (start, start);
                return true;
            }
            if (m.Groups["month3"].Success)
            {
                var start = new DateOnly(int.Parse(m.Groups["year3"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["month3"].Value), 1);
                range = (start, start.AddMonths(1).AddDays(-1));
                return true;
            }
            if (m.Groups["midyear"].Success)
            {
                // "Mid-2017": the end of June, the date the ISU's mid-year figures are usually given for.
                var mid = new DateOnly(int.Parse(m.Groups["midyear"].Value, CultureInfo.InvariantCulture), 6, 30);
                range = (mid, mid);
                return true;
            }
            if (m.Groups["halfyear"].Success)
            {
                // "H1 2027", "the second half of 2018": January to June, July to December.
                var second = m.Groups["half"].Success ? m.Groups["half"].Value == "2" : m.Groups["halfword"].Value.ToLowerInvariant() is "second" or "2nd";
                var start = new DateOnly(int.Parse(m.Groups["halfyear"].Value, CultureInfo.InvariantCulture), second ? 7 : 1, 1);
                range = (start, start.AddMonths(6).AddDays(-1));
                return true;
            }
            if (m.Groups["quarteryear"].Success)
            {
                var quarter = m.Groups["quarter"].Success ? int.Parse(m.Groups["quarter"].Value, CultureInfo.InvariantCulture)
                    : m.Groups["quarterword"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
                var start = new DateOnly(int.Parse(m.Groups["quarteryear"].Value, CultureInfo.InvariantCulture), 3 * quarter - 2, 1);
                range = (start, start.AddMonths(3).AddDays(-1));
                return true;
            }
            if (m.Groups["relative"].Success)
            {
                var date = m.Groups["relative"].Value.ToLowerInvariant() switch
                {
                    "yesterday" => today.AddDays(-1),
                    "tomorrow" => today.AddDays(1),
                    _ => today,
                };
                range = (date, date);
                return true;
            }
            if (m.Groups["bareyear"].Success)
            {
                var year = int.Parse(m.Groups["bareyear"].Value, CultureInfo.InvariantCulture);
                range = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        return false;
    }

    const string Weekday = "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)";
    const string Count = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)";

    static readonly Regex WeekdayPattern = new($@"^(?:on\s+)?(?:(?<which>last|next|this|coming)\s+)?{Weekday}\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);
    static readonly Regex OffsetPattern = new(
        $@"^(?:(?:in|within|after)\s+)?{Count}\s+(?<unit>days?|weeks?|months?)(?<tail>\s+(?:from\s+(?:now|today)|later|time|hence|ago))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>
    /// One day as people write it when logging what they did or when to follow up: any single day
    /// <see cref="TryRead"/> reads, or "last Tuesday", "Friday", "next Monday", "in two weeks", "3 days ago",
    /// "a month from now". A weekday alone is the latest one before today for something done
    /// (<paramref name="future"/> false) and the next one after today for something due.
    /// </summary>
    public static bool TryReadDay(string expression, DateOnly today, bool future, out DateOnly day)
    {
        day = default;
        var text = Regex.Replace(expression.Trim(), @"\s+", " ");
        try
        {
            if (TryRead(text, today, out var range))
            {
                if (range.From != range.To) return false;
                day = range.From;
                return true;
            }
            if (WeekdayPattern.Match(text) is { Success: true } w)
            {
                var target = WeekdayOf(w.Groups["weekday"].Value);
                var which = w.Groups["which"].Success ? w.Groups["which"].Value.ToLowerInvariant() : future ? "next" : "last";
                var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
                var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
                day = which switch
                {
                    "last" => today.AddDays(back == 0 ? -7 : -back),
                    "this" => today.AddDays(future ? ahead : -back),
                    _ => today.AddDays(ahead == 0 ? 7 : ahead),
                };
                return true;
            }
            if (OffsetPattern.Match(text) is { Success: true } o)
            {
                var n = o.Groups["n"].Value.ToLowerInvariant() is "a" or "an" ? 1 : Number(o.Groups["n"].Value);
                var sign = o.Groups["tail"].Value.Trim().Equals("ago", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
                day = o.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') switch
                {
                    "day" => today.AddDays(sign * n),
                    "week" => today.AddDays(sign * 7 * n),
                    _ => today.AddMonths(sign * n),
                };
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        return false;
    }

    static DayOfWeek WeekdayOf(string name) => name.ToLowerInvariant()[..3] switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday, "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
    };

    /// <summary>"next month" relative to a date at the end of the calendar has no answer; read it as no window.</summary>
    static DateWindow? TryReadRelativeWindow(Match r, DateOnly today)
    {
        try
        {
            return ReadRelativeWindow(r, today);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    static DateWindow ReadRelativeWindow(Match r, DateOnly today)
    {
        var text = r.Value.Trim();
        if (r.Groups["whichmonth"].Success)
        {
            // "next April" is the first April after this month, "last April" the latest before it, "this April" this year's.
            var month = MonthNumber(r.Groups["month"].Value);
            var year = r.Groups["whichmonth"].Value.ToLowerInvariant() switch
            {
                "next" or "coming" => month > today.Month ? today.Year : today.Year + 1,
                "last" => month < today.Month ? today.Year : today.Year - 1,
                _ => today.Year,
            };
            return MonthOf(new DateOnly(year, month, 1), text);
        }
        if (r.Groups["which"].Success)
        {
            var which = r.Groups["which"].Value.ToLowerInvariant();
            var unit = r.Groups["unit"].Value.ToLowerInvariant();
            var offset = which switch { "next" or "coming" => 1, "last" or "past" => -1, _ => 0 };
            return unit switch
            {
                "week" => WeekOf(today.AddDays(7 * offset), text),
                "month" => MonthOf(today.AddMonths(offset), text),
                "quarter" => QuarterOf(today.AddMonths(3 * offset), text),
                // Fourteen days counted from today, forward or back: there is no calendar fortnight.
                "fortnight" => offset < 0 ? new DateWindow(today.AddDays(-14), today, text) : new DateWindow(today, today.AddDays(14), text),
                _ => new DateWindow(new DateOnly(today.Year + offset, 1, 1), new DateOnly(today.Year + offset, 12, 31), text),
            };
        }
        var dirGroup = r.Groups["dir"].Success ? r.Groups["dir"].Value.ToLowerInvariant() : "next";
        // "the next 99999 months" would leave the calendar; a century ahead is already beyond any treaty date.
        var n = Math.Min(Number(r.Groups["n"].Success ? r.Groups["n"].Value : r.Groups["n2"].Value), 1200);
        var unitText = (r.Groups["unit2"].Success ? r.Groups["unit2"].Value : r.Groups["unit3"].Value).ToLowerInvariant().TrimEnd('s');
        DateOnly Shift(int sign) => unitText switch
        {
            "day" => today.AddDays(sign * n),
            "week" => today.AddDays(sign * 7 * n),
            "month" => today.AddMonths(sign * n),
            _ => today.AddYears(sign * n),
        };
        return dirGroup is "last" or "past" or "previous"
            ? new DateWindow(Shift(-1), today, text)
            : new DateWindow(today, Shift(1), text);
    }

    static DateWindow WeekOf(DateOnly day, string text)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DateWindow(monday, monday.AddDays(6), text);
    }

    static DateWindow MonthOf(DateOnly day, string text)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new DateWindow(first, first.AddMonths(1).AddDays(-1), text);
    }

    static DateWindow QuarterOf(DateOnly day, string text)
    {
        var first = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        return new DateWindow(first, first.AddMonths(3).AddDays(-1), text);
    }

    static int Number(string word) => word.ToLowerInvariant() switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
        "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "eighteen" => 18, "twenty" => 20, "thirty" => 30,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };

    static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
