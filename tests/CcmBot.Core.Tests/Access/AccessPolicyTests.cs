using CcmBot.Core.Access;

namespace CcmBot.Core.Tests.Access;

public sealed class AccessPolicyTests
{
    public static TheoryData<Role, Permission, bool> Grid()
    {
        var grid = new TheoryData<Role, Permission, bool>();
        foreach (var role in Enum.GetValues<Role>())
        foreach (var permission in Enum.GetValues<Permission>())
            grid.Add(role, permission, role >= AccessPolicy.Needed(permission));
        return grid;
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void A_role_may_do_what_its_own_and_every_lower_role_may(Role role, Permission permission, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.Allows(role, permission));

    [Fact]
    public void Readers_ask_coordinators_log_and_record_admins_correct_and_manage_roles()
    {
        Assert.Equal(Role.Reader, AccessPolicy.Needed(Permission.Ask));
        Assert.Equal(Role.Coordinator, AccessPolicy.Needed(Permission.LogOutreach));
        Assert.Equal(Role.Coordinator, AccessPolicy.Needed(Permission.RecordFacts));
        Assert.Equal(Role.Admin, AccessPolicy.Needed(Permission.EditAnyOutreach));
        Assert.Equal(Role.Admin, AccessPolicy.Needed(Permission.ManageRoles));
    }

    [Fact]
    public void The_roles_are_explained_from_the_same_rules_with_the_askers_own()
    {
        var lines = AccessPolicy.Explain(Role.Coordinator).Split('\n');
        Assert.Equal("Roles, each with everything the one before it may do:", lines[0]);
        Assert.Equal("- reader: asking questions", lines[1]);
        Assert.StartsWith("- coordinator: logging outreach, changing outreach records, managing reminders, recording reports received", lines[2]);
        Assert.StartsWith("- admin: changing someone else's outreach record, reverting others' changes", lines[3]);
        Assert.EndsWith("managing roles", lines[3]);
        Assert.StartsWith("Your role is coordinator.", lines[4]);
    }
}
