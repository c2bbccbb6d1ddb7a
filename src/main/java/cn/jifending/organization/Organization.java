package cn.jifending.organization;

import java.time.LocalDate;

/**
 * Changes to the organization. Every method runs in one transaction together with its audit row.
 */
public interface Organization {

    /** The committee with this name, created when missing. */
    long ensureCommittee(String name, Actor by);

    /** The branch with this name under the committee, created when missing. */
    Branch ensureBranch(long committeeId, String name, Actor by);

    /** The party group with this name in the branch, created when missing. */
    PartyGroup ensurePartyGroup(long branchId, String name, Actor by);

    /** Adds a member and opens their first membership spell; the userid must be new. */
    Member addMember(NewMember member, Actor by);

    /**
     * Moves a member to another branch: closes the open spell on the day before {@code on} and
     * opens a new one from {@code on}. Roles held in the old branch end with it.
     */
    MembershipSpell moveMember(long memberId, long toBranchId, Long toPartyGroupId, LocalDate on, Actor by);

    /** Closes the member's open spell with {@code lastDay} as its last day. */
    MembershipSpell leaveBranch(long memberId, LocalDate lastDay, Actor by);

    /** Changes a member's display name (e.g. to DingTalk's); no-op when it is already that name. */
    Member renameMember(long memberId, String name, Actor by);

    /** Records that a probationary member became formal on {@code on}. */
    Member convertToFormal(long memberId, LocalDate on, Actor by);

    /** Grants a role; {@code branchId} null for committee-wide roles. No-op when already held. */
    void grantRole(long memberId, Long branchId, Role role, Actor by);

    /** Revokes a role; no-op when not held. */
    void revokeRole(long memberId, Long branchId, Role role, Actor by);
}
