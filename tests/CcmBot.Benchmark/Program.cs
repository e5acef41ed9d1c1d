using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

// Starts the built host as its own process on loopback (fresh store, echo endpoint on), then, for
// each number of clients, drives mixed questions and outreach logging through /api/messages and the
// same requests through /api/echo (the same SDK pipeline, no work), and prints throughput, latency,
// errors, CPU per request and the host's memory; optionally a soak run that samples memory; then cold starts.
// The two endpoints take turns in rounds (echo, messages, messages, echo, ...) so that a machine that
// speeds up or slows down during the run (other tenants, thermal limits) weighs on both alike.
//   --levels 32,128,512   client counts (or --clients N for one)
//   --seconds S           measured seconds per endpoint and level, split over the rounds (warm-up: --warmup S)
//   --rounds R            turns per endpoint and level (default 4)
//   --outreach P          percent of requests that log an outreach contact (default 10)
//   --soak-minutes M      after the levels, M minutes at 32 clients, memory sampled every 30 s
//   --vary                a random "as of" date on every question (answer cache defeated)
//   --host DIR            the host to start: a folder holding CcmBot.Web.dll, e.g. a ReadyToRun publish
//                         (default: the build this harness references, JIT-compiled)
var levels = ArgText("--levels") is { } list
    ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray()
    : [Arg("--clients", 32)];
var seconds = Arg("--seconds", 20);
var rounds = Math.Max(1, Arg("--rounds", 4));
var warmupSeconds = Arg("--warmup", 5);
var outreachPercent = Arg("--outreach", 10);
var soakMinutes = Arg("--soak-minutes", 0);
var vary = args.Contains("--vary");
var hostDirectory = Path.GetFullPath(ArgText("--host") ?? AppContext.BaseDirectory);
if (!File.Exists(Path.Combine(hostDirectory, "CcmBot.Web.dll")))
{
    Console.Error.WriteLine($"--host: no CcmBot.Web.dll in {hostDirectory}");
    return 2;
}

string[] questions =
[
    "how many States Parties were there on 30 June 2017?", "tell me about Lao PDR", "which signatories are overdue as of 30 June 2017?",
    "who missed the 2016 annual report?", "Article 4 deadlines before 2027", "what is overdue in the NIM plan?", "what milestones are due next month?",
    "tell me about Madagascar as of 30 June 2017", "who has Article 5 obligations?", "which States Parties have no information on national legislation?",
    "reporting rate for 2016", "when is the next meeting?", "Chile reporting history", "what do we know about the DRC?", "help",
    "who still owes an initial report?", "Art. 3 extensions granted", "Guinea Bissau status as of 30/06/2017", "who joined in 2017?", "laos status",
];
var workload = new Workload(questions, outreachPercent, vary);

