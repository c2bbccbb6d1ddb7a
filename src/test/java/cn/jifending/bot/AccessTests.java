package cn.jifending.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@link Access} on roles alone, and how {@code or}, {@code each} and card recipients combine. */
class AccessTests {

    private static Person person(Long branchId, Role... roles) {
        return new Person(1, "u1", "甲", branchId, branchId == null ? null : "第一党支部", false, Set.of(roles));
    }

    @ParameterizedTest(name = "{0} with roles [{1}] in a branch {2}: {3}")
    @CsvSource({
            "recorderOfOwnBranch,        RECORDER,                true,  true",
            "recorderOfOwnBranch,        RECORDER,                false, false",
            "recorderOfOwnBranch,        MEMBER,                  true,  false",
            "secretaryOfOwnBranch,       SECRETARY,               true,  true",
            "secretaryOfOwnBranch,       BRANCH_COMMITTEE_MEMBER, true,  false",
            "branchCommitteeOfOwnBranch, BRANCH_COMMITTEE_MEMBER, true,  true",
            "branchCommitteeOfOwnBranch, SECRETARY,               true,  false",
            "panelOfOwnBranch,           GROUP_LEADER,            true,  true",
            "panelOfOwnBranch,           SECRETARY,               true,  true",
            "panelOfOwnBranch,           BRANCH_COMMITTEE_MEMBER, false, false",
            "panelOfOwnBranch,           RECORDER,                true,  false",
            "committeeAdmin,             COMMITTEE_ADMIN,         false, true",
            "committeeAdmin,             SECRETARY,               true,  false",
            "anyone,                     MEMBER,                  false, true",
    })
    void eachRuleLooksAtRolesAndTheOwnBranch(String rule, Role role, boolean inBranch, boolean allowed) throws Exception {
        Access access = (Access) Access.class.getMethod(rule).invoke(null);
        assertThat(access.allows(person(inBranch ? 7L : null, role), "任意", null)).isEqualTo(allowed);
        assertThat(access.name()).isEqualTo(rule);
    }

    @Test
    void orAllowsAnyOfItsRulesAndNamesThemAll() {
        Access access = Access.or(Access.committeeAdmin(), Access.secretaryOfOwnBranch());
        assertThat(access.allows(person(7L, Role.SECRETARY), "年度报表", null)).isTrue();
        assertThat(access.allows(person(null, Role.COMMITTEE_ADMIN), "年度报表", null)).isTrue();
        assertThat(access.refusal(person(7L, Role.RECORDER), "年度报表", null)).contains(access);
        assertThat(access.parts()).containsExactly("committeeAdmin", "secretaryOfOwnBranch");
        assertThat(access.name()).isEqualTo("or(committeeAdmin,secretaryOfOwnBranch)");
    }

    @Test
    void eachGivesEveryKeywordItsOwnRuleAndRefusesAKeywordItDoesNotList() {
        Access access = Access.each(Map.of("季度积分", Access.anyone(), "开始考评", Access.secretaryOfOwnBranch()));
        Person member = person(7L, Role.MEMBER);
        assertThat(access.allows(member, "季度积分", null)).isTrue();
        assertThat(access.refusal(member, "开始考评", null)).hasValueSatisfying(
                r -> assertThat(r.name()).isEqualTo("secretaryOfOwnBranch"));
        assertThat(access.allows(person(7L, Role.SECRETARY), "开始考评", null)).isTrue();
        assertThat(access.covers("签名确认")).isFalse();
        assertThat(access.allows(member, "签名确认", null)).isFalse();
        assertThat(Access.anyone().covers("签名确认")).isTrue();
    }

    @Test
    void aCardIsForItsRecordedRecipientsOnly() {
        Person member = person(7L, Role.MEMBER);
        CardAction toThem = new CardAction("t1", "u1", "acknowledge", Map.of(), Instant.now(), Map.of(), "notice",
                List.of("u1"));
        CardAction toSomeoneElse = new CardAction("t2", "u1", "acknowledge", Map.of(), Instant.now(), Map.of(),
                "notice", List.of("u2"));
        CardAction unknown = new CardAction("t3", "u1", "acknowledge", Map.of(), Instant.now());
        assertThat(Access.recipientOfCard().allows(member, "acknowledge", toThem)).isTrue();
        assertThat(Access.recipientOfCard().allows(member, "acknowledge", toSomeoneElse)).isFalse();
        assertThat(Access.recipientOfCard().allows(member, "acknowledge", unknown)).isFalse();
        assertThat(Access.recipientOfCard().allows(member, "acknowledge", null)).as("never for a chat message").isFalse();
    }
}
