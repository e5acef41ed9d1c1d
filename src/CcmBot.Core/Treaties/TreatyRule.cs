namespace CcmBot.Core.Treaties;

/// <summary>A rule from the Convention or an action plan that a deadline comes from; answers cite it.</summary>
public sealed record TreatyRule(string Id, string Citation, string Description)
{
    public override string ToString() => $"{Description} ({Citation})";
}

public static class Rules
{
    public static readonly TreatyRule EntryIntoForce = new("art17", "Art. 17",
        "entry into force on the first day of the sixth month after the month of deposit, and not before 1 Aug 2010");
    public static readonly TreatyRule InitialReport = new("art7.1", "Art. 7(1)",
        "initial transparency report due 180 days after entry into force");
    public static readonly TreatyRule AnnualReport = new("art7.2", "Art. 7(2)",
        "annual report due 30 April, covering the previous calendar year; the first one is taken to be the 30 April after the initial report falls due (CcmBot's reading)");
    public static readonly TreatyRule StockpileDestruction = new("art3.2", "Art. 3(2)",
        "stockpile destruction within 8 years of entry into force; extensions of up to 4 years may be granted (Art. 3(3)-(6))");
    public static readonly TreatyRule Clearance = new("art4.1", "Art. 4(1)",
        "clearance of cluster munition remnants within 10 years of entry into force; extensions of up to 5 years may be granted (Art. 4(5)-(8))");
    public static readonly TreatyRule Signature = new("art15", "Art. 15",
        "open for signature at Oslo on 3 December 2008 and afterwards at United Nations Headquarters in New York until its entry into force; after that, a State that has not signed may accede (Art. 16(2))");
    public static readonly TreatyRule Withdrawal = new("art20", "Art. 20(2)",
        "withdrawal takes effect six months after the instrument of withdrawal is received");
    public static readonly TreatyRule VictimAssistanceFocalPoint = new("dap4.1a", "DAP Action 4.1(a)",
        "States Parties with victims designate a victim assistance focal point by the end of 2016");
    public static readonly TreatyRule VictimAssistanceActionPlan = new("dap4.1c", "DAP Action 4.1(c)",
        "States Parties with victims adopt a national disability or victim assistance action plan by the end of 2018");
    public static readonly TreatyRule ContaminationSurvey = new("dap3.1", "DAP Action 3.1(a)",
        "States Parties with Art. 4 obligations establish the location and extent of contamination within two years of the 1RC (or of entry into force, if later)");
    public static readonly TreatyRule ClearancePlan = new("dap3.3", "DAP Action 3.3(a)",
        "States Parties with Art. 4 obligations draw up a national clearance strategy and plan within one year of the 1RC (or of entry into force, if later)");
    public static readonly TreatyRule NationalMeasures = new("lap47", "LAP Action 47",
        "national implementation measures (Art. 9) in place before the 11MSP (2023), or within two years for new States Parties (counting from entry into force is CcmBot's reading)");
    public static readonly TreatyRule Article9 = new("art9", "Art. 9",
        "each State Party takes legal, administrative and other measures to implement the Convention (no treaty deadline)");
    public static readonly TreatyRule VictimAssistance = new("art5", "Art. 5",
        "States Parties with cluster munition victims provide assistance (no treaty deadline)");

    public static IReadOnlyList<TreatyRule> All { get; } =
    [
        EntryIntoForce, Signature, InitialReport, AnnualReport, StockpileDestruction, Clearance, Withdrawal,
        VictimAssistanceFocalPoint, VictimAssistanceActionPlan, ContaminationSurvey, ClearancePlan,
        NationalMeasures, Article9, VictimAssistance,
    ];
}
