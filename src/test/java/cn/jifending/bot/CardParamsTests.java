package cn.jifending.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every card button that carries an id or a year, pressed through the bot's door on a real database
 * with the parameter missing, tampered with or out of range: the presser gets {@code card-action-unknown}
 * (the press had no effect), never {@code handling-failed} (an exception). The same press with a
 * well-formed id of nothing goes on to the handler, which answers in its own words.
 */
class CardParamsTests extends MariaDbTestBase {

    private static final List<String> TAMPERED_IDS = List.of("", "abc", "-3", "0", "12abc", "1 OR 1=1",
            "99999999999999999999", "１２.５");
    private static final List<String> TAMPERED_YEARS = List.of("", "20x6", "1999", "-2025", "2025.0", "99999");

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    /** Who presses, the button, the parameter it carries, and a well-formed value that names nothing. */
    static Stream<Arguments> buttons() {
        return Stream.of(
                button("demo-admin", "annual-approve", "year", "2025"),
                button("demo-secretary", "annual-branch-sign", "roundId", "987654321"),
                button("demo-admin", "spot-check-pass", "itemId", "987654321"),
                button("demo-admin", "spot-check-problem", "itemId", "987654321"),
                button("demo-member-1", "evaluation-confirm", "roundId", "987654321"),
                button("demo-member-1", "evaluation-object", "roundId", "987654321"),
                button("demo-secretary", "evaluation-uphold", "answerId", "987654321"),
                button("demo-secretary", "evaluation-correct", "answerId", "987654321"),
                button("demo-secretary", "evaluation-sign", "roundId", "987654321"),
                button("demo-member-1", "publicity-object", "windowId", "987654321"),
                button("demo-secretary", "publicity-uphold", "objectionId", "987654321"),
                button("demo-secretary", "publicity-correct", "objectionId", "987654321"),
                button("demo-secretary", "excuse-approve", "requestId", "987654321"),
                button("demo-committee", "finding-confirm", "requestId", "987654321"),
                button("demo-secretary", "objection-accept", "requestId", "987654321"));
    }

    @ParameterizedTest(name = "{1} by {0} with {2}")
    @MethodSource("buttons")
    void aTamperedParameterIsAnsweredNeverThrown(String user, String actionId, String param, String nothing) {
        for (String tampered : param.equals("year") ? TAMPERED_YEARS : TAMPERED_IDS) {
            assertThat(press(user, actionId, Map.of(param, tampered, "reason", "有误", "note", "维持")))
                    .as("%s=%s", param, tampered).containsExactly("card-action-unknown");
        }
        assertThat(press(user, actionId, Map.of("reason", "有误"))).as("%s missing", param)
                .containsExactly("card-action-unknown");

        assertThat(press(user, actionId, Map.of(param, nothing, "reason", "有误", "note", "维持")))
                .as("%s=%s", param, nothing).isNotEmpty().doesNotContain("card-action-unknown", "handling-failed");
    }

    /** The templates of every message the press put in the outbox. */
    private List<String> press(String user, String actionId, Map<String, String> params) {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        gateway.onCardAction(new CardAction("track-" + UUID.randomUUID(), user, actionId, params, null));
        return jdbc.sql("SELECT template FROM outbox_message WHERE id > :before ORDER BY id")
                .param("before", before).query(String.class).list();
    }

    private static Arguments button(String user, String actionId, String param, String nothing) {
        return Arguments.of(user, actionId, param, nothing);
    }
}