var port = FreePort();
var store = Path.Combine(Path.GetTempPath(), $"ccmbot-bench-{Guid.NewGuid():N}.db");
var processStart = Stopwatch.StartNew();
var host = StartHost(hostDirectory, port, store);
var failed = false;
try
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = levels.Max() * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(30),
    };
    var coldStart = await WaitForHealthAsync(http);
    var firstAnswer = await FirstAnswerAsync(http, processStart);
    Console.WriteLine($"host {hostDirectory} ({(IsReadyToRun(hostDirectory) ? "ReadyToRun" : "JIT")})");
    Console.WriteLine($"host ready in {coldStart.TotalMilliseconds:0} ms, first answer at {firstAnswer.TotalMilliseconds:0} ms (process start, empty store seeded); {Environment.ProcessorCount} cores");
    Console.WriteLine($"{seconds} s per endpoint and level, {questions.Length} questions in rotation, {outreachPercent}% of requests log an outreach contact{(vary ? ", each question with a random as-of date (answer cache defeated)" : "")}; loopback, expectReplies");
    Console.WriteLine();
    Console.WriteLine("| clients | endpoint | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | ratio to echo | host CPU per request (µs) | load generator CPU per request (µs) | host memory after (MB) |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    foreach (var clients in levels)
    {
        await RunAsync(http, host, "/api/messages", workload, clients, TimeSpan.FromSeconds(warmupSeconds));
        await RunAsync(http, host, "/api/echo", workload, clients, TimeSpan.FromSeconds(warmupSeconds));
        var echo = new List<Result>();
        var answers = new List<Result>();
        var turn = TimeSpan.FromSeconds((double)seconds / rounds);
        for (var round = 0; round < rounds; round++)
        {
            // E M, M E, E M, ...: each endpoint goes first as often as second.
            var echoFirst = round % 2 == 0;
            if (echoFirst) echo.Add(await RunAsync(http, host, "/api/echo", workload, clients, turn));
            answers.Add(await RunAsync(http, host, "/api/messages", workload, clients, turn));
            if (!echoFirst) echo.Add(await RunAsync(http, host, "/api/echo", workload, clients, turn));
        }
        var e = Result.Combine(echo);
        var m = Result.Combine(answers);
        host.Refresh();
        var memory = host.WorkingSet64 / 1024 / 1024;
        Console.WriteLine($"| {clients} | echo | {e.Count} | {e.Errors} | {e.Throughput:0} | {e.P(50):0.0} | {e.P(95):0.0} | {e.P(99):0.0} | | {e.HostCpuPerRequest:0} | {e.ClientCpuPerRequest:0} | |");
        Console.WriteLine($"| {clients} | messages | {m.Count} | {m.Errors} | {m.Throughput:0} | {m.P(50):0.0} | {m.P(95):0.0} | {m.P(99):0.0} | {m.Throughput / e.Throughput:0.00} | {m.HostCpuPerRequest:0} | {m.ClientCpuPerRequest:0} | {memory} |");
        Console.Error.WriteLine($"  {clients} clients, per round: ratio to echo {string.Join(", ", answers.Zip(echo, (a, b) => (a.Throughput / b.Throughput).ToString("0.00", CultureInfo.InvariantCulture)))}; " +
                                $"host CPU per request (µs), messages {string.Join(", ", answers.Select(a => a.HostCpuPerRequest.ToString("0", CultureInfo.InvariantCulture)))}, echo {string.Join(", ", echo.Select(a => a.HostCpuPerRequest.ToString("0", CultureInfo.InvariantCulture)))}");
        failed |= m.Errors + e.Errors > 0;
    }
    Console.WriteLine($"outreach contacts logged and acknowledged: {workload.Logged}");

    if (soakMinutes > 0)
    {
        Console.WriteLine();
        Console.WriteLine($"soak: {soakMinutes} minutes at 32 clients, same workload; host working set every 30 s (MB):");
        var samples = new List<long>();
        var soakErrors = 0;
        for (var elapsed = 0; elapsed < soakMinutes * 60; elapsed += 30)
        {
            var run = await RunAsync(http, host, "/api/messages", workload, 32, TimeSpan.FromSeconds(30));
            soakErrors += run.Errors;
            host.Refresh();
            samples.Add(host.WorkingSet64 / 1024 / 1024);
        }
        Console.WriteLine(string.Join(", ", samples));
        // Flat: after the first two minutes (caches filling), the working set stays within 10%.
        var settled = samples.Skip(4).DefaultIfEmpty(samples.Last()).ToList();
        var growth = (double)(settled.Max() - settled.Min()) / settled.Min();
        Console.WriteLine($"soak: {soakErrors} errors; after minute 2 the working set ranged {settled.Min()}–{settled.Max()} MB ({growth:P0}); {(growth <= 0.10 ? "flat" : "NOT flat")}; contacts logged in all: {workload.Logged}");
        failed |= soakErrors > 0;
    }

    // Cold start again, on the store the runs created and used.
    host.Kill(entireProcessTree: true);
    host.WaitForExit(10_000);
    processStart.Restart();
    host = StartHost(hostDirectory, port, store);
    var restart = await FirstAnswerAsync(http, processStart);
    Console.WriteLine($"restart on the existing store: first answer at {restart.TotalMilliseconds:0} ms after process start");
    return failed ? 1 : 0;
}
finally
{
    try { host.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    host.WaitForExit(10_000);
    foreach (var file in new[] { store, store + ".lock", store.Replace(".db", "-log.db") })
        try { File.Delete(file); } catch (IOException) { }
}

static async Task<Result> RunAsync(HttpClient http, Process host, string endpoint, Workload workload, int clients, TimeSpan duration)
{
    var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var latencies = new List<double>[clients];
    var errors = 0;
    var logs = endpoint == "/api/messages";
    host.Refresh();
    var hostCpu = host.TotalProcessorTime;
    var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var started = Stopwatch.GetTimestamp();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
    {
        var mine = latencies[client] = new List<double>(4096);
        var i = client;
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var (text, isLog) = workload.Next(client, i++);
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsync(endpoint, new StringContent(Activity(text, client), Encoding.UTF8, "application/json"));
                // Bytes, not a string: the load generator shares the cores with the host, and answers are larger than echoes.
                var body = await response.Content.ReadAsByteArrayAsync();
                var ok = response.StatusCode == HttpStatusCode.OK && body.AsSpan().IndexOf("\"activities\""u8) >= 0;
                // A log line through the bot must come back recorded; through echo it only comes back.
                if (ok && isLog && logs) ok = body.AsSpan().IndexOf("Contact #"u8) >= 0;
                if (!ok) Interlocked.Increment(ref errors);
                else if (isLog && logs) workload.Acknowledged();
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Net.Sockets.SocketException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }
            mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
    }));
    var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
    host.Refresh();
    var all = latencies.SelectMany(l => l).ToArray();
    return new Result(all, errors, elapsed, (host.TotalProcessorTime - hostCpu).TotalMicroseconds, (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMicroseconds);
}

