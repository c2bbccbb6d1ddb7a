package cn.jifending.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audit row written while handling a chat message or a card press joins to that press's or message's
 * {@code inbound_event} row ({@code audit_log.inbound_event_id}, V85). Run on the embedded H2 default and on
 * MariaDB by the two subclasses, through the real gateway: a 抽查 by chat, then its card's 合格 press.
 */
abstract class InboundProvenanceCases {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;

    record Joined(String action, String sourceType, String source, String kind, String msgId, String outTrackId,
                  String actionId) {
    }

    @Test
    void aChatCommandsAndACardPresssAuditRowsJoinTheirInboundEvents() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 3, 10, 9, 0));
        tx.executeWithoutResult(s -> ledger.record(NewFact.of(FactKind.ATTENDANCE, f.branch.id(), f.member1.id(),
                "collective_study", LocalDate.of(2026, 3, 5), "PRESENT", Source.system("test-" + UUID.randomUUID()),
                "test")));
        clock.set(LocalDateTime.of(2026, 3, 10, 9, 1));
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();

        String msgId = "prov-" + UUID.randomUUID();
        gateway.onMessage(new cn.jifending.bot.InboundMessage(msgId, "demo-admin", "", null, null, "抽查 1 7",
                List.of(), clock.instant()));
        long itemId = jdbc.sql("SELECT MAX(i.id) FROM spot_check_item i JOIN spot_check c ON c.id = i.check_id "
                + "WHERE c.drawn_by = 'demo-admin'").query(Long.class).single();
        String track = "spot-check-" + itemId;
        gateway.onCardAction(new cn.jifending.bot.CardAction(track, "demo-admin", "spot-check-pass",
                Map.of("itemId", String.valueOf(itemId)), clock.instant()));

        List<Joined> rows = jdbc.sql("""
                        SELECT a.action, a.source_type, a.source, e.kind, e.msg_id, e.out_track_id, e.action_id
                        FROM audit_log a JOIN inbound_event e ON e.id = a.inbound_event_id
                        WHERE a.id > :before AND a.action LIKE 'annual.spotcheck.%' ORDER BY a.id""")
                .param("before", before).query(Joined.class).list();
        assertThat(rows).containsExactly(
                new Joined("annual.spotcheck.drawn", "CHAT_MESSAGE", msgId, "MESSAGE", msgId, null, null),
                new Joined("annual.spotcheck.decided", "CARD_ACTION", track + " spot-check-pass", "CARD_ACTION", null,
                        track, "spot-check-pass"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id > :before AND actor = 'demo-admin' "
                        + "AND inbound_event_id IS NULL").param("before", before).query(Long.class).single())
                .as("every audit row of the two inbound events carries its event").isZero();
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE id > :before AND action = 'annual.spotcheck.decided'")
                .param("before", before).query(String.class).single()).contains("\"outcome\":\"PASS\"");
    }
}
