using CcmBot.Core.Text;

namespace CcmBot.Core.Tests.Text;

public sealed class DateExpressionsTests
{
    static readonly DateOnly Today = A.Day("2026-11-25"); // a Wednesday

    [Theory]
    [InlineData("how many States Parties were there on 30 June 2017?", "2017-06-30")]
    [InlineData("as of 30/06/2017", "2017-06-30")]
    [InlineData("as at 2017-06-30", "2017-06-30")]
    [InlineData("tell me about Chile as of June 30, 2017", "2017-06-30")]
    [InlineData("status on 30th of June 2017", "2017-06-30")]
    [InlineData("as of 30 Jun 2017", "2017-06-30")]
    [InlineData("as of June 2017", "2017-06-30")]
    [InlineData("as of end of 2016", "2016-12-31")]
    [InlineData("at the end 2016", "2016-12-31")]
    [InlineData("as of end of March 2016", "2016-03-31")]
    [InlineData("as of 2015", "2015-12-31")]
    [InlineData("as of today", "2026-11-25")]
    [InlineData("yesterday", "2026-11-24")]
    [InlineData("as of 06/13/2017", "2017-06-13")] // month first only when day first is impossible
    [InlineData("as of 1.2.2011", "2011-02-01")]
    [InlineData("how many states parties at 30-Jun-2017", "2017-06-30")]
    [InlineData("how many states parties 2017/06/30", "2017-06-30")]
    [InlineData("as of 2017.06.30", "2017-06-30")]
    [InlineData("how many states parties at end-2012", "2012-12-31")]
    [InlineData("overdue reports at the start of 2013", "2013-01-01")]
    [InlineData("members at the close of 2014", "2014-12-31")]
    public void Reads_a_point_in_time(string text, string expected)
    {
        var found = DateExpressions.Find(text, Today);
        Assert.Equal(A.Day(expected), found.AsOf);
    }

    [Theory]
    [InlineData("who was overdue as of 30 June?", "2026-06-30")]
    [InlineData("how many States Parties as of June 30", "2026-06-30")]
    [InlineData("what was overdue on 1 May?", "2026-05-01")]
    [InlineData("status as of 1st of December", "2025-12-01")] // the latest 1 December on or before today
    public void A_day_without_its_year_is_the_latest_such_day(string text, string expected) =>
        Assert.Equal(A.Day(expected), DateExpressions.Find(text, Today).AsOf);

    [Theory]
    [InlineData("who joined since 1 November?", "2026-11-01", null)]
    [InlineData("any changes since 1 December?", "2025-12-01", null)]
    [InlineData("who joined after 5 March?", "2026-03-06", null)]
    [InlineData("follow-ups due by 15 January", null, "2027-01-15")]
    [InlineData("Article 4 deadlines before 1 March", null, "2027-02-28")]
    [InlineData("who joined since last week?", "2026-11-16", null)]
    [InlineData("contacts since last month", "2026-10-01", null)]
    [InlineData("deadlines until next month", null, "2026-12-31")]
    [InlineData("what changed since Monday?", "2026-11-23", null)]
    [InlineData("outreach since last Tuesday", "2026-11-24", null)]
    [InlineData("what changed in the last week?", "2026-11-18", "2026-11-25")]
    [InlineData("contacts over the past month", "2026-10-25", "2026-11-25")]
    [InlineData("what changed last week?", "2026-11-16", "2026-11-22")] // the calendar week before this one
    public void A_period_or_a_day_after_since_or_by_is_one_end_of_the_window(string text, string? from, string? to)
    {
        var window = DateExpressions.Find(text, Today).Window;
        Assert.NotNull(window);
        Assert.Equal(from is null ? null : A.Day(from), window.From);
        Assert.Equal(to is null ? null : A.Day(to), window.To);
    }

