package cn.jifending.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is who: the organization module's read API for other modules. */
public interface MemberDirectory {

    /** The person with this DingTalk {@code userid}, if they belong to the organization. */
    Optional<Person> findByUserId(String dingTalkUserId);

    /** The person with this member id, as of today. */
    Optional<Person> findByMemberId(long memberId);

    /** The member record (category, conversion date). */
    Optional<Member> member(long memberId);

    /**
     * The member records of these ids, by id (unknown ids are left out), in a few round trips
     * however many ids: for readers that stream a whole branch.
     */
    Map<Long, Member> members(Collection<Long> memberIds);

    /** The member records of these DingTalk {@code userid}s, by userid (unknown ones are left out), as {@link #members}. */
    Map<String, Member> membersByUserId(Collection<String> userIds);

    /** Every branch of the organization. */
    List<Branch> branches();

    Optional<Branch> branch(long branchId);

    /** The branch's party groups. */
    List<PartyGroup> partyGroups(long branchId);

    /**
     * Members of the branch on {@code date}, ordered by member id; each person's branch, category
     * and branch roles are those in this branch on that date.
     */
    List<Person> membersOn(long branchId, LocalDate date);

    /** Holders of a branch role (secretary, recorder, …) who are active members of it today. */
    List<Person> withRole(long branchId, Role role);

    /** The branch's secretary, if one is appointed. */
    default Optional<Person> secretaryOf(long branchId) {
        return withRole(branchId, Role.SECRETARY).stream().findFirst();
    }

    /** The branch's recorders (记分员). */
    default List<Person> recordersOf(long branchId) {
        return withRole(branchId, Role.RECORDER);
    }

    /** The branch committee members (支委), secretary not included. */
    default List<Person> committeeMembersOf(long branchId) {
        return withRole(branchId, Role.BRANCH_COMMITTEE_MEMBER);
    }

    /** The panel (积分考评小组): secretary, branch committee members and group leaders. */
    List<Person> panelOf(long branchId);

    /** Committee admins (机关党委 staff who see every branch). */
    List<Person> committeeAdmins();

    /** The member's spells in every branch, oldest first. */
    List<MembershipSpell> spellsOf(long memberId);

    /** The spells of each of these members in every branch, oldest first (members without spells left out). */
    Map<Long, List<MembershipSpell>> spellsOfMembers(Collection<Long> memberIds);

    /** Spells in the branch that touch {@code [from, to]}, ordered by member id then start. */
    List<MembershipSpell> spellsInBranch(long branchId, LocalDate from, LocalDate to);
}
