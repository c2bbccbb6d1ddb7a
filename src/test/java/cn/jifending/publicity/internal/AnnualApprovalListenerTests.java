package cn.jifending.publicity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.annual.AnnualResults;
import cn.jifending.annual.AnnualRoundApproved;
import cn.jifending.audit.Source;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.organization.Organization;
import cn.jifending.publicity.Publicity;
import cn.jifending.publicity.QuarterPublication;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual 公示 opens on {@link AnnualRoundApproved} through Spring Modulith's JDBC event publication registry,
 * on the real database (the whole approval is {@code AnnualRoundTests}): the event is recorded with the approval's
 * transaction and completed once the window is open and the members are told its dates; when the listener fails,
 * neither the window nor the members' messages exist and the publication stays incomplete until it is resubmitted.
 */
@Import(MutableClock.Config.class)
class AnnualApprovalListenerTests extends MariaDbTestBase {

    /** The real annual results, made to fail once below: the listener's failure, not a stand-in for the database. */
    @MockitoSpyBean AnnualResults results;
    @Autowired ApplicationEventPublisher events;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired Publicity publicity;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired BotGateway gateway;
    @Autowired Organization organization;
    @Autowired MutableClock clock;

    @Test
    void theApprovalOpensTheAnnualPublicityAndTellsTheMembersOnceItsPublicationIsHandled() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2027, 1, 5, 10, 0));
        long mark = f.mark();
        AnnualRoundApproved approved = new AnnualRoundApproved(-1L, f.branch.id(), 2026, LocalDate.of(2027, 1, 5),
                f.secretary.userId(), Source.chat("approved-" + f.branch.id()));

        doThrow(new IllegalStateException("results not readable")).when(results).linesOf(anyLong(), anyInt());
        tx.executeWithoutResult(s -> events.publishEvent(approved));
        assertThat(publicity.windowOf(f.branch.id(), 2026, QuarterPublication.ANNUAL)).isEmpty();
        assertThat(results(mark)).isZero();
        assertThat(publications(f.branch.id(), false)).isOne();
        assertThat(publications(f.branch.id(), true)).isZero();

        doCallRealMethod().when(results).linesOf(anyLong(), anyInt());
        clearInvocations(results);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof AnnualRoundApproved a
                && a.branchId() == f.branch.id());
        verify(results, times(1)).linesOf(f.branch.id(), 2026); // for the 公示 and the members' messages both
        assertThat(publicity.windowOf(f.branch.id(), 2026, QuarterPublication.ANNUAL)).hasValueSatisfying(w ->
                assertThat(w.firstDay()).isEqualTo(LocalDate.of(2027, 1, 6)));
        assertThat(publications(f.branch.id(), true)).isOne();
        assertThat(publications(f.branch.id(), false)).isZero();
        assertThat(results(mark)).isEqualTo(f.all().size());
        assertThat(f.sentTo(f.member1, mark)).filteredOn(s -> "annual-result".equals(s.template())).singleElement()
                .satisfies(s -> assertThat(s.body()).contains("公示期 2027-01-06 至").doesNotContain("\n-\n"));

        // handed over again (a second delivery): the window is open, nobody is told twice
        tx.executeWithoutResult(s -> events.publishEvent(approved));
        assertThat(results(mark)).isEqualTo(f.all().size());
    }

    private long results(long mark) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id > ? AND template = 'annual-result'")
                .param(mark).query(Long.class).single();
    }

    /** AnnualRoundApproved publications of the branch in the registry, completed or not. */
    private long publications(long branchId, boolean completed) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE event_type = ? AND serialized_event LIKE ? AND "
                        + "completion_date IS " + (completed ? "NOT NULL" : "NULL"))
                .param(AnnualRoundApproved.class.getName()).param("%\"branchId\":" + branchId + ",%")
                .query(Long.class).single();
    }
}
