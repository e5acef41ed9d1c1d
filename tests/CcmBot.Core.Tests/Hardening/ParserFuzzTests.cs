using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;
using CcmBot.Core.Treaties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CcmBot.Core.Tests.Hardening;

/// <summary>
/// The parsers on their own, with lines built from the words coordinators use, hostile fragments and
/// arbitrary characters: whatever comes in, they return an answer or a refusal, never an exception.
/// </summary>
public sealed class ParserFuzzTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [A.State("TGO", "Togo", "Africa", deposited: "2012-06-22"), A.State("LAO", "Lao People's Democratic Republic", "Asia", deposited: "2009-03-18"),
         A.Signatory("COD", "Democratic Republic of the Congo")],
        aliases: [new("LAO", "Lao PDR"), new("COD", "DRC")]);

    static readonly string[] Words =
    [
        "log", "démarche", "letter", "to", "Togo", "Lao PDR", "DRC", "and", "on", "3 May 2018", "30/06/2017", "2017-06-30", "June 2017",
        "end of 2016", "last year", "next month", "before 2027", "after", "since", "between", "as of", "about", "overdue", "initial report",
        "annual", "Article 4", "Art. 3", "deadlines", "milestones", "NIM", "DAP", "LAP", "follow up", "outcome:", "committed", "edit contact 1:",
        "close contact", "remind me", "every", "Monday", "at 9:00", "Europe/Zurich", "daily digest", "except", "weekends", "stop reminders",
        "who", "which", "signatories", "how many", "States Parties", "tell me about", "profile", "?", ",", ";", ":", "-", "#", "\"", "'",
        "$.Name = 'x' OR 1=1", "<script>", "{{7*7}}", "\u202E", "\u200B", "\u0000", "\r\n", "9999-12-31", "0001-01-01", "31/02/2017", "99",
        "-1", "1e309", "within 99999 days", "in the next 5000 months", "on the 99th", "at 25:61", "Mars/Olympus",
        "submitted", "received", "ratified", "acceded", "signed", "withdrawal", "effective", "extended to", "by the 11MSP", "completed",
        "stockpile", "clearance", "Article 9", "specific legislation", "focal point", "reporting data complete up to", "(UKR, Europe)",
        "ref:", "https://x.y/z", "revert change 1", "history of", "what changed", "import receipts", "state,report,received_on\n",
        "we", "met", "called", "the Togolese ambassador", "Lao's mission", "yesterday", "re", "regarding", "wrote to", "sent a letter to",
    ];

    static readonly Arbitrary<string> Lines = Gen.OneOf(
            Gen.Elements(Words).ArrayOf().Select(parts => string.Join(" ", parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.Elements(Words).ArrayOf().Zip(ArbMap.Default.GeneratorFor<string>(), (parts, noise) => string.Join(" ", parts) + (noise ?? "")))
        .ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property The_question_engine_answers_every_line() =>
        Prop.ForAll(Lines, line => new AnswerEngine().Answer(line, Data, Today).Text.Length > 0);

    [Property(MaxTest = 3000)]
    public Property The_outreach_parser_reads_or_refuses_every_line() =>
        Prop.ForAll(Lines, line => OutreachCommands.Parse(line) is not null);

    /// <summary>Outreach told in a sentence: a draft to confirm, or nothing, and any draft checked like a typed one.</summary>
    [Property(MaxTest = 3000)]
    public Property The_outreach_narrative_reader_reads_or_refuses_every_line() =>
        Prop.ForAll(Lines, line =>
        {
            if (OutreachNarrative.Read(line, Today, Data.Resolver) is { } draft) ContactValidator.Validate(draft, Data.Resolver, Today);
            return true;
        });

    [Property(MaxTest = 3000)]
    public Property The_reminder_parser_reads_or_refuses_every_line() =>
        Prop.ForAll(Lines, line => ReminderCommands.Parse(line) is not null);

    /// <summary>Statements of fact: read, and any draft checked against the treaty's rules, without an exception.</summary>
    [Property(MaxTest = 3000)]
    public Property The_data_parser_and_validator_read_or_refuse_every_line() =>
        Prop.ForAll(Lines, line =>
        {
            var command = CcmBot.Core.Records.DataCommands.Parse(line, Today);
            if (command.Draft is { } draft) CcmBot.Core.Records.FactValidator.Validate(draft, Data, Today);
            if (command.CsvText is { } csv) CcmBot.Core.Records.FactCsv.Read(command.Import!.Value, csv);
            return true;
        });

    [Property(MaxTest = 1000)]
    public Property The_csv_reader_reads_or_refuses_every_file() =>
        Prop.ForAll(Lines, text =>
        {
            var (rows, _) = CcmBot.Core.Records.FactCsv.Read(CcmBot.Core.Records.ImportKind.Receipts, "state,report,received_on\n" + text);
            foreach (var row in rows) CcmBot.Core.Records.FactValidator.Validate(row.Draft, Data, Today);
            CcmBot.Core.Records.FactCsv.Read(CcmBot.Core.Records.ImportKind.Membership, text);
            return true;
        });

    [Fact]
    public void A_line_of_100_000_characters_is_handled()
    {
        var line = string.Concat(Enumerable.Repeat("log démarche to Togo on 3 May 2018 (((( ", 2500));
        Assert.NotEmpty(new AnswerEngine().Answer(line, Data, Today).Text);
        Assert.NotNull(OutreachCommands.Parse(line));
        Assert.NotNull(ReminderCommands.Parse(line));
        Assert.NotNull(CcmBot.Core.Records.DataCommands.Parse(line, Today));
        Assert.Null(OutreachNarrative.Read(line, Today, Data.Resolver));
        Assert.NotNull(OutreachNarrative.Read("we met the Togolese ambassador about " + new string('x', 1_900), Today, Data.Resolver));
    }
}
