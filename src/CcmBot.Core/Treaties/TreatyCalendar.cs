namespace CcmBot.Core.Treaties;

/// <summary>A deadline and the rule it comes from.</summary>
public sealed record RuleDeadline(DateOnly Date, TreatyRule Rule);

/// <summary>
/// The treaty calendar: one function per rule in the Convention and the action plans.
/// Pure: dates in, dates out.
/// </summary>
public static class TreatyCalendar
{
    /// <summary>The Convention was opened for signature in Oslo on 3 December 2008 (Art. 15).</summary>
    public static readonly DateOnly OpenedForSignature = new(2008, 12, 3);
    public static readonly DateOnly ConventionEntryIntoForce = new(2010, 8, 1);
    /// <summary>The 30th instrument (Burkina Faso and Moldova) was deposited on this day.</summary>
    public static readonly DateOnly ThirtiethInstrumentDeposited = new(2010, 2, 16);
    public static readonly DateOnly FirstReviewConferenceEnd = new(2015, 9, 11);
    /// <summary>The Lausanne Action Plan was adopted at the second part of the 2RC, 20-21 Sep 2021.</summary>
    public static readonly DateOnly LausanneActionPlanAdopted = new(2021, 9, 21);
    /// <summary>The 11MSP opened on 11 Sep 2023 (obligations README, "meeting dates confirmed in passing").</summary>
    public static readonly DateOnly EleventhMeetingOpens = new(2023, 9, 11);

    public const int InitialReportDays = 180;
    public const int StockpileYears = 8;
    public const int ClearanceYears = 10;

    /// <summary>Art. 17(1) and 17(2).</summary>
    public static RuleDeadline EntryIntoForce(DateOnly deposit)
    {
        var sixthMonthAfter = new DateOnly(deposit.Year, deposit.Month, 1).AddMonths(6);
        var date = sixthMonthAfter < ConventionEntryIntoForce ? ConventionEntryIntoForce : sixthMonthAfter;
        return new RuleDeadline(date, Rules.EntryIntoForce);
    }

    /// <summary>Art. 7(1).</summary>
    public static RuleDeadline InitialReportDue(DateOnly entryIntoForce) =>
        new(entryIntoForce.AddDays(InitialReportDays), Rules.InitialReport);

    /// <summary>
    /// Art. 7(2) says reports are annual and due by 30 April, not which year's comes first.
    /// CcmBot's reading, kept here only: the first annual report is due on the first 30 April
    /// strictly after the initial report falls due, and covers the calendar year before it.
    /// </summary>
    public static int FirstAnnualReportYear(DateOnly entryIntoForce)
    {
        var initialDue = InitialReportDue(entryIntoForce).Date;
        var firstDueYear = initialDue < new DateOnly(initialDue.Year, 4, 30) ? initialDue.Year : initialDue.Year + 1;
        return firstDueYear - 1;
    }

    /// <summary>Art. 7(2): the report covering <paramref name="calendarYear"/> is due on 30 April of the next year.</summary>
    public static RuleDeadline AnnualReportDue(int calendarYear) =>
        new(new DateOnly(calendarYear + 1, 4, 30), Rules.AnnualReport);

    /// <summary>Art. 3(2).</summary>
    public static RuleDeadline StockpileDestructionDue(DateOnly entryIntoForce) =>
        new(entryIntoForce.AddYears(StockpileYears), Rules.StockpileDestruction);

    /// <summary>Art. 4(1)(a).</summary>
    public static RuleDeadline ClearanceDue(DateOnly entryIntoForce) =>
        new(entryIntoForce.AddYears(ClearanceYears), Rules.Clearance);

    /// <summary>Art. 20(2).</summary>
    public static RuleDeadline WithdrawalEffective(DateOnly instrumentReceived) =>
        new(instrumentReceived.AddMonths(6), Rules.Withdrawal);

    /// <summary>DAP Action 4.1(a).</summary>
    public static RuleDeadline VictimAssistanceFocalPointDue() => new(new DateOnly(2016, 12, 31), Rules.VictimAssistanceFocalPoint);

    /// <summary>DAP Action 4.1(c).</summary>
    public static RuleDeadline VictimAssistanceActionPlanDue() => new(new DateOnly(2018, 12, 31), Rules.VictimAssistanceActionPlan);

    /// <summary>DAP Action 3.1(a): two years from the 1RC or from entry into force, whichever is later.</summary>
    public static RuleDeadline ContaminationSurveyDue(DateOnly entryIntoForce) =>
        new(Later(FirstReviewConferenceEnd, entryIntoForce).AddYears(2), Rules.ContaminationSurvey);

    /// <summary>DAP Action 3.3(a): one year from the 1RC or from entry into force, whichever is later.</summary>
    public static RuleDeadline ClearancePlanDue(DateOnly entryIntoForce) =>
        new(Later(FirstReviewConferenceEnd, entryIntoForce).AddYears(1), Rules.ClearancePlan);

    /// <summary>
    /// LAP Action 47: before the 11MSP for States Parties in force when the LAP was adopted;
    /// "within two years" for new States Parties, counted here from entry into force (our reading).
    /// </summary>
    public static RuleDeadline NationalMeasuresDue(DateOnly entryIntoForce) =>
        entryIntoForce <= LausanneActionPlanAdopted
            ? new(EleventhMeetingOpens, Rules.NationalMeasures)
            : new(entryIntoForce.AddYears(2), Rules.NationalMeasures);

    static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
