using CcmBot.Web;
using CcmBot.Web.Bot;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Logging;

var isAsk = args.Length > 0 && args[0] == "ask";
var builder = WebApplication.CreateBuilder(isAsk ? [] : args);
if (isAsk)
{
    // The command line prints the answer on stdout; only warnings and errors, on stderr.
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}
builder.AddCcmBot();
var app = builder.Build();
app.MapCcmBot();
if (!isAsk)
{
    try
    {
        CcmBotHost.CheckListeningIsSafe(app.Configuration, app.Logger);
    }
    catch (InvalidOperationException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 3;
    }
}

try
{
    if (isAsk)
    {
        var question = string.Join(' ', args.Skip(1));
        return await AskCommand.RunAsync(app.Services, question.Length > 0 ? question : "help", Console.Out, CancellationToken.None);
    }
    await app.RunAsync();
    return 0;
}
catch (StoreUnavailableException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

public partial class Program;
