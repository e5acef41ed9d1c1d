namespace CcmBot.Core.Records;

public enum UndoTarget { Unclear, DataChange, Contact }

/// <summary>
/// "Undo that": the asker's latest action, when it was a data change or a contact logged in the last half hour. A contact
/// edited since it was logged is not undone this way (an edit has no undo, and deleting the contact would lose more than
/// the edit); nor is anything older, which "that" no longer plainly points at.
/// </summary>
public static class UndoThat
{
    public static readonly TimeSpan Recent = TimeSpan.FromMinutes(30);

    public static UndoTarget Choose(DateTimeOffset? lastChange, DateTimeOffset? lastContactLogged, DateTimeOffset? lastContactEdited, DateTimeOffset now)
    {
        var latest = new[] { lastChange, lastContactLogged, lastContactEdited }.Max();
        if (latest is not { } at || now - at > Recent) return UndoTarget.Unclear;
        if (lastContactEdited == at && lastContactEdited > lastContactLogged) return UndoTarget.Unclear;
        return lastChange == at && lastContactLogged != at ? UndoTarget.DataChange : lastContactLogged == at && lastChange != at ? UndoTarget.Contact : UndoTarget.Unclear;
    }
}
