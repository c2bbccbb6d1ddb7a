package cn.jifending.organization;

import java.util.Set;

/**
 * A person known to the organization, as other modules see them.
 *
 * @param memberId      our member id
 * @param userId        DingTalk {@code userid}
 * @param name          real name
 * @param branchId      current branch id, null for committee staff who belong to no branch
 * @param branchName    current branch name
 * @param probationary  true for a 预备党员
 * @param roles         roles in the current branch and committee-wide
 */
public record Person(long memberId, String userId, String name, Long branchId, String branchName,
                     boolean probationary, Set<Role> roles) {

    public Person {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
