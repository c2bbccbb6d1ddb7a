package cn.jifending.pages.internal;

import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.Set;

/** Which pages the viewer may open, for the links at the top of every page. */
record Navigation(boolean branch, boolean committee) {

    /** Roles that see the branch's table: the recorder and the panel (secretary, branch committee, group leaders). */
    static final Set<Role> BRANCH_ROLES = Set.of(Role.SECRETARY, Role.RECORDER, Role.BRANCH_COMMITTEE_MEMBER,
            Role.GROUP_LEADER);

    static Navigation of(Person p) {
        boolean admin = p.has(Role.COMMITTEE_ADMIN);
        return new Navigation(admin || p.roles().stream().anyMatch(BRANCH_ROLES::contains), admin);
    }
}
