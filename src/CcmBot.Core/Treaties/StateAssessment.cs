namespace CcmBot.Core.Treaties;

/// <summary>Every obligation of one State on one date, each from its own rule.</summary>
public static class StateAssessment
{
    public static ObligationAssessment InitialReport(TreatyData data, StateInfo state, DateOnly asOf)
    {
        var membership = Membership.At(state, asOf);
        if (state.EntryIntoForce is not { } eif || membership.Status is MembershipStatus.NotParty or MembershipStatus.Signatory or MembershipStatus.Withdrawn)
            return new(Deliverable.InitialReport.Name, ObligationStatus.NotApplicable, null, Rules.InitialReport, NotBoundText(membership), []);
        return DeliverableAssessor.Assess(Deliverable.InitialReport, TreatyCalendar.InitialReportDue(eif), asOf, data.EvidenceFor(state.Iso3), data.ReportingCoverage);
    }

    /// <summary>Annual reports that had fallen due by <paramref name="asOf"/>, oldest first.</summary>
    public static IReadOnlyList<ObligationAssessment> AnnualReports(TreatyData data, StateInfo state, DateOnly asOf)
    {
        var membership = Membership.At(state, asOf);
        if (state.EntryIntoForce is not { } eif || !membership.IsInForce) return [];
        var evidence = data.EvidenceFor(state.Iso3).ToList();
        var results = new List<ObligationAssessment>();
        for (var year = TreatyCalendar.FirstAnnualReportYear(eif); TreatyCalendar.AnnualReportDue(year).Date < asOf; year++)
            results.Add(DeliverableAssessor.Assess(Deliverable.AnnualReport(year), TreatyCalendar.AnnualReportDue(year), asOf, evidence, data.ReportingCoverage));
        return results;
    }

    /// <summary>For a State Party, the next annual report to fall due on or after <paramref name="asOf"/> (Art. 7(2)); null otherwise.</summary>
    public static (int Year, DateOnly Due)? NextAnnualReport(StateInfo state, DateOnly asOf)
    {
        if (state.EntryIntoForce is not { } eif || !Membership.At(state, asOf).IsStateParty) return null;
        var firstNotYetDue = asOf > new DateOnly(asOf.Year, 4, 30) ? asOf.Year : asOf.Year - 1;
        var year = Math.Max(TreatyCalendar.FirstAnnualReportYear(eif), firstNotYetDue);
        return (year, TreatyCalendar.AnnualReportDue(year).Date);
    }

    public static ObligationAssessment AnnualReport(TreatyData data, StateInfo state, int calendarYear, DateOnly asOf)
    {
        var deliverable = Deliverable.AnnualReport(calendarYear);
        var membership = Membership.At(state, asOf);
        if (state.EntryIntoForce is not { } eif || !membership.IsInForce && membership.Status != MembershipStatus.StatePartyNotYetInForce)
            return new(deliverable.Name, ObligationStatus.NotApplicable, null, Rules.AnnualReport, NotBoundText(membership), []);
        if (calendarYear < TreatyCalendar.FirstAnnualReportYear(eif))
            return new(deliverable.Name, ObligationStatus.NotApplicable, null, Rules.AnnualReport,
                $"no annual report owed for {calendarYear}: the first is for {TreatyCalendar.FirstAnnualReportYear(eif)}", []);
        return DeliverableAssessor.Assess(deliverable, TreatyCalendar.AnnualReportDue(calendarYear), asOf, data.EvidenceFor(state.Iso3), data.ReportingCoverage);
    }

    public static ObligationAssessment Article(TreatyData data, StateInfo state, int article, DateOnly asOf) =>
        ArticleObligationAssessor.Assess(state, article, asOf, data.EventsFor(state.Iso3));

    /// <summary>Art. 5 obligations as seed snapshots record them (States reporting victims).</summary>
    public static ArticleSnapshot? VictimAssistanceSnapshot(TreatyData data, StateInfo state, DateOnly asOf) =>
        data.ArticleSnapshots.Where(s => s.Iso3 == state.Iso3 && s.Article == "5" && s.AsOf.IsKnown)
            .OrderByDescending(s => s.AsOf.Latest).FirstOrDefault();

    /// <summary>DAP Action 4.1 deliverables, for States that reported victims (Art. 5).</summary>
    public static IReadOnlyList<ObligationAssessment> VictimAssistance(TreatyData data, StateInfo state, DateOnly asOf)
    {
        if (VictimAssistanceSnapshot(data, state, asOf) is null || !Membership.At(state, asOf).IsInForce) return [];
        var evidence = data.EvidenceFor(state.Iso3).ToList();
        return
        [
            DeliverableAssessor.Assess(Deliverable.FocalPoint, TreatyCalendar.VictimAssistanceFocalPointDue(), asOf, evidence),
            DeliverableAssessor.Assess(Deliverable.ActionPlan, TreatyCalendar.VictimAssistanceActionPlanDue(), asOf, evidence),
        ];
    }

    /// <summary>The newest Art. 9 observation made on or before <paramref name="asOf"/>.</summary>
    public static Article9Observation? Article9At(TreatyData data, StateInfo state, DateOnly asOf) =>
        data.Article9.Where(o => o.Iso3 == state.Iso3 && o.AsOf.IsKnown && o.AsOf.Earliest <= asOf)
            .OrderByDescending(o => o.AsOf.Latest).ThenBy(o => o.AsOf.Precision == DatePrecision.Span ? 1 : 0)
            .FirstOrDefault();

    /// <summary>LAP Action 47 (national measures in place), judged from Art. 9 observations.</summary>
    public static ObligationAssessment? NationalMeasures(TreatyData data, StateInfo state, DateOnly asOf)
    {
        var membership = Membership.At(state, asOf);
        if (state.EntryIntoForce is not { } eif || !membership.IsStateParty || asOf < TreatyCalendar.LausanneActionPlanAdopted) return null;
        var evidence = data.Article9.Where(o => o.Iso3 == state.Iso3 && o.AsOf.IsKnown)
            .Select(o => new DeliverableEvidence(state.Iso3, Deliverable.InitialReport,
                o.Category is Article9Category.SpecificLegislation or Article9Category.ExistingLawSufficient ? EvidenceKind.SubmittedBy : EvidenceKind.NotSubmittedAt,
                o.AsOf, o.Provenance, $"{Article9Observation.Label(o.Category)}, {o.Basis}"));
        var assessment = DeliverableAssessor.Assess(Deliverable.InitialReport, TreatyCalendar.NationalMeasuresDue(eif), asOf, evidence);
        return assessment with { Obligation = "national implementation measures (LAP Action 47)" };
    }

    static string NotBoundText(MembershipAt membership) => membership.Status switch
    {
        MembershipStatus.Withdrawn => $"no longer bound: {membership.Explanation}",
        MembershipStatus.Signatory => "signatories owe no reports",
        _ => "not a State Party on that date",
    };
}
