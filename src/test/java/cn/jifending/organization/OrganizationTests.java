package cn.jifending.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.AuditRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationTests extends MariaDbTestBase {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Autowired
    Organization organization;
    @Autowired
    MemberDirectory directory;
    @Autowired
    AuditLog audit;
    OrgFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new OrgFixture(organization);
    }

    @Test
    void memberMovedBetweenBranchesKeepsBothSpells() {
        Branch first = fixture.branch();
        Branch second = fixture.branch();
        Member m = fixture.member(first, JAN_1);
        organization.grantRole(m.id(), first.id(), Role.RECORDER, OrgFixture.ADMIN);

        organization.moveMember(m.id(), second.id(), null, LocalDate.of(2026, 7, 1), OrgFixture.ADMIN);

        List<MembershipSpell> spells = directory.spellsOf(m.id());
        assertThat(spells).hasSize(2);
        assertThat(spells.get(0).branchId()).isEqualTo(first.id());
        assertThat(spells.get(0).joinedOn()).isEqualTo(JAN_1);
        assertThat(spells.get(0).leftOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(spells.get(1).branchId()).isEqualTo(second.id());
        assertThat(spells.get(1).isOpen()).isTrue();
        assertThat(directory.membersOn(first.id(), LocalDate.of(2026, 3, 1))).extracting(Person::memberId)
                .containsExactly(m.id());
        assertThat(directory.membersOn(first.id(), LocalDate.of(2026, 8, 1))).isEmpty();
        assertThat(directory.membersOn(second.id(), LocalDate.of(2026, 8, 1))).extracting(Person::memberId)
                .containsExactly(m.id());
        assertThat(directory.spellsInBranch(first.id(), JAN_1, LocalDate.of(2026, 12, 31))).hasSize(1);
        assertThat(directory.withRole(first.id(), Role.RECORDER)).as("roles end with the spell").isEmpty();
        assertThat(directory.findByMemberId(m.id()).orElseThrow().branchId()).isEqualTo(second.id());
    }

    @Test
    void spellsNeverOverlap() {
        Branch first = fixture.branch();
        Branch second = fixture.branch();
        Member m = fixture.member(first, LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> organization.moveMember(m.id(), second.id(), null, LocalDate.of(2026, 5, 1),
                OrgFixture.ADMIN)).isInstanceOf(OrganizationException.class);
        assertThat(directory.spellsOf(m.id())).hasSize(1).allMatch(MembershipSpell::isOpen);
    }

    @Test
    void rolesAndThePanel() {
        Branch b = fixture.branch();
        Member secretary = fixture.member(b, JAN_1);
        Member committee = fixture.member(b, JAN_1);
        Member leader = fixture.member(b, JAN_1);
        Member recorder = fixture.member(b, JAN_1);
        Member admin = fixture.member(b, JAN_1);
        organization.grantRole(secretary.id(), b.id(), Role.SECRETARY, OrgFixture.ADMIN);
        organization.grantRole(committee.id(), b.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);
        organization.grantRole(leader.id(), b.id(), Role.GROUP_LEADER, OrgFixture.ADMIN);
        organization.grantRole(recorder.id(), b.id(), Role.RECORDER, OrgFixture.ADMIN);
        organization.grantRole(admin.id(), null, Role.COMMITTEE_ADMIN, OrgFixture.ADMIN);

        assertThat(directory.secretaryOf(b.id()).orElseThrow().memberId()).isEqualTo(secretary.id());
        assertThat(directory.panelOf(b.id())).extracting(Person::memberId)
                .containsExactlyInAnyOrder(secretary.id(), committee.id(), leader.id());
        assertThat(directory.withRole(b.id(), Role.RECORDER)).extracting(Person::memberId).containsExactly(recorder.id());
        assertThat(directory.committeeAdmins()).extracting(Person::memberId).contains(admin.id());
        Person p = directory.findByUserId(admin.userId()).orElseThrow();
        assertThat(p.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.COMMITTEE_ADMIN);

        organization.revokeRole(recorder.id(), b.id(), Role.RECORDER, OrgFixture.ADMIN);
        assertThat(directory.withRole(b.id(), Role.RECORDER)).isEmpty();
        assertThatThrownBy(() -> organization.grantRole(admin.id(), b.id(), Role.COMMITTEE_ADMIN, OrgFixture.ADMIN))
                .isInstanceOf(OrganizationException.class);
    }

    @Test
    void probationaryConversionHasADate() {
        Branch b = fixture.branch();
        Member m = fixture.probationary(b, LocalDate.of(2025, 3, 1));
        assertThat(directory.findByMemberId(m.id()).orElseThrow().probationary()).isTrue();

        Member converted = organization.convertToFormal(m.id(), LocalDate.of(2026, 3, 1), OrgFixture.ADMIN);

        assertThat(converted.categoryOn(LocalDate.of(2026, 2, 28))).isEqualTo(MemberCategory.PROBATIONARY);
        assertThat(converted.categoryOn(LocalDate.of(2026, 3, 1))).isEqualTo(MemberCategory.FORMAL);
        assertThat(directory.membersOn(b.id(), LocalDate.of(2026, 1, 1)).get(0).probationary()).isTrue();
        assertThat(directory.findByMemberId(m.id()).orElseThrow().probationary()).isFalse();
    }

    @Test
    void everyChangeLeavesAnAuditRow() {
        Branch b = fixture.branch();
        Branch other = fixture.branch();
        Actor secretary = new Actor("audit-actor", cn.jifending.audit.Source.chat("msg-42"));
        Member m = organization.addMember(new NewMember(OrgFixture.unique("u"), "someone", true, null, b.id(),
                null, JAN_1), secretary);
        organization.grantRole(m.id(), b.id(), Role.RECORDER, secretary);
        organization.convertToFormal(m.id(), LocalDate.of(2026, 4, 1), secretary);
        organization.moveMember(m.id(), other.id(), null, LocalDate.of(2026, 6, 1), secretary);
        organization.leaveBranch(m.id(), LocalDate.of(2026, 9, 30), secretary);

        List<AuditRecord> onMember = audit.entriesFor("org_member", String.valueOf(m.id()));
        assertThat(onMember).extracting(r -> r.entry().action()).containsExactly(
                "organization.member.added", "organization.role.granted", "organization.member.converted",
                "organization.role.revoked");
        assertThat(onMember).allSatisfy(r -> {
            assertThat(r.entry().actor()).isEqualTo("audit-actor");
            assertThat(r.entry().source()).isEqualTo(cn.jifending.audit.Source.chat("msg-42"));
        });
        List<MembershipSpell> spells = directory.spellsOf(m.id());
        assertThat(audit.entriesFor("org_membership", String.valueOf(spells.get(0).id())))
                .extracting(r -> r.entry().action())
                .containsExactly("organization.membership.opened", "organization.membership.closed");
        assertThat(audit.entriesFor("org_membership", String.valueOf(spells.get(1).id())))
                .extracting(r -> r.entry().action())
                .containsExactly("organization.membership.opened", "organization.membership.closed");
        assertThat(audit.entriesFor("org_branch", String.valueOf(b.id()))).hasSize(1);
    }

    @Test
    void userIdIsUnique() {
        Branch b = fixture.branch();
        Member m = fixture.member(b, JAN_1);
        assertThatThrownBy(() -> organization.addMember(new NewMember(m.userId(), "again", false, null, b.id(),
                null, JAN_1), OrgFixture.ADMIN)).isInstanceOf(OrganizationException.class);
    }

    /** The batch look-ups answer as the one-by-one ones do, unknown ids and userids left out. */
    @Test
    void membersInOneBatchByIdAndByUserId() {
        Branch b = fixture.branch();
        Member one = fixture.member(b, JAN_1);
        Member two = fixture.probationary(b, JAN_1);
        assertThat(directory.members(List.of(one.id(), two.id(), -1L)))
                .containsOnlyKeys(one.id(), two.id())
                .containsEntry(one.id(), directory.member(one.id()).orElseThrow());
        assertThat(directory.membersByUserId(List.of(one.userId(), two.userId(), "nobody")))
                .containsOnlyKeys(one.userId(), two.userId())
                .containsEntry(one.userId(), directory.member(one.id()).orElseThrow())
                .containsEntry(two.userId(), directory.member(two.id()).orElseThrow());
        assertThat(directory.membersByUserId(List.of())).isEmpty();
    }
}
