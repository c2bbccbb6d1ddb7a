package cn.jifending.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.BothDatabases;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * V85 on both databases: an audit row joins to its {@code inbound_event} through {@code inbound_event_id}
 * (indexed), and the V80 triggers still refuse UPDATE and DELETE, the new columns included.
 */
class AuditLogSchemaTests {

    static Stream<Arguments> databases() {
        return BothDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAuditRowJoinsItsInboundEventAndStaysAppendOnly(String name, DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        String msgId = "schema-" + UUID.randomUUID();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inbound_event (kind, msg_id, sender_user_id, known_sender, message_text, payload, "
                        + "received_at, recorded_at) VALUES ('MESSAGE', :m, 'u1', TRUE, '重发 1', '{}', :at, :at)")
                .param("m", msgId).param("at", LocalDateTime.now()).update(key, "id");
        long eventId = key.getKey().longValue();
        String subject = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO audit_log (actor, action, subject_type, subject_id, source_type, source, "
                        + "inbound_event_id, details, at) VALUES ('u1', 'test.joined', 'test', :s, 'CHAT_MESSAGE', :m, "
                        + ":e, '{\"from\":\"DEAD\"}', :at)")
                .param("s", subject).param("m", msgId).param("e", eventId).param("at", LocalDateTime.now()).update();

        assertThat(jdbc.sql("SELECT e.msg_id FROM audit_log a JOIN inbound_event e ON e.id = a.inbound_event_id "
                + "WHERE a.subject_id = :s").param("s", subject).query(String.class).single()).isEqualTo(msgId);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET inbound_event_id = NULL WHERE subject_id = :s")
                .param("s", subject).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET details = '{}' WHERE subject_id = :s")
                .param("s", subject).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE subject_id = :s")
                .param("s", subject).update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT inbound_event_id FROM audit_log WHERE subject_id = :s").param("s", subject)
                .query(Long.class).single()).isEqualTo(eventId);
    }
}
