package cn.jifending.annual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.StatementCounter;
import cn.jifending.annual.AnnualLine;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A branch's annual round as the templates see it ({@link AnnualAudit#status}): each stage's flag and the
 * signature counts, from one read of the round's signers and one of the signers it needs.
 */
@Import({MutableClock.Config.class, StatementCounter.Config.class})
class AnnualAuditTests extends MariaDbTestBase {

    private static final int YEAR = 2030;
    private static final LocalDateTime NOW = LocalDateTime.of(2031, 1, 5, 9, 0);

    @Autowired AnnualAudit audits;
    @Autowired AnnualStore store;
    @Autowired Organization organization;

    @Test
    void eachStageWithItsCountsReadingTheSignersOnce() {
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        Member secretary = org.member(branch, LocalDate.of(2020, 1, 1));
        Member committee = org.member(branch, LocalDate.of(2020, 1, 1));
        organization.grantRole(secretary.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        organization.grantRole(committee.id(), branch.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);

        assertThat(StatementCounter.during(() -> assertThat(audits.status(Optional.empty()))
                .containsEntry("notStarted", true).containsEntry("signedCount", 0).containsEntry("requiredCount", 0)))
                .as("no round, nothing to read").isZero();

        long roundId = store.insertRound(branch.id(), YEAR, secretary.userId(), NOW);
        AnnualStore.Round round = store.round(roundId).orElseThrow();
        store.sign(roundId, AnnualStore.BRANCH, secretary.userId(), "test", NOW);
        assertThat(audits.status(Optional.of(round))).containsExactlyEntriesOf(status(false, false, true, 1, 2));

        long once = StatementCounter.during(() -> {
            store.frozen(roundId);
            store.signers(roundId, AnnualStore.BRANCH);
            audits.requiredSigners(branch.id());
        });
        assertThat(StatementCounter.during(() -> audits.status(Optional.of(round))))
                .as("the round's state, its signers and the signers it needs, each read once").isEqualTo(once);

        store.sign(roundId, AnnualStore.BRANCH, committee.userId(), "test", NOW);
        assertThat(audits.status(Optional.of(round))).containsExactlyEntriesOf(status(false, true, false, 2, 2));

        store.insertSnapshot(roundId, new AnnualLine(secretary.id(), secretary.userId(), secretary.name(), branch.id(),
                branch.name(), "FORMAL", new BigDecimal("70"), BigDecimal.ZERO, new BigDecimal("10"),
                new BigDecimal("80"), "PRIORITY", "PRIORITY", Optional.empty(), false, false), NOW);
        assertThat(audits.status(Optional.of(round))).containsExactlyEntriesOf(status(true, false, false, 2, 2));
    }

    private static Map<String, Object> status(boolean approved, boolean ready, boolean reviewing, int signed,
                                              int required) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("notStarted", false);
        s.put("approved", approved);
        s.put("ready", ready);
        s.put("reviewing", reviewing);
        s.put("signedCount", signed);
        s.put("requiredCount", required);
        return s;
    }
}
