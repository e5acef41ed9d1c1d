using System.Diagnostics;
using System.Text.Json.Nodes;
using CcmBot.Web.Bot;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Bot;

public sealed class HostLifecycleTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_restart_on_the_same_file_keeps_what_users_added()
    {
        var path = _folder.File("ccmbot.db");
        const string question = "tell me about Palau as of 1 January 2018";
        using (var first = new CcmBotFactory(path))
        {
            var before = Assert.Single(await first.AskAsync(question, "slack")).Text();
            Assert.Contains("Initial transparency report (Art. 7(1)): unknown", before);
            first.Services.GetRequiredService<CcmStore>().InsertUserRow("report_evidence", "PLW|initial|user-receipt",
                new Dictionary<string, string>
                {
                    ["state"] = "Palau", ["iso3"] = "PLW", ["deliverable"] = "initial", ["kind"] = "submitted_on", ["date"] = "2017-09-15",
                    ["note"] = "received by the ISU", ["source"] = "ISU e-mail of 15 Sep 2017", ["as_of"] = "2017-09-15",
                }, "isu-user", first.Clock.GetUtcNow());
            var after = Assert.Single(await first.AskAsync(question, "slack")).Text();
            Assert.Contains("Initial transparency report (Art. 7(1)): met, due 30 Mar 2017; submitted on 15 Sep 2017", after);
        }

        using var second = new CcmBotFactory(path);
        var restarted = Assert.Single(await second.AskAsync(question, "slack")).Text();
        Assert.Contains("submitted on 15 Sep 2017 (received by the ISU) (after the deadline)", restarted);
        Assert.Contains("ISU e-mail of 15 Sep 2017", restarted);
    }

    [Fact]
    public async Task A_corrupt_store_file_stops_start_up_with_a_message_naming_it()
    {
        var path = _folder.File("ccmbot.db");
        var garbage = Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7 % 251)).ToArray();
        File.WriteAllBytes(path, garbage);

        var (exitCode, _, stderr) = await RunHostAsync(path, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains($"The CcmBot store '{path}' cannot be opened", stderr);
        Assert.Contains("restore a backup", stderr);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task The_ask_command_answers_through_the_same_adapter_and_bot()
    {
        using var factory = new CcmBotFactory(_folder.File("ccmbot.db"));
        var output = new StringWriter();
        var exitCode = await AskCommand.RunAsync(factory.Services, "how many States Parties were there on 30 June 2017?", output, CancellationToken.None);
        Assert.Equal(0, exitCode);
        Assert.Contains("101 States Parties (instrument deposited: 89 by ratification, 11 by accession, 1 by acceptance), of which 100 with the Convention in force", output.ToString());
    }

    [Fact]
    public async Task A_failing_turn_is_logged_and_answered_politely()
    {
        using var factory = new CcmBotFactory(_folder.File("ccmbot.db"));
        var adapter = factory.Services.GetRequiredService<CcmBotAdapter>();
        var activity = new Microsoft.Bot.Schema.Activity
        {
            Type = ActivityTypes.Message, Id = "1", Text = "boom", ChannelId = "test", ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount("u"), Recipient = new ChannelAccount("b"), Conversation = new ConversationAccount(id: "c"),
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        var response = await adapter.ProcessLocalActivityAsync(activity, (_, _) => throw new InvalidOperationException("simulated fault"), CancellationToken.None);

        var replies = Assert.IsType<ExpectedReplies>(response.Body);
        Assert.Equal(CcmBotAdapter.TurnFailedMessage, Assert.Single(replies.Activities).Text);
    }

    [Fact]
    public async Task The_ask_command_line_prints_the_answer_and_exits_0()
    {
        var (exitCode, stdout, stderr) = await RunHostAsync(_folder.File("cli.db"), "ask", "tell me about Madagascar as of 30 June 2017");
        Assert.True(exitCode == 0, $"exit {exitCode}: {stderr}");
        Assert.Contains("Entry into force: 1 Nov 2017", stdout);
        Assert.Contains("due 30 Apr 2018", stdout);
    }

    /// <summary>Runs the built host as a separate process, the way a user does.</summary>
    static async Task<(int ExitCode, string Stdout, string Stderr)> RunHostAsync(string storePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CcmBot.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Store__Path"] = storePath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the host did not exit within a minute: {await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
