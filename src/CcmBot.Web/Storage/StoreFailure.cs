using LiteDB;

namespace CcmBot.Web.Storage;

public enum StoreFailureKind { DiskFull, ReadOnly }

/// <summary>
/// Recognises a write that failed because of the disk under the store, not because of CcmBot:
/// the people in chat get told what happened and that nothing already recorded is lost.
/// </summary>
public static class StoreFailure
{
    const int NoSpace = 28;      // ENOSPC
    const int ReadOnlyFs = 30;   // EROFS
    const int DiskFullWindows = 0x70; // ERROR_DISK_FULL
    const int HandleDiskFull = 0x27;  // ERROR_HANDLE_DISK_FULL

    public static StoreFailureKind? Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreReadOnlyException:
                    return StoreFailureKind.ReadOnly;
                case IOException io when (io.HResult & 0xFFFF) is NoSpace or DiskFullWindows or HandleDiskFull || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase):
                    return StoreFailureKind.DiskFull;
                case IOException io when (io.HResult & 0xFFFF) == ReadOnlyFs || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase):
                    return StoreFailureKind.ReadOnly;
                case UnauthorizedAccessException:
                    return StoreFailureKind.ReadOnly;
            }
        }
        return null;
    }

    public static string Message(StoreFailureKind kind) => kind switch
    {
        StoreFailureKind.DiskFull =>
            "I could not save that: the disk that holds CcmBot's store is full. Nothing from this message was saved, and everything recorded before is safe. " +
            "Please tell the ISU's administrator; once space is freed, send it again.",
        _ =>
            "I could not save that: CcmBot's store cannot be written to at the moment (its file or disk is read-only). Nothing from this message was saved, and everything recorded before is safe. " +
            "Please tell the ISU's administrator; once it is writable again, send it again.",
    };
}
