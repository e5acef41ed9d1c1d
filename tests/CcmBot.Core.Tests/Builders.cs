using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests;

/// <summary>Small, readable test data: States and facts made up for the case at hand.</summary>
static class A
{
    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static readonly Provenance Source = new("test source", PartialDate.Parse("2026-01-23"));

    public static StateInfo State(string iso3 = "AAA", string name = "Testland", string region = "Europe",
        string? signed = "2008-12-03", InstrumentKind instrument = InstrumentKind.Ratification, string? deposited = "2011-03-09",
        string? withdrawalNotified = null, string? withdrawalEffective = null)
    {
        var deposit = deposited is null ? (DateOnly?)null : Day(deposited);
        return new StateInfo(iso3, name, region, signed is null ? null : Day(signed),
            deposited is null ? InstrumentKind.None : instrument, deposit,
            deposit is { } d ? TreatyCalendar.EntryIntoForce(d).Date : null,
            withdrawalNotified is null ? null : Day(withdrawalNotified),
            withdrawalEffective is null ? null : Day(withdrawalEffective), Source);
    }

    public static StateInfo Signatory(string iso3 = "SIG", string name = "Signland", string signed = "2009-03-18") =>
        State(iso3, name, "Africa", signed, InstrumentKind.None, null);

    public static DeliverableEvidence Evidence(Deliverable deliverable, EvidenceKind kind, string date, string iso3 = "AAA", string source = "evidence source") =>
        new(iso3, deliverable, kind, PartialDate.Parse(date), new Provenance(source, PartialDate.Parse(date.Split('/')[^1])));

    public static ObligationEvent Event(int article, ObligationEventKind kind, string date = "", string deadline = "", string iso3 = "AAA",
        bool conditional = false, string dataAsOf = "2026-02", string? grantedBy = null, string source = "obligation source") =>
        new(iso3, article, kind, PartialDate.Parse(date), PartialDate.Parse(deadline), grantedBy, conditional ? "Conditional on contamination." : null,
            conditional, new Provenance(source, PartialDate.Parse(dataAsOf)));
}
