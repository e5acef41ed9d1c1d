using System.IO.Compression;
using System.Text.Json.Nodes;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Channels;

/// <summary>The Teams app package: placeholders filled, zipped, valid against the official 1.29 schema file.</summary>
public sealed class TeamsManifestTests : IClassFixture<Questions.QuestionSuiteTests.Host>, IDisposable
{
    const string BotId = "6f1a2f6a-0d7b-4c39-9c1c-2d1a5b7c0001";
    readonly CcmBotFactory _factory;
    readonly TempFolder _folder = new();

    public TeamsManifestTests(Questions.QuestionSuiteTests.Host host) => _factory = host.Factory;
    public void Dispose() => _folder.Dispose();

    static string Schema => Path.Combine(Node.RepositoryRoot(), "manifests", "teams", "schema", "MicrosoftTeams.schema.json");
    static string Teams => Path.Combine(Node.RepositoryRoot(), "manifests", "teams");

    [Fact]
    public async Task The_package_builds_with_the_placeholders_filled_and_validates_against_the_schema()
    {
        var (code, output) = await Node.RunAsync("bash", [Path.Combine(Teams, "build-package.sh"), BotId, "ccmbot.example.org"], Teams);
        Assert.True(code == 0, output);

        var zipPath = Path.Combine(Teams, "build", "ccmbot-teams.zip");
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = await reader.ReadToEndAsync();
            Assert.DoesNotContain("{{", manifest);
            var json = JsonNode.Parse(manifest)!;
            Assert.Equal(BotId, json["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Equal(["personal", "team", "groupChat"], json["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        }

        var validator = await Node.ToolAsync("manifest-validator");
        var (valid, report) = await Node.RunAsync("node", ["validate.js", Schema, Path.Combine(Teams, "build", "manifest.json")], validator);
        Assert.True(valid == 0, report);
        Assert.Contains("valid against manifest schema 1.29", report);
    }

    [Fact]
    public async Task The_validator_rejects_a_manifest_that_breaks_the_schema()
    {
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Teams, "manifest.json")))!.AsObject();
        broken["id"] = "not-a-guid";
        broken.Remove("accentColor");
        var path = _folder.File("broken.json");
        await File.WriteAllTextAsync(path, broken.ToJsonString());
        var (code, report) = await Node.RunAsync("node", ["validate.js", Schema, path], await Node.ToolAsync("manifest-validator"));
        Assert.Equal(1, code);
        Assert.Contains("accentColor", report);
        Assert.Contains("/id", report);
    }

    [Fact]
    public async Task The_icons_have_the_sizes_Teams_requires()
    {
        Assert.Equal((192, 192), await PngSize(Path.Combine(Teams, "color.png")));
        Assert.Equal((32, 32), await PngSize(Path.Combine(Teams, "outline.png")));
    }

    [Fact]
    public async Task Every_command_in_the_manifest_is_in_the_help_and_answered_by_the_bot()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Teams, "manifest.json")))!;
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        var help = Assert.Single(await _factory.AskAsync("help", "slack")).Text();
        foreach (var command in commands)
        {
            Assert.True(command == "help" || help.Contains($"\"{command}\"", StringComparison.Ordinal) || Core.Answers.AnswerEngine.HelpTopics.Any(t => t.Examples.Contains(command)),
                $"manifest command \"{command}\" is not in the bot's help");
            var reply = Assert.Single(await _factory.AskAsync(command, "slack")).Text();
            Assert.DoesNotContain("did not understand", reply);
        }
    }

    static async Task<(int Width, int Height)> PngSize(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(0x89, bytes[0]);
        int Read(int at) => bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3];
        return (Read(16), Read(20));
    }
}
