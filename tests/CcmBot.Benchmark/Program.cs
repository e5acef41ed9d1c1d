using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

// Starts the built host as its own process on loopback (fresh store, echo endpoint on), then drives
// mixed questions through /api/messages and the same number of requests through /api/echo (the same
// SDK pipeline, no work), and prints throughput and latency for both.
var clients = Arg("--clients", 32);
var seconds = Arg("--seconds", 20);
var warmupSeconds = Arg("--warmup", 5);
// --vary adds a random "as of" date to every question: nearly every request is then a new
// question, so the answer cache does not help and the engine's own cost is measured.
var vary = args.Contains("--vary");

string[] questions =
[
    "how many States Parties were there on 30 June 2017?", "tell me about Lao PDR", "which signatories are overdue as of 30 June 2017?",
    "who missed the 2016 annual report?", "Article 4 deadlines before 2027", "what is overdue in the NIM plan?", "what milestones are due next month?",
    "tell me about Madagascar as of 30 June 2017", "who has Article 5 obligations?", "which States Parties have no information on national legislation?",
    "reporting rate for 2016", "when is the next meeting?", "Chile reporting history", "what do we know about the DRC?", "help",
    "who still owes an initial report?", "Art. 3 extensions granted", "Guinea Bissau status as of 30/06/2017", "who joined in 2017?", "laos status",
];

var port = FreePort();
var store = Path.Combine(Path.GetTempPath(), $"ccmbot-bench-{Guid.NewGuid():N}.db");
var processStart = Stopwatch.StartNew();
var host = StartHost(port, store);
try
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(30),
    };
    var coldStart = await WaitForHealthAsync(http);
    var firstAnswer = await FirstAnswerAsync(http, processStart);
    Console.WriteLine($"host ready in {coldStart.TotalMilliseconds:0} ms, first answer at {firstAnswer.TotalMilliseconds:0} ms (process start, empty store seeded); {Environment.ProcessorCount} cores");

    await RunAsync(http, "/api/messages", questions, clients, TimeSpan.FromSeconds(warmupSeconds), vary);
    await RunAsync(http, "/api/echo", questions, clients, TimeSpan.FromSeconds(warmupSeconds), vary);
    var echo = await RunAsync(http, "/api/echo", questions, clients, TimeSpan.FromSeconds(seconds), vary);
    var answers = await RunAsync(http, "/api/messages", questions, clients, TimeSpan.FromSeconds(seconds), vary);

    Console.WriteLine();
    Console.WriteLine($"{clients} concurrent clients, {seconds} s each, {questions.Length} questions in rotation{(vary ? ", each with a random as-of date (answer cache defeated)" : "")}, loopback, expectReplies");
    Console.WriteLine("| endpoint | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
    foreach (var r in new[] { echo, answers })
        Console.WriteLine($"| {r.Endpoint} | {r.Count} | {r.Errors} | {r.Throughput:0} | {r.P(50):0.0} | {r.P(95):0.0} | {r.P(99):0.0} |");
    Console.WriteLine($"ratio (answers / echo throughput): {answers.Throughput / echo.Throughput:0.00}");
    host.Refresh();
    Console.WriteLine($"host working set at the end: {host.WorkingSet64 / 1024 / 1024} MB");

    // Cold start again, on the store the first run created and used.
    host.Kill(entireProcessTree: true);
    host.WaitForExit(10_000);
    processStart.Restart();
    host = StartHost(port, store);
    var restart = await FirstAnswerAsync(http, processStart);
    Console.WriteLine($"restart on the existing store: first answer at {restart.TotalMilliseconds:0} ms after process start");
    return answers.Errors + echo.Errors == 0 ? 0 : 1;
}
finally
{
    try { host.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    host.WaitForExit(10_000);
    foreach (var file in new[] { store, store + ".lock", store.Replace(".db", "-log.db") })
        try { File.Delete(file); } catch (IOException) { }
}

static async Task<Result> RunAsync(HttpClient http, string endpoint, string[] questions, int clients, TimeSpan duration, bool vary)
{
    var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var latencies = new List<double>[clients];
    var errors = 0;
    var started = Stopwatch.GetTimestamp();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
    {
        var mine = latencies[client] = new List<double>(4096);
        var i = client;
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var question = questions[i++ % questions.Length];
            if (vary) question += $" as of {new DateOnly(2011, 1, 1).AddDays(Random.Shared.Next(5800)):d MMMM yyyy}";
            var body = Activity(question, client);
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsync(endpoint, new StringContent(body, Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || !text.Contains("\"activities\"", StringComparison.Ordinal)) Interlocked.Increment(ref errors);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }
            mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
    }));
    var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
    var all = latencies.SelectMany(l => l).Order().ToArray();
    return new Result(endpoint, all, errors, all.Length / elapsed);
}

static string Activity(string text, int client) => new JsonObject
{
    ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = "http://127.0.0.1:9/",
    ["from"] = new JsonObject { ["id"] = $"bench-user-{client}" }, ["recipient"] = new JsonObject { ["id"] = "ccmbot" },
    ["conversation"] = new JsonObject { ["id"] = $"bench-{client}" }, ["deliveryMode"] = "expectReplies", ["text"] = text,
}.ToJsonString();

static Process StartHost(int port, string store)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CcmBot.Web.dll"));
    start.ArgumentList.Add("--urls");
    start.ArgumentList.Add($"http://127.0.0.1:{port}");
    start.Environment["Store__Path"] = store;
    start.Environment["Benchmark__EchoEndpoint"] = "true";
    // Each client sends far more than a person would; the per-user limit is not what is measured.
    start.Environment["Access__MessagesPerMinute"] = "100000000";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"host: {e.Data}"); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task<TimeSpan> WaitForHealthAsync(HttpClient http)
{
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed < TimeSpan.FromSeconds(60))
    {
        try
        {
            if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return watch.Elapsed;
        }
        catch (HttpRequestException) { }
        await Task.Delay(20);
    }
    throw new TimeoutException("the host did not become healthy within 60 s");
}

/// <summary>Time from process start until a question gets its answer through /api/messages.</summary>
static async Task<TimeSpan> FirstAnswerAsync(HttpClient http, Stopwatch sinceProcessStart)
{
    while (sinceProcessStart.Elapsed < TimeSpan.FromSeconds(60))
    {
        try
        {
            using var response = await http.PostAsync("/api/messages", new StringContent(Activity("how many States Parties?", 0), Encoding.UTF8, "application/json"));
            if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("States Parties", StringComparison.Ordinal)) return sinceProcessStart.Elapsed;
        }
        catch (HttpRequestException) { }
        await Task.Delay(10);
    }
    throw new TimeoutException("no answer within 60 s of process start");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

sealed record Result(string Endpoint, double[] Latencies, int Errors, double Throughput)
{
    public int Count => Latencies.Length;
    public double P(double percentile) => Latencies.Length == 0 ? 0 : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(percentile / 100 * Latencies.Length) - 1)];
}
