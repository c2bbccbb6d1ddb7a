package cn.jifending.audit;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audit row written while handling a chat message or a card press joins to that press's or message's
 * {@code inbound_event} row ({@code audit_log.inbound_event_id}, V85). Played on the embedded H2 default and on
 * MariaDB by {@link InboundProvenanceOnH2Tests} and {@link InboundProvenanceOnMariaDbTests}, through the real
 * gateway: a 抽查 by chat, then its card's 合格 press. The tests assert on the {@link Outcome}.
 */
record InboundProvenanceScenario(BotGateway gateway, JdbcClient jdbc, Organization organization, Ledger ledger,
                                 MutableClock clock, TransactionTemplate tx) {

    record Joined(String action, String sourceType, String source, String kind, String msgId, String outTrackId,
                  String actionId) {
    }

    /**
     * What the two inbound events left in the audit log: the spot-check rows joined to their events, how many
     * of the admin's rows carry no event, and the details of the decision row.
     */
    record Outcome(List<Joined> rows, List<Joined> expected, long unjoined, String decidedDetails) {
    }

    Outcome play() {
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
        List<Joined> expected = List.of(
                new Joined("annual.spotcheck.drawn", "CHAT_MESSAGE", msgId, "MESSAGE", msgId, null, null),
                new Joined("annual.spotcheck.decided", "CARD_ACTION", track + " spot-check-pass", "CARD_ACTION", null,
                        track, "spot-check-pass"));
        long unjoined = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id > :before AND actor = 'demo-admin' "
                + "AND inbound_event_id IS NULL").param("before", before).query(Long.class).single();
        String details = jdbc.sql("SELECT details FROM audit_log WHERE id > :before AND action = 'annual.spotcheck.decided'")
                .param("before", before).query(String.class).single();
        return new Outcome(rows, expected, unjoined, details);
    }
}
