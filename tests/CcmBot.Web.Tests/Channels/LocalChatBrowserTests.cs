using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Channels;

/// <summary>
/// The local chat page in a real browser (Debian's Chromium, driven by playwright-core): Web Chat talks
/// to the host's local Direct Line channel, the bot answers through the SDK's connector client.
/// </summary>
public sealed class LocalChatBrowserTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_newcomer_asks_in_the_browser_and_clicks_a_card_button()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is needed at {Chromium}: apt-get install chromium (.ci/run does it).");
        using var factory = new CcmBotFactory(_folder.File("browser.db"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var page = client.BaseAddress!.ToString();
        Assert.Contains("webchat.js", await client.GetStringAsync("/"));

        var screenshot = _folder.File("local-chat.png");
        var (code, output) = await Node.RunAsync("node", ["chat.js", page, screenshot], await Node.ToolAsync("browser"), TimeSpan.FromMinutes(3),
            new Dictionary<string, string> { ["CHROMIUM"] = Chromium });

        Assert.True(code == 0, output);
        Assert.Contains("browser test passed", output);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
        // The README shows this screenshot; CCMBOT_UPDATE_SCREENSHOT=1 refreshes it from this run.
        if (Environment.GetEnvironmentVariable("CCMBOT_UPDATE_SCREENSHOT") == "1")
            File.Copy(screenshot, Path.Combine(Node.RepositoryRoot(), "tests", "browser", "local-chat.png"), overwrite: true);
    }

    static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
}