static string Activity(string text, int client) => new JsonObject
{
    ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = "http://127.0.0.1:9/",
    ["from"] = new JsonObject { ["id"] = $"bench-user-{client}" }, ["recipient"] = new JsonObject { ["id"] = "ccmbot" },
    ["conversation"] = new JsonObject { ["id"] = $"bench-{client}" }, ["deliveryMode"] = "expectReplies", ["text"] = text,
}.ToJsonString();

static Process StartHost(string directory, int port, string store)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(Path.Combine(directory, "CcmBot.Web.dll"));
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

/// <summary>Whether the host was published ahead of time: its assembly then carries a ReadyToRun header.</summary>
static bool IsReadyToRun(string directory)
{
    using var file = File.OpenRead(Path.Combine(directory, "CcmBot.Web.dll"));
    using var pe = new System.Reflection.PortableExecutable.PEReader(file);
    return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

/// <summary>One run of one endpoint: every request's latency, the errors, and the CPU time the host and this load generator used.</summary>
sealed record Result(double[] Latencies, int Errors, double Seconds, double HostCpuMicroseconds, double ClientCpuMicroseconds)
{
    readonly double[] _sorted = [.. Latencies.Order()];
    public int Count => Latencies.Length;
    public double Throughput => Count / Seconds;
    public double HostCpuPerRequest => Count == 0 ? 0 : HostCpuMicroseconds / Count;
    public double ClientCpuPerRequest => Count == 0 ? 0 : ClientCpuMicroseconds / Count;
    public double P(double percentile) => _sorted.Length == 0 ? 0 : _sorted[Math.Min(_sorted.Length - 1, (int)Math.Ceiling(percentile / 100 * _sorted.Length) - 1)];

    public static Result Combine(IReadOnlyList<Result> runs) => new(
        [.. runs.SelectMany(r => r.Latencies)], runs.Sum(r => r.Errors), runs.Sum(r => r.Seconds),
        runs.Sum(r => r.HostCpuMicroseconds), runs.Sum(r => r.ClientCpuMicroseconds));
}

/// <summary>What the clients send: questions in rotation, and a share of outreach log lines, each a new contact.</summary>
sealed class Workload(string[] questions, int outreachPercent, bool vary)
{
    static readonly string[] States = ["Togo", "Chile", "Lao PDR", "Benin", "Peru", "Zambia", "Ghana", "Iraq", "Madagascar", "Guinea-Bissau"];
    long _logged;
    public long Logged => Interlocked.Read(ref _logged);
    public void Acknowledged() => Interlocked.Increment(ref _logged);

    public (string Text, bool IsLog) Next(int client, int i)
    {
        // Deterministic mix: every (100 / percent)-th request of a client is a log line.
        if (outreachPercent > 0 && (i * outreachPercent) % 100 < outreachPercent)
            return ($"log letter to {States[(client + i) % States.Length]} on {1 + i % 28} March 2019 about overdue annual report, summary: benchmark client {client} request {i}", true);
        var question = questions[i % questions.Length];
        if (vary) question += $" as of {new DateOnly(2011, 1, 1).AddDays(Random.Shared.Next(5800)):d MMMM yyyy}";
        return (question, false);
    }
}
