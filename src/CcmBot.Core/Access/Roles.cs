namespace CcmBot.Core.Access;

/// <summary>Who may do what: readers ask, coordinators log outreach, ISU/admins correct data and manage roles.</summary>
public enum Role { Reader, Coordinator, Admin }

public enum Permission { Ask, LogOutreach, EditOwnOutreach, EditAnyOutreach, ManageOwnReminders, RecordFacts, CorrectData, ManageRoles }

public static class AccessPolicy
{
    public static bool Allows(Role role, Permission permission) => permission switch
    {
        Permission.Ask => true,
        Permission.LogOutreach or Permission.EditOwnOutreach or Permission.ManageOwnReminders or Permission.RecordFacts => role >= Role.Coordinator,
        _ => role == Role.Admin,
    };

    /// <summary>Why a refusal happened, in words a coordinator understands.</summary>
    public static string Refusal(Role role, Permission permission) =>
        $"Your role is {Label(role)}; {What(permission)} needs the {Label(Needed(permission))} role. Ask an ISU administrator to give it to you (they can type \"make <your id> {Label(Needed(permission))}\"; \"my role\" shows your id).";

    public static Role Needed(Permission permission) => permission switch
    {
        Permission.Ask => Role.Reader,
        Permission.LogOutreach or Permission.EditOwnOutreach or Permission.ManageOwnReminders or Permission.RecordFacts => Role.Coordinator,
        _ => Role.Admin,
    };

    public static string Label(Role role) => role switch
    {
        Role.Admin => "admin",
        Role.Coordinator => "coordinator",
        _ => "reader",
    };

    /// <summary>"What can a reader do?", "who can log outreach?": each role and what it adds to the one before, from the rules above.</summary>
    public static string Explain(Role asker) =>
        "Roles, each with everything the one before it may do:\n" +
        string.Join("\n", Enum.GetValues<Role>().Select(r => $"- {Label(r)}: {string.Join(", ", Enum.GetValues<Permission>().Where(p => Needed(p) == r).Select(What))}")) +
        $"\nYour role is {Label(asker)}. An admin gives a role with \"make <id> coordinator\"; \"my role\" shows your id.";

    static string What(Permission permission) => permission switch
    {
        Permission.LogOutreach => "logging outreach",
        Permission.EditOwnOutreach => "changing outreach records",
        Permission.EditAnyOutreach => "changing someone else's outreach record",
        Permission.ManageOwnReminders => "managing reminders",
        Permission.RecordFacts => "recording reports received, membership changes and obligation facts",
        Permission.CorrectData => "reverting others' changes, importing, exporting and backing up data",
        Permission.ManageRoles => "managing roles",
        _ => "asking questions",
    };

    public static bool TryParse(string? text, out Role role)
    {
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "admin" or "administrator" or "isu":
                role = Role.Admin;
                return true;
            case "coordinator" or "coord":
                role = Role.Coordinator;
                return true;
            case "reader" or "read" or "viewer":
                role = Role.Reader;
                return true;
            default:
                role = Role.Reader;
                return false;
        }
    }
}
