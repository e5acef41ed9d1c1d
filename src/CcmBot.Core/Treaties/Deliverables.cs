namespace CcmBot.Core.Treaties;

public enum DeliverableKind { InitialReport, AnnualReport, VictimAssistanceFocalPoint, VictimAssistanceActionPlan }

/// <summary>Something a State must hand in by a date: a report, a focal point, a plan.</summary>
public sealed record Deliverable(DeliverableKind Kind, int? Year = null)
{
    public static readonly Deliverable InitialReport = new(DeliverableKind.InitialReport);
    public static readonly Deliverable FocalPoint = new(DeliverableKind.VictimAssistanceFocalPoint);
    public static readonly Deliverable ActionPlan = new(DeliverableKind.VictimAssistanceActionPlan);
    public static Deliverable AnnualReport(int calendarYear) => new(DeliverableKind.AnnualReport, calendarYear);

    public string Name => Kind switch
    {
        DeliverableKind.InitialReport => "initial transparency report (Art. 7(1))",
        DeliverableKind.AnnualReport => $"annual report for {Year} (Art. 7(2))",
        DeliverableKind.VictimAssistanceFocalPoint => "victim assistance focal point (DAP Action 4.1(a))",
        _ => "national disability or victim assistance action plan (DAP Action 4.1(c))",
    };
}

public enum EvidenceKind
{
    /// <summary>Handed in within the recorded date (a day, month, year or span).</summary>
    SubmittedOn,
    /// <summary>Seen as handed in at the recorded date; when exactly is not known.</summary>
    SubmittedBy,
    /// <summary>Seen as still missing at the recorded date.</summary>
    NotSubmittedAt,
}

/// <summary>One observation about one State's deliverable, from one source.</summary>
public sealed record DeliverableEvidence(
    string Iso3,
    Deliverable Deliverable,
    EvidenceKind Kind,
    PartialDate Date,
    Provenance Provenance,
    string? Note = null,
    RecordOrigin Origin = RecordOrigin.Reference)
{
    /// <summary>The first day on which the deliverable was certainly in, if this evidence says so.</summary>
    public DateOnly? CertainlyInFrom => Kind switch
    {
        EvidenceKind.SubmittedOn or EvidenceKind.SubmittedBy when Date.IsKnown => Date.Latest,
        _ => null,
    };

    /// <summary>The last day on which the deliverable was certainly still missing, if this evidence says so.</summary>
    public DateOnly? CertainlyMissingUntil => Kind switch
    {
        EvidenceKind.NotSubmittedAt when Date.IsKnown => Date.Earliest,
        EvidenceKind.SubmittedOn when Date.IsKnown && Date.Earliest > DateOnly.MinValue => Date.Earliest.AddDays(-1),
        _ => null,
    };

    public string Describe() => DescribeDay() + (string.IsNullOrWhiteSpace(Note) ? "" : $" ({Note})");

    /// <summary>What was observed and when, without the source's note: "submitted September 2012".</summary>
    public string DescribeDay() => Kind switch
    {
        EvidenceKind.SubmittedOn => $"submitted {(Date.IsExactDay ? "on " : "")}{Date.Display()}",
        EvidenceKind.SubmittedBy => $"recorded as submitted by {(Date.Precision == DatePrecision.Span ? "a day " : "")}{Date.Display()}",
        _ => NotSubmittedAt(Date),
    };

    /// <summary>"recorded as not submitted on 30 Jun 2017", "… at some point between 1 Sep 2021 and 31 Aug 2022".</summary>
    public static string NotSubmittedAt(PartialDate date) => $"recorded as not submitted {(date.Precision == DatePrecision.Span ? "at some point " : "on ")}{date.Display()}";
}