    [Theory]
    [InlineData("Article 4 deadlines before 2027", null, "2026-12-31")]
    [InlineData("deadlines this year", "2026-01-01", "2026-12-31")]
    [InlineData("what milestones are due next month?", "2026-12-01", "2026-12-31")]
    [InlineData("follow-ups due this week", "2026-11-23", "2026-11-29")]
    [InlineData("who joined last year", "2025-01-01", "2025-12-31")]
    [InlineData("deadlines in the next six months", "2026-11-25", "2027-05-25")]
    [InlineData("within 90 days", "2026-11-25", "2027-02-23")]
    [InlineData("joined between 1 January 2015 and 30 June 2017", "2015-01-01", "2017-06-30")]
    [InlineData("reporting rates 2015-2020", "2015-01-01", "2020-12-31")]
    [InlineData("outreach in Q4", "2026-10-01", "2026-12-31")]
    [InlineData("how many states parties in the year 2015", "2015-01-01", "2015-12-31")]
    [InlineData("letters sent during the first quarter", "2026-01-01", "2026-03-31")]
    [InlineData("outreach in Q1 2025", "2025-01-01", "2025-03-31")]
    [InlineData("who joined 2011–2013?", "2011-01-01", "2013-12-31")]
    [InlineData("outreach since January 2026", "2026-01-01", null)]
    [InlineData("outreach report for 1 July 2016 to 30 June 2017", "2016-07-01", "2017-06-30")]
    [InlineData("deadlines in 2023", "2023-01-01", "2023-12-31")]
    [InlineData("reports due next April", "2027-04-01", "2027-04-30")]
    [InlineData("milestones due next December", "2026-12-01", "2026-12-31")]
    [InlineData("what changed last May?", "2026-05-01", "2026-05-31")]
    [InlineData("contacts last November", "2025-11-01", "2025-11-30")]
    [InlineData("deadlines this March", "2026-03-01", "2026-03-31")]
    [InlineData("after 2020", "2021-01-01", null)]
    [InlineData("by end of 2018", null, "2018-12-31")]
    [InlineData("outreach on NIM since January", "2026-01-01", null)]
    [InlineData("letters sent in March", "2026-03-01", "2026-03-31")]
    [InlineData("contacts since December", "2025-12-01", null)]
    [InlineData("anything due before Christmas?", null, "2026-12-24")]
    [InlineData("milestones due after Easter", "2027-03-29", null)]
    [InlineData("what's due between Christmas and Easter?", "2026-12-25", "2027-03-28")]
    [InlineData("deadlines before New Year's Day", null, "2026-12-31")]
    [InlineData("outreach summary for November", "2026-11-01", "2026-11-30")]
    [InlineData("outreach report over October", "2026-10-01", "2026-10-31")]
    [InlineData("outreach summary October", "2026-10-01", "2026-10-31")]
    [InlineData("letters sent December?", "2025-12-01", "2025-12-31")]
    [InlineData("who ratified in 2020 or 2021", "2020-01-01", "2021-12-31")]
    [InlineData("letters sent during 2019 and 2020?", "2019-01-01", "2020-12-31")]
    [InlineData("joined in 2016 or in 2017", "2016-01-01", "2017-12-31")]
    public void Reads_a_window(string text, string? from, string? to)
    {
        var window = DateExpressions.Find(text, Today).Window;
        Assert.NotNull(window);
        Assert.Equal(from is null ? null : A.Day(from), window.From);
        Assert.Equal(to is null ? null : A.Day(to), window.To);
    }

    [Theory]
    [InlineData("after 9999-12-31")]
    [InlineData("after 31 December 9999")]
    [InlineData("before 0001-01-01")]
    [InlineData("before 1 January 0001")]
    [InlineData("since 0001-01-01 until 9999-12-31")]
    [InlineData("in the next 99999 months")]
    [InlineData("within 999 days as of 9999-12-31")]
    [InlineData("last year as of 0001-06-01")]
    [InlineData("next month as of 9999-12-15")]
    public void Dates_at_the_ends_of_the_calendar_are_read_or_ignored_never_thrown(string text)
    {
        var found = DateExpressions.Find(text, Today);
        Assert.True(found.Window is null || found.Window.From is null || found.Window.To is null || found.Window.From <= found.Window.To);
    }

    [Theory]
    [InlineData("who missed the 2016 annual report?")]
    [InlineData("tell me about Lao PDR")]
    [InlineData("how many States Parties are there?")]
    [InlineData("which States may have overdue reports?")]
    [InlineData("is anything overdue, may")]
    public void A_year_of_something_is_not_a_date(string text)
    {
        var found = DateExpressions.Find(text, Today);
        Assert.Null(found.AsOf);
        Assert.Null(found.Window);
    }

    [Theory]
    [InlineData("as of 31/02/2017")]
    [InlineData("as of 2017-02-30")]
    [InlineData("as of 45/45/2017")]
    public void Impossible_dates_are_ignored_not_thrown(string text) => Assert.Null(DateExpressions.Find(text, Today).AsOf);

    [Fact]
    public void Two_years_apart_are_not_read_as_the_years_between_and_the_second_is_named_as_left_out()
    {
        var found = DateExpressions.Find("who joined in 2016 or 2018?", Today);
        Assert.Equal((A.Day("2016-01-01"), A.Day("2016-12-31")), (found.Window?.From, found.Window?.To));
        Assert.Equal("2018", found.LeftOut);
        Assert.Null(DateExpressions.Find("who joined in 2016 or 2017?", Today).LeftOut);
    }

    [Fact]
    public void The_date_is_removed_from_the_rest_of_the_question()
    {
        var found = DateExpressions.Find("tell me about Madagascar as of 30 June 2017", Today);
        Assert.Equal("tell me about Madagascar", found.Rest);
    }

