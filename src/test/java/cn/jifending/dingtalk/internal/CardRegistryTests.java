package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.BothDatabases;
import cn.jifending.MutableClock;
import cn.jifending.TestMappers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The card record's statements (the retried create is one upsert) on H2 in MySQL mode and on MariaDB. */
class CardRegistryTests {

    static Stream<Arguments> databases() {
        return BothDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRetriedCreateRecordsTheLatestCardInTheOneRowAndKeepsItsDelivery(String name, DataSource ds) {
        MutableClock clock = new MutableClock(Instant.parse("2024-06-11T06:30:00Z"));
        CardRegistry registry = new CardRegistry(TestMappers.on(ds).get(CardMapper.class), clock);
        String track = "decl-" + UUID.randomUUID().toString().substring(0, 8);

        registry.created(new CardRegistry.Card(track, "declaration-approval", List.of("u1"), null,
                Map.of("id", "42"), Map.of("btn1_show", "true")));
        assertThat(registry.isDelivered(track)).isFalse();
        registry.delivered(track);
        clock.advance(Duration.ofMinutes(1));
        registry.created(new CardRegistry.Card(track, "declaration-approval", List.of("u1", "u2"), "cid-1",
                Map.of("id", "43"), Map.of("btn1_show", "false")));

        assertThat(registry.isDelivered(track)).isTrue();
        assertThat(registry.find(track)).hasValueSatisfying(c -> {
            assertThat(c.recipients()).containsExactly("u1", "u2");
            assertThat(c.groupId()).isEqualTo("cid-1");
            assertThat(c.params()).containsExactly(Map.entry("id", "43"));
            assertThat(c.cardData()).containsExactly(Map.entry("btn1_show", "false"));
        });
        assertThat(JdbcClient.create(ds).sql("SELECT COUNT(*) FROM dingtalk_card WHERE out_track_id = :t")
                .param("t", track).query(Long.class).single()).isEqualTo(1);

        registry.updated(track, "declaration-decided", Map.of("id", "43", "status", "approved"), Map.of());
        assertThat(registry.find(track)).hasValueSatisfying(c -> {
            assertThat(c.cardKind()).isEqualTo("declaration-decided");
            assertThat(c.recipients()).containsExactly("u1", "u2");
            assertThat(c.params()).containsEntry("status", "approved");
            assertThat(c.cardData()).isEmpty();
        });
        assertThat(registry.find(track + "-unknown")).isEmpty();
        assertThat(registry.isDelivered(track + "-unknown")).isFalse();
    }
}
