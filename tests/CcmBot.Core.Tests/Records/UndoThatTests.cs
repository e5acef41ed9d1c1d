using CcmBot.Core.Records;

namespace CcmBot.Core.Tests.Records;

public sealed class UndoThatTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    static DateTimeOffset? Ago(int minutes) => minutes < 0 ? null : Now.AddMinutes(-minutes);

    [Theory]
    [InlineData(2, 10, -1, UndoTarget.DataChange)]   // the change came after the contact
    [InlineData(10, 2, -1, UndoTarget.Contact)]      // the contact came after the change
    [InlineData(-1, 29, -1, UndoTarget.Contact)]
    [InlineData(29, -1, -1, UndoTarget.DataChange)]
    [InlineData(31, -1, -1, UndoTarget.Unclear)]     // older than half an hour: "that" no longer points at it
    [InlineData(40, 31, -1, UndoTarget.Unclear)]
    [InlineData(-1, -1, -1, UndoTarget.Unclear)]     // nothing done at all
    [InlineData(10, 5, 1, UndoTarget.Unclear)]       // the contact was edited last: an edit has no undo
    [InlineData(1, 5, 3, UndoTarget.DataChange)]     // an earlier edit does not hide a later change
    [InlineData(5, 5, -1, UndoTarget.Unclear)]       // both at once: which is not plain
    public void That_is_the_latest_change_or_contact_of_the_last_half_hour(int change, int contact, int edited, UndoTarget target) =>
        Assert.Equal(target, UndoThat.Choose(Ago(change), Ago(contact), Ago(edited), Now));
}
