using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CcmBot.Web.Tests.Support;

/// <summary>
/// A stand-in for the Bot Framework's token service on loopback: it publishes an OpenID metadata
/// document and the public half of a test key (with channel endorsements), and signs tokens with it.
/// </summary>
public sealed class TestTokenAuthority : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";

    /// <summary>A self-signed certificate for 127.0.0.1: the SDK fetches metadata over HTTPS only.</summary>
    public static readonly System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate = CreateCertificate();

    static System.Security.Cryptography.X509Certificates.X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=ccmbot-test-authority", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
    }
    readonly WebApplication _app;
    readonly RsaSecurityKey _key;

    public string MetadataUrl { get; }
    public RSA Rsa { get; } = RSA.Create(2048);

    TestTokenAuthority(WebApplication app, RsaSecurityKey key, string baseUrl)
    {
        _app = app;
        _key = key;
        MetadataUrl = $"{baseUrl}/v1/.well-known/openidconfiguration";
    }

    /// <summary>
    /// The SDK fetches metadata with its own HttpClient, over HTTPS only; the test certificate is
    /// trusted the way a private CA would be, in the user's Root store, for as long as a test runs.
    /// </summary>
    static void Trust(bool trusted)
    {
        using var store = new System.Security.Cryptography.X509Certificates.X509Store(
            System.Security.Cryptography.X509Certificates.StoreName.Root, System.Security.Cryptography.X509Certificates.StoreLocation.CurrentUser);
        store.Open(System.Security.Cryptography.X509Certificates.OpenFlags.ReadWrite);
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(Certificate.RawData);
        if (trusted) store.Add(publicOnly);
        else store.Remove(publicOnly);
    }

    static int _users;

    public static async Task<TestTokenAuthority> StartAsync(params string[] endorsedChannels)
    {
        if (Interlocked.Increment(ref _users) == 1) Trust(true);
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "ccmbot-test-key" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate)));
        var app = builder.Build();
        var parameters = rsa.ExportParameters(false);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/v1/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId!, ["alg"] = "RS256",
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = endorsedChannels,
                },
            },
        }));
        await app.StartAsync();
        var address = app.Urls.First();
        return new TestTokenAuthority(app, key, address) { };
    }

    /// <summary>A channel token as the Bot Framework issues it: audience the bot's app id, the service URL as a claim.</summary>
    public string Token(string audience, string serviceUrl, DateTime? expires = null, RsaSecurityKey? signWith = null, string issuer = Issuer)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } e && e < now ? e.AddMinutes(-10) : now.AddMinutes(-1);
        var token = new JwtSecurityToken(issuer, audience, [new Claim("serviceurl", serviceUrl)], notBefore, expires ?? now.AddMinutes(30),
            new SigningCredentials(signWith ?? _key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static RsaSecurityKey ForgedKey() => new(RSA.Create(2048)) { KeyId = "ccmbot-test-key" };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Interlocked.Decrement(ref _users) == 0) Trust(false);
    }
}
