package cn.jifending.publicity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.audit.Source;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.QuarterSignedOff;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.organization.Organization;
import cn.jifending.publicity.Publicity;
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
 * The 公示 opens on {@link QuarterSignedOff} through Spring Modulith's JDBC event publication registry, on the
 * real database: the event is recorded in {@code EVENT_PUBLICATION} (upper case, as Modulith names it) with the sign-off's transaction and completed
 * when the window is open; when the listener fails, the window stays closed and the publication stays incomplete
 * in the registry, and resubmitting it opens the window and completes it.
 */
@Import(MutableClock.Config.class)
class SignOffListenerTests extends MariaDbTestBase {

    /** The real evaluation, made to fail once below: the listener's failure, not a stand-in for the database. */
    @MockitoSpyBean Evaluation evaluation;
    @Autowired ApplicationEventPublisher events;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired Publicity publicity;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired BotGateway gateway;
    @Autowired Organization organization;
    @Autowired MutableClock clock;

    @Test
    void aFailedListenerLeavesThePublicationIncompleteUntilItIsResubmitted() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 3, 10, 0));
        QuarterSignedOff signed = new QuarterSignedOff(-1L, f.branch.id(), 2026, 2, LocalDate.of(2026, 7, 3),
                f.secretary.userId(), null, Source.chat("signed-" + f.branch.id()));

        doThrow(new IllegalStateException("scores not readable")).when(evaluation).signedScores(anyLong());
        tx.executeWithoutResult(s -> events.publishEvent(signed));
        assertThat(publicity.windowOf(f.branch.id(), 2026, 2)).isEmpty();
        assertThat(publications(f.branch.id(), false)).isOne();
        assertThat(publications(f.branch.id(), true)).isZero();

        doCallRealMethod().when(evaluation).signedScores(anyLong());
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof QuarterSignedOff q
                && q.branchId() == f.branch.id());
        assertThat(publicity.windowOf(f.branch.id(), 2026, 2)).hasValueSatisfying(w -> {
            assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 7, 6));
            assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 7, 10));
        });
        assertThat(publications(f.branch.id(), true)).isOne();
        assertThat(publications(f.branch.id(), false)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE template = 'publicity-scheduled' AND recipients LIKE ?")
                .param("%" + f.secretary.userId() + "%").query(Long.class).single()).isOne();
    }

    /** QuarterSignedOff publications of the branch in the registry, completed or not. */
    private long publications(long branchId, boolean completed) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE event_type = ? AND serialized_event LIKE ? AND "
                        + "completion_date IS " + (completed ? "NOT NULL" : "NULL"))
                .param(QuarterSignedOff.class.getName()).param("%\"branchId\":" + branchId + ",%")
                .query(Long.class).single();
    }
}
