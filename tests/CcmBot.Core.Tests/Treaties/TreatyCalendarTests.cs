using CcmBot.Core.Treaties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CcmBot.Core.Tests.Treaties;

public sealed class TreatyCalendarTests
{
    [Theory]
    // DOMAIN.md worked examples
    [InlineData("2010-05-04", "2010-11-01")]
    [InlineData("2017-05-20", "2017-11-01")]
    [InlineData("2010-02-16", "2010-08-01")] // the 30th instrument
    // the first instruments: the Convention's own entry into force
    [InlineData("2008-12-03", "2010-08-01")]
    [InlineData("2010-02-01", "2010-08-01")]
    [InlineData("2010-02-12", "2010-08-01")] // Denmark
    // just after the 30th: still the sixth month after February 2010
    [InlineData("2010-02-17", "2010-08-01")]
    [InlineData("2010-02-28", "2010-08-01")]
    [InlineData("2010-03-01", "2010-09-01")]
    [InlineData("2010-04-28", "2010-10-01")] // Samoa
    // last day of a month, leap days, year ends
    [InlineData("2010-03-31", "2010-09-01")]
    [InlineData("2011-08-31", "2012-02-01")]
    [InlineData("2015-12-31", "2016-06-01")]
    [InlineData("2016-02-29", "2016-08-01")]
    [InlineData("2019-09-27", "2020-03-01")] // Maldives
    [InlineData("2025-09-05", "2026-03-01")] // Vanuatu
    public void Entry_into_force_follows_article_17(string deposit, string expected)
    {
        var eif = TreatyCalendar.EntryIntoForce(A.Day(deposit));
        Assert.Equal(A.Day(expected), eif.Date);
        Assert.Equal("Art. 17", eif.Rule.Citation);
    }

    [Theory]
    [InlineData("2017-11-01", "2018-04-30")] // Madagascar (seed 002 §87)
    [InlineData("2011-05-01", "2011-10-28")] // Guinea-Bissau
    [InlineData("2015-11-01", "2016-04-29")] // South Africa, across 29 Feb 2016
    [InlineData("2010-08-01", "2011-01-28")]
    [InlineData("2019-09-01", "2020-02-28")] // leap year 2020
    [InlineData("2015-04-01", "2015-09-28")] // Guinea: the rule's date beside the sources' two
    public void Initial_report_is_due_180_days_after_entry_into_force(string eif, string expected)
    {
        var due = TreatyCalendar.InitialReportDue(A.Day(eif));
        Assert.Equal(A.Day(expected), due.Date);
        Assert.Equal("Art. 7(1)", due.Rule.Citation);
    }

    [Theory]
    [InlineData("2010-08-01", 2010)] // initial due 28 Jan 2011, first annual 30 Apr 2011
    [InlineData("2017-11-01", 2018)] // initial due 30 Apr 2018 itself: the first annual is the next 30 April
    [InlineData("2015-11-01", 2015)] // initial due 29 Apr 2016, one day before 30 April
    [InlineData("2016-10-01", 2016)] // initial due 30 Mar 2017
    [InlineData("2016-12-01", 2017)] // initial due 30 May 2017
    public void First_annual_report_is_the_one_due_on_the_first_30_April_after_the_initial_report(string eif, int expectedYear)
    {
        Assert.Equal(expectedYear, TreatyCalendar.FirstAnnualReportYear(A.Day(eif)));
    }

    [Fact]
    public void Annual_report_for_a_year_is_due_30_April_of_the_next()
    {
        var due = TreatyCalendar.AnnualReportDue(2016);
        Assert.Equal(A.Day("2017-04-30"), due.Date);
        Assert.Equal("Art. 7(2)", due.Rule.Citation);
    }

    [Theory]
    [InlineData("2010-08-01", "2018-08-01", "2020-08-01")]
    [InlineData("2013-03-01", "2021-03-01", "2023-03-01")] // Peru's Art. 3 deadline
    [InlineData("2013-09-01", "2021-09-01", "2023-09-01")] // Chad's Art. 4 deadline
    [InlineData("2012-02-29", "2020-02-29", "2022-02-28")]
    public void Stockpile_and_clearance_deadlines_count_8_and_10_years(string eif, string stockpile, string clearance)
    {
        Assert.Equal(A.Day(stockpile), TreatyCalendar.StockpileDestructionDue(A.Day(eif)).Date);
        Assert.Equal(A.Day(clearance), TreatyCalendar.ClearanceDue(A.Day(eif)).Date);
        Assert.Equal("Art. 3(2)", TreatyCalendar.StockpileDestructionDue(A.Day(eif)).Rule.Citation);
        Assert.Equal("Art. 4(1)", TreatyCalendar.ClearanceDue(A.Day(eif)).Rule.Citation);
    }

