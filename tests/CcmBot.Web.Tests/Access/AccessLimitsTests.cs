using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Access;

/// <summary>Allowed tenants and channels, request limits and the per-user rate limit, checked before any turn logic.</summary>
public sealed class AccessLimitsTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    CcmBotFactory Factory(params (string Key, string Value)[] settings) =>
        new(_folder.File($"{Guid.NewGuid():N}.db"), settings: settings.ToDictionary(s => s.Key, s => s.Value));

    static async Task<(HttpStatusCode Status, string Text)> Post(CcmBotFactory factory, JsonObject activity)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        if (response.StatusCode != HttpStatusCode.OK) return (response.StatusCode, "");
        return (response.StatusCode, Assert.Single(await Activities.RepliesAsync(response)).Text());
    }

    static int Contacts(CcmBotFactory factory) => factory.Services.GetRequiredService<CcmStore>().Database.GetCollection("contacts").Count();

    [Fact]
    public async Task A_tenant_that_is_not_allowed_is_refused_and_touches_nothing()
    {
        using var factory = Factory(("Access:AllowedTenants:0", "tenant-allowed"));
        var outsider = Activities.Message("log démarche to Togo on 3 May 2018 about overdue initial report", "msteams");
        outsider["conversation"]!["tenantId"] = "tenant-other";
        var (_, refused) = await Post(factory, outsider);
        Assert.Equal("CcmBot is not available to your organisation; it serves the Convention's coordinators and the ISU.", refused);
        Assert.Equal(0, Contacts(factory));

        var insider = Activities.Message("how many States Parties were there on 30 June 2017?", "msteams");
        insider["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-allowed" } };
        Assert.Contains("101 States Parties", (await Post(factory, insider)).Text);
    }

    [Fact]
    public async Task A_channel_that_is_not_allowed_is_refused()
    {
        using var factory = Factory(("Access:AllowedChannels:0", "msteams"));
        Assert.Equal("CcmBot is not enabled on this channel (slack).", (await Post(factory, Activities.Message("help", "slack"))).Text);
        using var client = factory.CreateClient();
        var allowed = Assert.Single(await Activities.RepliesAsync(await client.PostAsJsonAsync("/api/messages", Activities.Message("help", "msteams"))));
        Assert.Contains("I answer questions", allowed.Card()!.ToJsonString());
    }

    [Fact]
    public async Task Too_many_attachments_are_refused()
    {
        using var factory = Factory();
        var activity = Activities.Message("help", "slack");
        activity["attachments"] = new JsonArray(Enumerable.Range(0, 6).Select(_ => (JsonNode)new JsonObject { ["contentType"] = "text/plain", ["content"] = "x" }).ToArray());
        Assert.Equal("That message has 6 attachments; CcmBot accepts up to 5.", (await Post(factory, activity)).Text);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        using var factory = Factory();
        var activity = Activities.Message("help", "slack");
        activity["channelData"] = new JsonObject { ["padding"] = new string('x', 300 * 1024) };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Post(factory, activity)).Status);
    }

    [Fact]
    public async Task A_user_who_floods_is_asked_politely_to_wait_and_others_are_not_affected()
    {
        using var factory = Factory(("Access:MessagesPerMinute", "8"));
        var replies = new List<string>();
        for (var i = 0; i < 4; i++) replies.Add((await Post(factory, Activities.Message("help", "slack", userId: "flooder"))).Text);
        Assert.Contains("You are sending messages faster than I can answer them; please wait a few seconds and try again.", replies);
        Assert.Contains("I answer questions", (await Post(factory, Activities.Message("help", "slack", userId: "patient"))).Text);
    }

    [Fact]
    public async Task Without_an_app_id_the_host_refuses_to_listen_beyond_loopback_unless_told_to()
    {
        var (code, stderr) = await RunHost(("urls", "http://0.0.0.0:0"));
        Assert.Equal(3, code);
        Assert.Contains("will not listen on http://0.0.0.0:0 without authentication", stderr);

        var (allowedCode, allowedErr) = await RunHost(("urls", "http://0.0.0.0:0"), ("Access__AllowRemoteWithoutAuthentication", "true"));
        Assert.Equal(-1, allowedCode); // still running when stopped
        Assert.Contains("No MicrosoftAppId is set: requests to /api/messages are not authenticated", allowedErr);
    }

    async Task<(int ExitCode, string Output)> RunHost(params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CcmBot.Web.dll"));
        start.Environment["Store__Path"] = _folder.File($"{Guid.NewGuid():N}.db");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(8));
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, await stdout + await stderr);
        }
    }
}
