namespace CcmBot.Core.Treaties;

public enum InstrumentKind { None, Ratification, Accession, Acceptance, Approval }

/// <summary>A State that signed or joined the Convention, as the membership data records it.</summary>
public sealed record StateInfo(
    string Iso3,
    string Name,
    string Region,
    DateOnly? SignatureDate,
    InstrumentKind Instrument,
    DateOnly? InstrumentDate,
    DateOnly? RecordedEntryIntoForce,
    DateOnly? WithdrawalNotified,
    DateOnly? WithdrawalEffective,
    Provenance Provenance)
{
    /// <summary>Entry into force as the rule computes it from the deposit date (Art. 17).</summary>
    public DateOnly? EntryIntoForce => InstrumentDate is { } deposit ? TreatyCalendar.EntryIntoForce(deposit).Date : null;

    /// <summary>A member of the United Nations (the UN Member States list); null where the data do not say.</summary>
    public bool? UnMember { get; init; }
}

public enum MembershipStatus
{
    /// <summary>Neither signed nor deposited an instrument by that date.</summary>
    NotParty,
    Signatory,
    /// <summary>Instrument deposited, Convention not yet in force for the State.</summary>
    StatePartyNotYetInForce,
    InForce,
    Withdrawn,
}

public sealed record MembershipAt(MembershipStatus Status, DateOnly AsOf, string Explanation)
{
    /// <summary>States Parties in the ISU's sense: instrument deposited and not withdrawn.</summary>
    public bool IsStateParty => Status is MembershipStatus.StatePartyNotYetInForce or MembershipStatus.InForce;
    public bool IsInForce => Status == MembershipStatus.InForce;
}

public static class Membership
{
    public static MembershipAt At(StateInfo state, DateOnly asOf)
    {
        if (state.WithdrawalEffective is { } left && asOf >= left)
            return new(MembershipStatus.Withdrawn, asOf, $"withdrew: notice {FormatOrUnknown(state.WithdrawalNotified)}, effective {Dates.Format(left)} ({Rules.Withdrawal.Citation})");

        if (state.InstrumentDate is { } deposit && asOf >= deposit)
        {
            var eif = TreatyCalendar.EntryIntoForce(deposit).Date;
            var instrument = state.Instrument.ToString().ToLowerInvariant();
            if (asOf < eif)
                return new(MembershipStatus.StatePartyNotYetInForce, asOf,
                    $"{instrument} deposited {Dates.Format(deposit)}; in force from {Dates.Format(eif)} ({Rules.EntryIntoForce.Citation})");
            var pending = state.WithdrawalNotified is { } notice && asOf >= notice
                ? $"; withdrawal notified {Dates.Format(notice)}, effective {FormatOrUnknown(state.WithdrawalEffective)}"
                : "";
            return new(MembershipStatus.InForce, asOf,
                $"{instrument} deposited {Dates.Format(deposit)}; in force since {Dates.Format(eif)} ({Rules.EntryIntoForce.Citation}){pending}");
        }

        if (state.SignatureDate is { } signed && asOf >= signed)
            return new(MembershipStatus.Signatory, asOf, $"signed {Dates.Format(signed)}; not ratified");

        return new(MembershipStatus.NotParty, asOf, "had neither signed nor joined");
    }

    static string FormatOrUnknown(DateOnly? date) => date is { } d ? Dates.Format(d) : "date not recorded";
}
