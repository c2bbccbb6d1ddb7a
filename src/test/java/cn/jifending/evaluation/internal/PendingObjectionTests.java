package cn.jifending.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.BothDatabases;
import cn.jifending.TestMappers;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pending-objection upsert (no delete-then-insert) on H2 in MySQL mode and on MariaDB. */
class PendingObjectionTests {

    static Stream<Arguments> databases() {
        return BothDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void markingAgainReplacesTheRoundTheMemberOwesAReasonFor(String name, DataSource ds) {
        TestMappers mappers = TestMappers.on(ds);
        EvaluationStore store = new EvaluationStore(mappers.get(EvaluationRoundMapper.class),
                mappers.get(EvaluationSnapshotMapper.class), mappers.get(EvaluationAnswerMapper.class),
                mappers.get(EvaluationDecisionMapper.class), mappers.get(EvaluationSignoffMapper.class),
                mappers.get(PendingObjectionMapper.class));
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.of(2026, 10, 9, 10, 0);

        store.markObjectionPending(user, 1, 7, now);
        store.markObjectionPending(user, 2, 7, now.plusMinutes(5));

        assertThat(store.pendingObjection(user)).hasValueSatisfying(p -> assertThat(p).containsExactly(2, 7));
        assertThat(JdbcClient.create(ds).sql("SELECT COUNT(*) FROM evaluation_pending_objection WHERE user_id = :u")
                .param("u", user).query(Long.class).single()).isEqualTo(1);
        store.clearPendingObjection(user);
        assertThat(store.pendingObjection(user)).isEmpty();
    }
}
