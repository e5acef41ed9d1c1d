using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Access;

/// <summary>With an app id set, every request to /api/messages is authenticated by the SDK against the token service.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    const string AppId = "6f1a2f6a-0d7b-4c39-9c1c-2d1a5b7c0001";
    readonly TempFolder _folder = new();
    TestTokenAuthority _authority = null!;
    WebApplicationFactory _factory = null!;

    sealed class WebApplicationFactory(string store, string metadataUrl) : CcmBotFactory(store)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("MicrosoftAppType", "MultiTenant");
            builder.UseSetting("MicrosoftAppId", AppId);
            builder.UseSetting("MicrosoftAppPassword", "test-secret-not-used");
            builder.UseSetting("ToBotFromChannelOpenIdMetadataUrl", metadataUrl);
            builder.UseSetting("ToBotFromChannelTokenIssuer", TestTokenAuthority.Issuer);
            // Given one endpoint, the SDK takes all of them from settings (as for a sovereign cloud): the usual public-cloud values.
            builder.UseSetting("ToChannelFromBotLoginUrl", "https://login.microsoftonline.com/botframework.com");
            builder.UseSetting("ToChannelFromBotOAuthScope", "https://api.botframework.com");
            builder.UseSetting("ToBotFromEmulatorOpenIdMetadataUrl", "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");
            builder.UseSetting("OAuthUrl", "https://api.botframework.com");
            builder.UseSetting("ValidateAuthority", "true");
            builder.UseSetting("CallerId", "urn:botframework:azure");
        }
    }

    public async Task InitializeAsync()
    {
        _authority = await TestTokenAuthority.StartAsync("msteams", "slack", "webchat", "directline");
        _factory = new WebApplicationFactory(_folder.File("auth.db"), _authority.MetadataUrl);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _authority.DisposeAsync();
        _folder.Dispose();
    }

    async Task<HttpResponseMessage> Post(string? token, string text = "how many States Parties were there on 30 June 2017?")
    {
        using var client = _factory.CreateClient();
        var activity = Activities.Message(text, "msteams");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_token_signed_by_the_published_key_is_accepted()
    {
        var response = await Post(_authority.Token(AppId, "http://127.0.0.1:9/"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, (await response.Content.ReadAsStringAsync())[..Math.Min(3000, (await response.Content.ReadAsStringAsync()).Length)]);
        var reply = Assert.Single(await Activities.RepliesAsync(response));
        Assert.Contains("101 States Parties", reply.Text());
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(null)).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(_authority.Token(AppId, "http://127.0.0.1:9/", signWith: TestTokenAuthority.ForgedKey()))).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(_authority.Token(AppId, "http://127.0.0.1:9/", expires: DateTime.UtcNow.AddMinutes(-10)))).StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_app_id_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(_authority.Token("00000000-0000-0000-0000-000000000000", "http://127.0.0.1:9/"))).StatusCode);
    }

    [Fact]
    public async Task A_refused_request_touches_nothing()
    {
        var response = await Post(_authority.Token(AppId, "http://127.0.0.1:9/", signWith: TestTokenAuthority.ForgedKey()),
            "log démarche to Togo on 3 May 2018 about overdue initial report");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var store = _factory.Services.GetRequiredService<CcmStore>();
        Assert.Equal(0, store.Database.GetCollection("contacts").Count());
    }
}
