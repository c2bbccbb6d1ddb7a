package cn.jifending.organization.internal;

import cn.jifending.organization.Role;
import java.time.LocalDate;
import java.util.Set;

/** One valid roster row. */
record RosterLine(int row, String branch, String partyGroup, String name, String userId, boolean probationary,
                  LocalDate since, Set<Role> roles) {
}