    [Theory]
    [InlineData("yesterday", false, "2026-11-24")]
    [InlineData("Monday", false, "2026-11-23")]
    [InlineData("Monday", true, "2026-11-30")]
    [InlineData("on Wednesday", false, "2026-11-18")]
    [InlineData("on Wednesday", true, "2026-12-02")]
    [InlineData("last Friday", false, "2026-11-20")]
    [InlineData("next Friday", false, "2026-11-27")]
    [InlineData("this Friday", true, "2026-11-27")]
    [InlineData("in two weeks", true, "2026-12-09")]
    [InlineData("in 10 days", true, "2026-12-05")]
    [InlineData("a month from now", true, "2026-12-25")]
    [InlineData("3 days ago", false, "2026-11-22")]
    [InlineData("2 weeks ago", false, "2026-11-11")]
    [InlineData("3 May 2018", false, "2018-05-03")]
    public void Reads_a_day_relative_to_today(string text, bool future, string expected)
    {
        Assert.True(DateExpressions.TryReadDay(text, Today, future, out var day), text);
        Assert.Equal(A.Day(expected), day);
    }

    [Theory]
    [InlineData("May 2018")]
    [InlineData("2018")]
    [InlineData("someday")]
    [InlineData("in 9999999 days")]
    [InlineData("next week")]
    public void A_period_or_nonsense_is_not_a_day(string text) =>
        Assert.False(DateExpressions.TryReadDay(text, Today, future: true, out _), text);

    [Theory]
    [InlineData("mid-2017", "2017-06-30", "2017-06-30")]
    [InlineData("mid 2017", "2017-06-30", "2017-06-30")]
    [InlineData("Q2 2018", "2018-04-01", "2018-06-30")]
    [InlineData("q4 2016", "2016-10-01", "2016-12-31")]
    [InlineData("the third quarter of 2019", "2019-07-01", "2019-09-30")]
    [InlineData("first quarter 2020", "2020-01-01", "2020-03-31")]
    [InlineData("H1 2027", "2027-01-01", "2027-06-30")]
    [InlineData("h2 2026", "2026-07-01", "2026-12-31")]
    [InlineData("the first half of 2018", "2018-01-01", "2018-06-30")]
    [InlineData("second half 2019", "2019-07-01", "2019-12-31")]
    public void Reads_mid_year_and_quarters(string text, string from, string to)
    {
        Assert.True(DateExpressions.TryRead(text.Replace("the ", ""), Today, out var range), text);
        Assert.Equal((A.Day(from), A.Day(to)), range);
    }

    [Fact]
    public void A_quarter_or_mid_year_is_a_date_to_answer_for()
    {
        Assert.Equal(A.Day("2018-06-30"), DateExpressions.Find("overdue as of Q2 2018", Today).AsOf);
        Assert.Equal(A.Day("2017-06-30"), DateExpressions.Find("status as of mid-2017", Today).AsOf);
    }

    [Theory]
    [InlineData("what was due in the first half of 2018?", "2018-01-01", "2018-06-30")]
    [InlineData("what's due in H1 2027?", "2027-01-01", "2027-06-30")]
    [InlineData("deadlines in the coming fortnight", "2026-11-25", "2026-12-09")]
    [InlineData("contacts over the past fortnight", "2026-11-11", "2026-11-25")]
    public void Half_years_and_fortnights_are_windows(string question, string from, string to)
    {
        var window = DateExpressions.Find(question, Today).Window;
        Assert.NotNull(window);
        Assert.Equal((A.Day(from), A.Day(to)), (window.From!.Value, window.To!.Value));
    }

    [Theory]
    [InlineData("Article 4 deadlines 2027", "2027-01-01", "2027-12-31")]
    [InlineData("who joined 2017?", "2017-01-01", "2017-12-31")]
    [InlineData("milestones 2017", "2017-01-01", "2017-12-31")]
    public void A_year_ending_the_line_is_the_year_asked_about(string question, string from, string to)
    {
        var window = DateExpressions.Find(question, Today).Window;
        Assert.NotNull(window);
        Assert.Equal((A.Day(from), A.Day(to)), (window.From!.Value, window.To!.Value));
    }

    [Theory]
    [InlineData("reporting rate 2016")]
    [InlineData("who missed the annual report 2016")]
    [InlineData("overdue as of 30 Jnue 2017")]
    [InlineData("status as of June 30, 2017")]
    [InlineData("who joined since 2017")]
    public void A_year_that_says_how_it_is_meant_is_not_made_a_period(string question) =>
        Assert.False(DateExpressions.Find(question, Today).Window is { From.Year: 2016 or 2017, To.Month: 12, To.Day: 31 } w && w.From!.Value.Month == 1 && w.From.Value.Day == 1 && w.To!.Value.Year == w.From.Value.Year, question);
    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_is_the_western_computus(int year, string expected) => Assert.Equal(A.Day(expected), DateExpressions.EasterSunday(year));
}