    [Fact]
    public void Withdrawal_takes_effect_six_months_after_notice() =>
        Assert.Equal(A.Day("2025-03-06"), TreatyCalendar.WithdrawalEffective(A.Day("2024-09-06")).Date); // Lithuania

    [Theory]
    [InlineData("2010-08-01", "2023-09-11")] // in force when the LAP was adopted: before the 11MSP
    [InlineData("2021-09-01", "2023-09-11")]
    [InlineData("2023-08-01", "2025-08-01")] // Nigeria: within two years of entry into force (our reading)
    [InlineData("2024-02-01", "2026-02-01")] // South Sudan
    public void Lausanne_action_47_deadline(string eif, string expected)
    {
        var due = TreatyCalendar.NationalMeasuresDue(A.Day(eif));
        Assert.Equal(A.Day(expected), due.Date);
        Assert.Contains("CcmBot's reading", due.Rule.Description);
    }

    [Theory]
    [InlineData("2010-08-01", "2017-09-11", "2016-09-11")] // in force before the 1RC
    [InlineData("2016-03-01", "2018-03-01", "2017-03-01")] // Colombia: from its entry into force
    public void Dubrovnik_actions_3_1_and_3_3_count_from_the_1RC_or_entry_into_force(string eif, string survey, string plan)
    {
        Assert.Equal(A.Day(survey), TreatyCalendar.ContaminationSurveyDue(A.Day(eif)).Date);
        Assert.Equal(A.Day(plan), TreatyCalendar.ClearancePlanDue(A.Day(eif)).Date);
    }

    [Fact]
    public void Victim_assistance_milestones_are_end_2016_and_end_2018()
    {
        Assert.Equal(A.Day("2016-12-31"), TreatyCalendar.VictimAssistanceFocalPointDue().Date);
        Assert.Equal(A.Day("2018-12-31"), TreatyCalendar.VictimAssistanceActionPlanDue().Date);
    }

    static readonly Arbitrary<DateOnly> Deposits =
        Gen.Choose(0, 365 * 32).Select(days => new DateOnly(2008, 12, 3).AddDays(days)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Entry_into_force_is_the_first_of_a_month_at_most_six_months_after_deposit_and_never_before_1_Aug_2010() =>
        Prop.ForAll(Deposits, deposit =>
        {
            var eif = TreatyCalendar.EntryIntoForce(deposit).Date;
            return eif.Day == 1 && eif > deposit && eif >= TreatyCalendar.ConventionEntryIntoForce
                   && (deposit <= TreatyCalendar.ThirtiethInstrumentDeposited || MonthsBetween(deposit, eif) == 6);
        });

    [Property(MaxTest = 2000)]
    public Property Entry_into_force_after_the_first_thirty_is_five_to_six_months_after_deposit() =>
        Prop.ForAll(Deposits, deposit =>
        {
            if (deposit <= TreatyCalendar.ThirtiethInstrumentDeposited) return true;
            var days = TreatyCalendar.EntryIntoForce(deposit).Date.DayNumber - deposit.DayNumber;
            return days is >= 151 and <= 184; // 31 Jan -> 1 Jul is the shortest, 1 Jul -> 1 Jan the longest
        });

    [Property(MaxTest = 1000)]
    public Property Entry_into_force_never_comes_earlier_for_a_later_deposit() =>
        Prop.ForAll(Deposits, Deposits, (a, b) =>
            a > b || TreatyCalendar.EntryIntoForce(a).Date <= TreatyCalendar.EntryIntoForce(b).Date);

    [Property(MaxTest = 1000)]
    public Property The_first_annual_report_falls_due_within_a_year_after_the_initial_report() =>
        Prop.ForAll(Deposits, deposit =>
        {
            var eif = TreatyCalendar.EntryIntoForce(deposit).Date;
            var initial = TreatyCalendar.InitialReportDue(eif).Date;
            var firstAnnual = TreatyCalendar.AnnualReportDue(TreatyCalendar.FirstAnnualReportYear(eif)).Date;
            return initial.DayNumber - eif.DayNumber == 180
                   && firstAnnual > initial && firstAnnual <= initial.AddYears(1)
                   && firstAnnual is { Month: 4, Day: 30 };
        });

    static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;
}