/// <summary>
/// Decides met / overdue / not yet due / unknown for a deliverable from dated observations only:
/// "overdue" needs an observation that it was still missing on or after the date asked about;
/// otherwise the answer is "unknown", never a guess.
/// </summary>
public static class DeliverableAssessor
{
    public static ObligationAssessment Assess(Deliverable deliverable, RuleDeadline deadline, DateOnly asOf, IEnumerable<DeliverableEvidence> evidence, ReportingCoverage? coverage = null)
    {
        var items = evidence.Where(e => e.Deliverable == deliverable).ToList();
        var inFrom = items.Where(e => e.CertainlyInFrom is not null).MinBy(e => e.CertainlyInFrom);
        var missingUntil = items.Where(e => e.CertainlyMissingUntil is not null).MaxBy(e => e.CertainlyMissingUntil);

        if (inFrom is not null && asOf >= inFrom.CertainlyInFrom!.Value)
        {
            if (missingUntil is not null && asOf <= missingUntil.CertainlyMissingUntil!.Value)
                return new(deliverable.Name, ObligationStatus.Unknown, deadline.Date, deadline.Rule,
                    $"sources disagree: {inFrom.Describe()} {SourceNames.Per(inFrom.Provenance.Source)}, but {missingUntil.Describe()} {SourceNames.Per(missingUntil.Provenance.Source)}",
                    [inFrom.Provenance, missingUntil.Provenance]);

            bool? submittedLate = inFrom.Kind != EvidenceKind.SubmittedOn || !inFrom.Date.IsKnown ? null
                : inFrom.Date.Earliest > deadline.Date ? true : inFrom.Date.Latest <= deadline.Date ? false : null;
            return new(deliverable.Name, ObligationStatus.Met, deadline.Date, deadline.Rule,
                $"due {Dates.Format(deadline.Date)}; {inFrom.Describe()}{(submittedLate == true ? " (after the deadline)" : "")}", [inFrom.Provenance]) { SubmittedLate = submittedLate, Submission = inFrom.DescribeDay() };
        }

        if (asOf <= deadline.Date)
        {
            return new(deliverable.Name, ObligationStatus.NotYetDue, deadline.Date, deadline.Rule,
                $"due {Dates.Format(deadline.Date)}", []);
        }

        if (missingUntil is not null && asOf <= missingUntil.CertainlyMissingUntil!.Value)
        {
            // Cite the observation nearest the date asked about (seed 002 for 2017, not a 2022 list).
            var nearest = items.Where(e => e.CertainlyMissingUntil is { } until && until >= asOf).MinBy(e => e.CertainlyMissingUntil)!;
            var days = asOf.DayNumber - deadline.Date.DayNumber;
            var seen = nearest.Kind == EvidenceKind.SubmittedOn ? $"not submitted until {nearest.Date.Display()}" + (string.IsNullOrWhiteSpace(nearest.Note) ? "" : $" ({nearest.Note})") : nearest.Describe();
            return new(deliverable.Name, ObligationStatus.Overdue, deadline.Date, deadline.Rule,
                $"due {Dates.Format(deadline.Date)}, {Dates.DaysOverdue(days)}; {seen}", [nearest.Provenance]);
        }

        // Complete data up to the date asked about: no receipt on record by then means it was missing,
        // unless a receipt of unknown date could fall before it.
        if (coverage is not null && asOf <= coverage.CompleteUntil
            && !items.Any(e => e.Kind == EvidenceKind.SubmittedBy || e.Kind == EvidenceKind.SubmittedOn && e.Date.IsKnown && e.Date.Earliest <= asOf))
        {
            var days = asOf.DayNumber - deadline.Date.DayNumber;
            return new(deliverable.Name, ObligationStatus.Overdue, deadline.Date, deadline.Rule,
                $"due {Dates.Format(deadline.Date)}, {Dates.DaysOverdue(days)}; no receipt recorded, and reporting data is declared complete up to {Dates.Format(coverage.CompleteUntil)}",
                [coverage.Provenance]);
        }

        var lastKnown = missingUntil is not null
            ? $"; last {missingUntil.Describe()} {SourceNames.Per(missingUntil.Provenance.Source)}"
            : inFrom is not null ? $"; {inFrom.Describe()}, after the date asked about" : "; no record of it either way";
        return new(deliverable.Name, ObligationStatus.Unknown, deadline.Date, deadline.Rule,
            $"due {Dates.Format(deadline.Date)}; the data does not say whether it had been submitted by {Dates.Format(asOf)}{lastKnown}",
            new[] { missingUntil?.Provenance, inFrom?.Provenance }.OfType<Provenance>().ToList()) { LastRecordedMissing = missingUntil?.Date };
    }

    /// <summary>
    /// A complete list of States overdue with their initial report on one date (e.g. seed 002 §84)
    /// says two things: the listed ones were missing, every other State Party whose report was
    /// certainly due by then had submitted.
    /// </summary>
    public static IEnumerable<DeliverableEvidence> FromCompleteOverdueList(
        IEnumerable<StateInfo> states, ISet<string> overdueIso3, PartialDate observed, Provenance provenance, string? note = null)
    {
        foreach (var state in states)
        {
            if (state.EntryIntoForce is not { } eif) continue;
            if (state.WithdrawalEffective is { } left && left <= observed.Latest) continue;
            if (overdueIso3.Contains(state.Iso3))
            {
                yield return new(state.Iso3, Deliverable.InitialReport, EvidenceKind.NotSubmittedAt, observed, provenance, note);
                continue;
            }
            var due = TreatyCalendar.InitialReportDue(eif).Date;
            if (due < observed.Earliest)
                yield return new(state.Iso3, Deliverable.InitialReport, EvidenceKind.SubmittedBy, observed, provenance,
                    "not on the source's complete list of overdue initial reports");
        }
    }
}
