using System.Diagnostics;
using System.Net.Http.Json;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CcmBot.Web.Tests.Hardening;

/// <summary>
/// The store on a small file system of its own (a tmpfs, mounted for the test; needs root): filled
/// up, then made read-only. Each time a write gets a clear answer in chat and an error in the log,
/// nothing already stored is harmed, and writes resume when the disk is back.
/// </summary>
public sealed class StoreDiskFaultTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly string _mount;
    readonly bool _mounted;

    public StoreDiskFaultTests()
    {
        _mount = _folder.File("disk");
        Directory.CreateDirectory(_mount);
        _mounted = Run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", _mount) == 0;
    }

    public void Dispose()
    {
        if (_mounted) Run("umount", "-l", _mount);
        _folder.Dispose();
    }

    static int Run(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    sealed class ErrorLog : ILoggerProvider
    {
        public List<string> Errors { get; } = [];
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        sealed class Logger(ErrorLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error) lock (log.Errors) log.Errors.Add(formatter(state, exception) + " " + exception);
            }
        }
    }

    /// <summary>A host that has just stopped may close its files a moment later.</summary>
    static async Task<bool> Eventually(Func<bool> attempt)
    {
        for (var i = 0; i < 50; i++)
        {
            if (attempt()) return true;
            await Task.Delay(100);
        }
        return false;
    }

    static Dictionary<string, string> Settings => new() { ["Access:Coordinators:0"] = "user-1" };

    static async Task<string> Say(CcmBotFactory factory, string text)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", Activities.Message(text, "slack"));
        response.EnsureSuccessStatusCode();
        return Assert.Single(await Activities.RepliesAsync(response)).Text();
    }

    [SkippableFact]
    public async Task A_full_disk_gives_a_clear_answer_and_log_and_writes_resume_when_space_returns()
    {
        Skip.IfNot(_mounted, "needs root to mount a small tmpfs for the store (mount -t tmpfs failed)");
        var errors = new ErrorLog();
        var path = Path.Combine(_mount, "store.db");
        using (var factory = new CcmBotFactory(path, settings: Settings))
        {
            factory.ExtraLoggers.Add(errors);
            Assert.StartsWith("Contact #1 recorded", await Say(factory, "log letter to Togo on 3 May 2019 about overdue annual report"));

            // A filler file takes every free byte.
            var filler = Path.Combine(_mount, "filler");
            await using (var fill = new FileStream(filler, FileMode.Create))
            {
                var block = new byte[64 * 1024];
                try { while (true) fill.Write(block); } catch (IOException) { }
                try { fill.Flush(); } catch (IOException) { }
            }
            for (var i = 0; i < 3; i++)
                Assert.StartsWith("I could not save that: the disk that holds CcmBot's store is full", await Say(factory, $"log letter to Chile on {4 + i} May 2019 about overdue annual report"));
            Assert.StartsWith("I could not save that: the disk that holds CcmBot's store is full", await Say(factory, "Togo submitted its initial report on 3 May 2024"));
            Assert.Contains(errors.Errors, e => e.Contains("Could not write the store (DiskFull)"));
            Assert.StartsWith("Togo as of", await Say(factory, "tell me about Togo"));

            File.Delete(filler);
            Assert.StartsWith("Contact #2 recorded", await Say(factory, "log letter to Peru on 8 May 2019 about overdue annual report"));
            Assert.StartsWith("Recorded as change #1", await Say(factory, "Togo submitted its initial report on 3 May 2024"));
        }

        // The file opens and holds exactly what was acknowledged.
        using var store = CcmStore.Open(path);
        Assert.Equal(["TGO", "PER"], store.Database.GetCollection("contacts").FindAll().Select(c => c["States"].AsArray[0].AsString));
        Assert.Equal(1, store.Database.GetCollection(DataChangeStore.Collection).Count());
        // A transaction left behind by the failed writes would crash the process in its finalizer.
        for (var i = 0; i < 3; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
    }

    [SkippableFact]
    public async Task A_read_only_disk_still_answers_refuses_writes_clearly_and_writes_resume_when_it_is_writable()
    {
        Skip.IfNot(_mounted, "needs root to mount a small tmpfs for the store (mount -t tmpfs failed)");
        var path = Path.Combine(_mount, "store.db");
        using (var first = new CcmBotFactory(path, settings: Settings))
            Assert.StartsWith("Contact #1 recorded", await Say(first, "log letter to Togo on 3 May 2019 about overdue annual report"));

        // The disk goes read-only while the bot is stopped (a remount cannot happen under open files).
        Assert.True(await Eventually(() => Run("mount", "-o", "remount,ro", _mount) == 0), "the tmpfs could not be made read-only (still busy)");
        var errors = new ErrorLog();
        try
        {
            using var factory = new CcmBotFactory(path, settings: Settings);
            factory.ExtraLoggers.Add(errors);
            Assert.StartsWith("Togo as of", await Say(factory, "tell me about Togo"));
            Assert.StartsWith("1 letter with Togo", await Say(factory, "what letters have we sent to Togo?"));
            Assert.StartsWith("I could not save that: CcmBot's store cannot be written to", await Say(factory, "log letter to Benin on 9 May 2019 about overdue annual report"));
            Assert.Contains(errors.Errors, e => e.Contains("Could not write the store (ReadOnly)"));

            Assert.Equal(0, Run("mount", "-o", "remount,rw", _mount));
            var resumed = await Say(factory, "log letter to Zambia on 10 May 2019 about overdue annual report");
            Assert.True(resumed.StartsWith("Contact #2 recorded", StringComparison.Ordinal), resumed + string.Join("\n---\n", errors.Errors.Select(e => e.Length > 2500 ? e[..2500] : e)));
        }
        finally
        {
            Run("mount", "-o", "remount,rw", _mount);
        }
        using var store = CcmStore.Open(path);
        Assert.Equal(["TGO", "ZMB"], store.Database.GetCollection("contacts").FindAll().Select(c => c["States"].AsArray[0].AsString));
    }
}
