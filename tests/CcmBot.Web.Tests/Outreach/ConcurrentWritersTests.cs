using System.Net.Http.Json;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Outreach;

public sealed class ConcurrentWritersTests : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_hundred_concurrent_writers_on_loopback_lose_nothing_and_duplicate_nothing()
    {
        using var factory = new CcmBotFactory(_folder.File("writers.db"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        Assert.True(client.BaseAddress!.IsLoopback && client.BaseAddress.Port != 80, $"expected a Kestrel loopback address, got {client.BaseAddress}");

        const int writers = 200;
        string[] states = ["Togo", "Benin", "Ghana", "Chad", "Peru", "Chile", "Iraq", "Fiji", "Nauru", "Palau"];
        var activities = Enumerable.Range(0, writers).Select(i =>
        {
            var line = $"log letter to {states[i % states.Length]} on 3 May 2018 about overdue initial report, summary: writer {i:D3}";
            return Activities.Message(line, "slack", conversationId: $"conversation-{i}", userId: $"writer-{i}");
        }).ToList();

        // Every message is sent twice at once, as a channel that retries would.
        var sends = activities.SelectMany(a => new[] { a, a.DeepClone().AsObject() })
            .Select(async activity =>
            {
                var response = await client.PostAsJsonAsync("/api/messages", activity);
                response.EnsureSuccessStatusCode();
                return Assert.Single(await Activities.RepliesAsync(response)).Text();
            });
        var replies = await Task.WhenAll(sends);

        Assert.All(replies, r => Assert.Matches(@"^Contact #\d+ (recorded|was already recorded from this message)", r));
        var store = factory.Services.GetRequiredService<OutreachStore>();
        var contacts = store.All();
        Assert.Equal(writers, contacts.Count);
        Assert.Equal(writers, contacts.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, writers).Select(i => $"writer {i:D3}"), contacts.Select(c => c.Summary!).Order());
        Assert.All(contacts, c => Assert.Equal($"writer-{int.Parse(c.Summary![7..])}", c.Author.Id));
        // Each contact's history is its one creation: the retry added no second contact and no change.
        Assert.All(contacts, c => Assert.Equal(["created"], store.History(c.Id).Select(h => h.Action)));
        Assert.Equal(0, factory.Services.GetRequiredService<CcmStore>().Database.GetCollection("contact_changes").Count());
    }
}
