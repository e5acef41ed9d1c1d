using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Storage;

public sealed class CcmStoreTests : IDisposable
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    static string ShippedData => Path.Combine(AppContext.BaseDirectory, "ReferenceData");

    string CopyOfShippedData(string name)
    {
        var target = _folder.File(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(ShippedData)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    [Fact]
    public void First_start_seeds_every_reference_file_and_a_second_start_changes_nothing()
    {
        var set = ReferenceDataSet.Load(ShippedData);
        using var store = CcmStore.Open(_folder.File("store.db"));
        var first = store.SyncReferenceData(set, Now);
        Assert.True(first.Changed);
        Assert.Equal(set.Rows.Values.Sum(r => r.Count), first.Added);
        Assert.Equal(197, store.EffectiveRows("states").Count); // 125 that signed or joined, 72 other UN Member States
        Assert.False(store.SyncReferenceData(set, Now).Changed);
    }

    [Fact]
    public void A_newer_shipped_version_updates_reference_rows_and_never_touches_user_rows()
    {
        var v1 = CopyOfShippedData("v1");
        using var store = CcmStore.Open(_folder.File("store.db"));
        store.SyncReferenceData(ReferenceDataSet.Load(v1), Now);
        store.InsertUserRow("report_evidence", "PLW|initial|submitted_on|2017-09-15|user",
            new Dictionary<string, string>
            {
                ["state"] = "Palau", ["iso3"] = "PLW", ["deliverable"] = "initial", ["kind"] = "submitted_on", ["date"] = "2017-09-15",
                ["note"] = "received by the ISU", ["source"] = "ISU e-mail of 15 Sep 2017", ["as_of"] = "2017-09-15",
            }, "isu-user", Now);
        var correction = Row(store, "states", "MDG");
        var corrected = new Dictionary<string, string>(correction) { ["region"] = "Africa (corrected)", ["source"] = "user correction" };
        corrected.Remove("key"); corrected.Remove("origin"); corrected.Remove("ref_hash");
        store.InsertUserRow("states", "MDG", corrected, "isu-user", Now);

        // The next release changes Austria's region, drops Zambia and rewrites Madagascar.
        var v2 = CopyOfShippedData("v2");
        var states = Path.Combine(v2, "states.csv");
        var lines = File.ReadAllLines(states).Where(l => !l.StartsWith("Zambia,", StringComparison.Ordinal))
            .Select(l => l.StartsWith("Austria,", StringComparison.Ordinal) ? l.Replace(",Europe,", ",Central Europe,") : l)
            .Select(l => l.StartsWith("Madagascar,", StringComparison.Ordinal) ? l.Replace(",Africa,", ",Indian Ocean,") : l);
        File.WriteAllLines(states, lines);

        var result = store.SyncReferenceData(ReferenceDataSet.Load(v2), Now);

        Assert.True(result.Changed);
        Assert.Equal(2, result.Updated);
        Assert.Equal(1, result.Removed);
        var rows = store.EffectiveRows("states");
        Assert.Equal("Central Europe", rows.Single(r => r["iso3"] == "AUT")["region"]);
        Assert.DoesNotContain(rows, r => r["iso3"] == "ZMB");
        var madagascar = rows.Single(r => r["iso3"] == "MDG");
        Assert.Equal("user", madagascar["origin"]);
        Assert.Equal("Africa (corrected)", madagascar["region"]);
        var receipt = Assert.Single(store.EffectiveRows("report_evidence"), r => r["origin"] == "user");
        Assert.Equal("2017-09-15", receipt["date"]);
        Assert.Equal("isu-user", receipt["entered_by"]);

        // The disagreement is reported, with both values and both sources, not resolved silently.
        Assert.Equal(1, result.Conflicts);
        var (data, _) = TreatyDataLoader.Load(store);
        var conflict = Assert.Single(data.ConflictsFor("MDG"));
        Assert.Equal("region Africa (corrected)", conflict.ClaimA);
        Assert.Equal("user correction", conflict.SourceA);
        Assert.Equal("region Indian Ocean", conflict.ClaimB);
        Assert.StartsWith("the user's correction is used", conflict.Resolution);
        Assert.Equal("Africa (corrected)", data.State("MDG")!.Region);
    }

    [Fact]
    public void User_rows_survive_closing_and_reopening_the_file()
    {
        var path = _folder.File("store.db");
        using (var store = CcmStore.Open(path))
        {
            store.SyncReferenceData(ReferenceDataSet.Load(ShippedData), Now);
            store.InsertUserRow("report_evidence", "k", new Dictionary<string, string> { ["iso3"] = "PLW", ["source"] = "s", ["as_of"] = "2017-09-15" }, "u", Now);
        }
        using var reopened = CcmStore.Open(path);
        Assert.Single(reopened.EffectiveRows("report_evidence"), r => r["origin"] == "user");
        Assert.False(reopened.SyncReferenceData(ReferenceDataSet.Load(ShippedData), Now).Changed);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(8192)]
    [InlineData(100_000)]
    public void A_corrupt_file_stops_with_a_message_naming_it_and_is_left_as_it_was(int size)
    {
        var path = _folder.File("broken.db");
        var garbage = new byte[size];
        new Random(size).NextBytes(garbage);
        File.WriteAllBytes(path, garbage);

        var error = Assert.Throws<StoreUnavailableException>(() => CcmStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("restore a backup", error.Message);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_second_opener_of_the_same_file_is_refused_until_the_first_closes()
    {
        var path = _folder.File("store.db");
        using (CcmStore.Open(path))
        {
            var error = Assert.Throws<StoreUnavailableException>(() => CcmStore.Open(path));
            Assert.Contains("in use by another CcmBot process", error.Message);
        }
        using var reopened = CcmStore.Open(path);
    }

    [Fact]
    public void A_missing_reference_file_is_refused_before_anything_is_written()
    {
        var data = CopyOfShippedData("incomplete");
        File.Delete(Path.Combine(data, "meetings.csv"));
        var error = Assert.Throws<InvalidDataException>(() => ReferenceDataSet.Load(data));
        Assert.Contains("meetings.csv", error.Message);
    }

    static IReadOnlyDictionary<string, string> Row(CcmStore store, string collection, string iso3) =>
        store.EffectiveRows(collection).Single(r => r["iso3"] == iso3);
}
