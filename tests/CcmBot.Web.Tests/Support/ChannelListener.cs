using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CcmBot.Web.Tests.Support;

/// <summary>
/// A channel on loopback: the bot posts replies and proactive messages to it
/// (/v3/conversations/{id}/activities...) and the test reads them. It can be told to answer with
/// failures first (429 with Retry-After, 503, 403).
/// </summary>
public sealed class ChannelListener : IAsyncDisposable
{
    public sealed record Received(string Method, string Path, JsonObject Activity, int Status, string? AssignedId, bool Redelivery = false);

    readonly WebApplication _app;
    readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    int _ids;

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string Url { get; private set; } = "";
    public int? AlwaysStatus { get; set; }

    /// <summary>Share of requests (0..1) that meet trouble: a 500, a slow answer, a dropped connection, or a post that is kept but whose answer is lost.</summary>
    public double ChaosRate { get; set; }

    readonly Random _chaos = new(6);

    ChannelListener(WebApplication app) => _app = app;

    public static async Task<ChannelListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var listener = new ChannelListener(app);
        app.Map("/v3/conversations/{**rest}", listener.HandleAsync);
        await app.StartAsync();
        listener.Url = app.Urls.First() + "/";
        return listener;
    }

    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject ?? [];
        int trouble;
        lock (_chaos) trouble = _chaos.NextDouble() < ChaosRate ? _chaos.Next(4) : -1;
        if (trouble == 0) { Requests.Enqueue(new Received(context.Request.Method, context.Request.Path, body, 500, null)); context.Response.StatusCode = 500; return; }
        if (trouble == 1) await Task.Delay(300);
        if (trouble == 2) { Requests.Enqueue(new Received(context.Request.Method, context.Request.Path, body, 0, null)); context.Abort(); return; }
        (int Status, string? RetryAfter) failure = (200, null);
        var status = AlwaysStatus ?? (_failures.TryDequeue(out failure) ? failure.Status : 200);
        // Like the local chat page, this channel keeps the first of two sends with the same delivery id.
        var deliveryId = body["channelData"]?["ccmbotDeliveryId"]?.GetValue<string>();
        var earlier = deliveryId is null ? null : Requests.FirstOrDefault(r => r.Status == 200 && r.Activity["channelData"]?["ccmbotDeliveryId"]?.GetValue<string>() == deliveryId);
        var id = status != 200 ? null : earlier?.AssignedId ?? (context.Request.Method == "PUT" ? context.Request.Path.Value!.Split('/')[^1] : $"activity-{Interlocked.Increment(ref _ids)}");
        Requests.Enqueue(new Received(context.Request.Method, context.Request.Path, body, status, id, earlier is not null));
        if (trouble == 3 && id is not null) { context.Abort(); return; } // kept, but the sender never hears so
        context.Response.StatusCode = status;
        if (failure.RetryAfter is { } after && status != 200) context.Response.Headers.RetryAfter = after;
        if (id is not null)
        {
            await context.Response.WriteAsJsonAsync(new { id });
        }
        else
        {
            await context.Response.WriteAsJsonAsync(new { error = new { code = "Failure", message = $"status {status}" } });
        }
    }

    public IReadOnlyList<Received> Delivered(string textStart) =>
        Requests.Where(r => r.Status == 200 && !r.Redelivery && r.Method == "POST" && (r.Activity["text"]?.GetValue<string>() ?? "").StartsWith(textStart, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
