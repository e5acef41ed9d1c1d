using CcmBot.Core.Answers;
using CcmBot.Web.Answers;
using CcmBot.Web.Bot;
using CcmBot.Web.Outreach;
using CcmBot.Web.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CcmBot.Web;

/// <summary>The composition root: every service CcmBot's host needs, and its endpoints.</summary>
public static class CcmBotHost
{
    public static WebApplicationBuilder AddCcmBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var path = Path.IsPathRooted(options.Path) ? options.Path : Path.Combine(builder.Environment.ContentRootPath, options.Path);
            var store = CcmStore.Open(path);
            var logger = sp.GetRequiredService<ILogger<CcmStore>>();
            try
            {
                var referenceData = ReferenceDataSet.Load(Path.Combine(AppContext.BaseDirectory, "ReferenceData"));
                var result = store.SyncReferenceData(referenceData, sp.GetRequiredService<TimeProvider>().GetUtcNow());
                logger.LogInformation("Store {Path} ready; reference data {Hash}: {Result}", store.FilePath, referenceData.Hash[..12], result);
            }
            catch
            {
                store.Dispose();
                throw;
            }
            return store;
        });
        services.AddSingleton<TreatyDataCache>();
        services.Configure<DataKeepingOptions>(builder.Configuration.GetSection(DataKeepingOptions.Section));
        services.AddSingleton<DataChangeStore>();
        services.AddSingleton<Records.DataService>();
        services.AddSingleton<OutreachStore>();
        services.AddSingleton<OutreachService>();
        services.AddSingleton<Downloads>();
        services.AddSingleton<LocalChat.LocalChannel>();
        services.Configure<Reminders.ReminderOptions>(builder.Configuration.GetSection(Reminders.ReminderOptions.Section));
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<Reminders.ReminderService>();
        services.AddSingleton<Reminders.IReminderSender, ProactiveSender>();
        services.AddHostedService<Reminders.ReminderWorker>();
        services.Configure<ExportOptions>(builder.Configuration.GetSection(ExportOptions.Section));
        services.AddSingleton<IQuestionParser, RuleBasedQuestionParser>();
        services.AddSingleton<AnswerEngine>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<KnownQuestions>();
        services.AddSingleton<ConversationMemory>();
        services.AddMemoryCache(options => options.SizeLimit = AnswerService.CacheSizeLimitKilobytes);
        services.AddHostedService<StoreStartup>();

        // Bot Framework: the settings MicrosoftAppType/Id/Password/TenantId are read by the SDK itself;
        // with none set, requests are accepted without authentication (local use).
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var http = sp.GetRequiredService<IHttpClientFactory>();
            var logger = sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>();
            // The SDK's default credentials factory is built without an HttpClient and fails on first use with an app id.
            var credentials = new ConfigurationServiceClientCredentialFactory(configuration, http.CreateClient("botframework-credentials"), logger);
            return new ConfigurationBotFrameworkAuthentication(configuration, credentials, httpClientFactory: http, logger: logger);
        });
        services.Configure<AccessOptions>(builder.Configuration.GetSection(AccessOptions.Section));
        services.AddSingleton<RoleStore>();
        services.AddSingleton<AccessMiddleware>();
        services.AddSingleton<CcmBot.Web.Access.AccessCommands>();
        services.AddSingleton(sp => new CcmBotAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<AccessMiddleware>(), sp.GetRequiredService<ILogger<CcmBotAdapter>>()));
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<CcmBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CcmBotAdapter>());
        services.AddTransient<IBot, CcmBotHandler>();
        return builder;
    }

    /// <summary>One request to the bot: size limit, the activity's envelope, then the SDK's adapter.</summary>
    static async Task ProcessActivityAsync(HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot,
        ILogger logger, AccessOptions access, CancellationToken ct)
    {
        var limit = access.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit;
        var body = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(body, ct);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex)
        {
            response.StatusCode = ex.StatusCode;
            return;
        }
        if (body.Length > limit)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (Bot.ActivityEnvelope.Problem(body.GetBuffer().AsSpan(0, (int)body.Length)) is { } problem)
        {
            logger.LogInformation("Refused an activity: {Problem}", problem);
            response.StatusCode = StatusCodes.Status400BadRequest;
            await response.WriteAsJsonAsync(new { error = $"Not a usable Bot Framework activity: {problem}." }, ct);
            return;
        }
        body.Position = 0;
        request.Body = body;
        try
        {
            await adapter.ProcessAsync(request, response, bot, ct);
        }
        catch (Exception ex) when (IsTokenFailure(ex) && !response.HasStarted)
        {
            // The SDK answers most bad tokens with 401 but lets a wrong signature or a malformed token escape as 500.
            logger.LogWarning("Refused a request with an invalid token: {Reason}", ex.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    public static WebApplication MapCcmBot(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<CcmBotAdapter> logger,
            IOptions<AccessOptions> access, CancellationToken ct) => ProcessActivityAsync(request, response, adapter, bot, logger, access.Value, ct));
        if (app.Configuration.GetValue<bool>("Benchmark:EchoEndpoint"))
        {
            var echo = new EchoBot();
            // The same checks as /api/messages, so the benchmark compares bots, not pipelines.
            app.MapPost("/api/echo", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, ILogger<CcmBotAdapter> logger,
                IOptions<AccessOptions> access, CancellationToken ct) => ProcessActivityAsync(request, response, adapter, echo, logger, access.Value, ct));
        }
        app.MapGet("/exports/{file}", (string file, Downloads downloads) => downloads.Download(file));
        Records.AdminApi.Map(app);
        app.MapGet("/healthz", (CcmStore store, TreatyDataCache data) => Results.Ok(new
        {
            status = "ok",
            states = data.Current.States.Count,
            referenceData = store.ReferenceHash?[..12],
        }));
        if (LocalChatEnabled(app))
        {
            // Development without an app id: the chat page, Web Chat, and a local Direct Line channel.
            app.UseDefaultFiles();
            app.UseStaticFiles();
            LocalChat.LocalChannel.Map(app);
        }
        else
        {
            app.MapGet("/", () => Results.Text("CcmBot is running. Send Bot Framework activities to POST /api/messages, or run `dotnet run --project src/CcmBot.Web -- ask \"help\"`."));
        }
        return app;
    }

    public static bool LocalChatEnabled(WebApplication app) =>
        string.IsNullOrWhiteSpace(app.Configuration["MicrosoftAppId"])
        && (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("LocalChat:Enabled"));

    static bool IsTokenFailure(Exception ex) =>
        ex is Microsoft.IdentityModel.Tokens.SecurityTokenException or UnauthorizedAccessException
        || ex is ArgumentException && ex.Message.StartsWith("IDX", StringComparison.Ordinal)
        || ex.InnerException is { } inner && IsTokenFailure(inner);

    /// <summary>
    /// Without an app id nothing authenticates the channel, so anyone who can reach the port could
    /// talk to the bot: listen on loopback only unless Access:AllowRemoteWithoutAuthentication says otherwise.
    /// </summary>
    public static void CheckListeningIsSafe(IConfiguration configuration, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"])) return;
        logger.LogWarning("No MicrosoftAppId is set: requests to /api/messages are not authenticated. This is for local use.");
        var urls = (configuration["urls"] ?? configuration["Urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var remote = urls.Where(u => !IsLoopback(u)).ToList();
        if (remote.Count == 0 || configuration.GetValue<bool>("Access:AllowRemoteWithoutAuthentication")) return;
        throw new InvalidOperationException(
            $"CcmBot will not listen on {string.Join(", ", remote)} without authentication. Set MicrosoftAppId (and MicrosoftAppPassword) " +
            "so the Bot Framework authenticates every request, listen on localhost only, or set Access:AllowRemoteWithoutAuthentication=true " +
            "if something in front of the bot already authenticates callers.");
    }

    static bool IsLoopback(string url)
    {
        var host = url.Replace("://+", "://anything").Replace("://*", "://anything");
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || uri.Host == "localhost";
    }

    /// <summary>Opens and seeds the store when the host starts, so a bad store file stops start-up at once.</summary>
    sealed class StoreStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<CcmStore>();
            _ = services.GetRequiredService<TreatyDataCache>().Current;
            _ = services.GetRequiredService<OutreachStore>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
