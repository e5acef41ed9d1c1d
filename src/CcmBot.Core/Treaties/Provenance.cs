namespace CcmBot.Core.Treaties;

/// <summary>Where a fact comes from and as of when the source knew it.</summary>
public sealed record Provenance(string Source, PartialDate AsOf)
{
    public override string ToString() => AsOf.IsKnown ? $"{SourceNames.Friendly(Source)} (as of {AsOf.Display()})" : SourceNames.Friendly(Source);
}

/// <summary>Whether a record came with CcmBot's reference data or was entered by a user.</summary>
public enum RecordOrigin { Reference, User }

/// <summary>Seed documents are cited by file name in the data; answers name them the way people know them.</summary>
public static class SourceNames
{
    static readonly (string File, string Name)[] Seeds =
    [
        ("000_c75e60c222d8eb09.txt", "NIM concept note, 2016 (seed 000)"),
        ("001_a6b7591228b38749.txt", "NIM concept note for the Lausanne Action Plan, c. 2022 (seed 001)"),
        ("002_41a29b191f5a402d.txt", "7MSP progress report, data as of 30 Jun 2017 (seed 002)"),
        ("004_161eb17078ab0aec.txt", "1RC final report, Sep 2015 (seed 004)"),
    ];

    /// <summary>"per Monitor 2022", or for what a user recorded, "recorded by isu via chat on …" as it stands.</summary>
    public static string Per(string source) =>
        source.StartsWith("recorded by ", StringComparison.OrdinalIgnoreCase) ? source : $"per {Friendly(source)}";

    public static string Friendly(string source)
    {
        foreach (var (file, name) in Seeds)
        {
            var first = source.IndexOf(file, StringComparison.Ordinal);
            if (first < 0) continue;
            // The first mention gets the document's name, later ones "seed NNN".
            source = source[..first] + name + source[(first + file.Length)..].Replace(file, $"seed {file[..3]}");
        }
        return source;
    }
}
