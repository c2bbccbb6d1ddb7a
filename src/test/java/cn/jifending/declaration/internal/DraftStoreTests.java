package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.BothDatabases;
import cn.jifending.TestMappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The draft upsert (one statement, no delete-then-insert) on H2 in MySQL mode and on MariaDB. */
class DraftStoreTests {

    static Stream<Arguments> databases() {
        return BothDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savingADraftTwiceUpdatesTheOneRowAndTheLockSeesIt(String name, DataSource ds) {
        DraftStore drafts = new DraftStore(TestMappers.on(ds).get(DraftMapper.class));
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime at = LocalDateTime.of(2026, 11, 20, 9, 0);

        drafts.save(new Draft(user, 7, 3, null, null, "社区义诊", Draft.Stage.ITEM, List.of(), "msg-1", at), at);
        drafts.save(new Draft(user, 7, 3, "volunteer_service", LocalDate.of(2026, 11, 19), "社区义诊",
                Draft.Stage.CONFIRM, List.of(11L, 12L), "msg-1", at), at.plusMinutes(1));

        Draft live = drafts.live(user, at).orElseThrow();
        assertThat(live.stage()).isEqualTo(Draft.Stage.CONFIRM);
        assertThat(live.item()).isEqualTo("volunteer_service");
        assertThat(live.evidenceIds()).containsExactly(11L, 12L);
        assertThat(live.updatedAt()).isEqualTo(at.plusMinutes(1));
        assertThat(JdbcClient.create(ds).sql("SELECT COUNT(*) FROM declaration_draft WHERE user_id = :u")
                .param("u", user).query(Long.class).single()).isEqualTo(1);
        assertThat(drafts.lock(user)).contains("msg-1");

        drafts.delete(user);
        assertThat(drafts.lock(user)).isEmpty();
    }
}
