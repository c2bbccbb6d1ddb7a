package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.internal.DeclarationTraffic.Sent;
import cn.jifending.dingtalk.internal.DeclarationTraffic.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a crash run left behind, read from the database itself and from the fake DingTalk: per
 * acknowledged message its effect (the {@code inbound_event} row; for a 确认 the {@code declaration}
 * row whose source is its 申报) and its replies (a 申报 is answered by the summary naming its token, a
 * 确认 by {@code 申报已提交，编号 N} for its declaration).
 */
final class CrashFindings {

    static final String HANDLING_FAILED = "处理您的消息时出现了问题";
    private static final Pattern SUBMITTED = Pattern.compile("申报已提交，编号 \\*\\*(\\d+)\\*\\*");
    private static final Pattern TOKEN = Pattern.compile("crash[a-z]+");
    private static final Pattern CARD_ID = Pattern.compile("\"(?:outTrackId|cardBizId)\"\\s*:\\s*\"([^\"]+)\"");

    final int messages;
    final int acked;
    final List<String> unacked = new ArrayList<>();
    final List<String> withoutEvent = new ArrayList<>();
    final List<String> withoutDeclaration = new ArrayList<>();
    final Map<String, Integer> replies = new LinkedHashMap<>();
    final List<String> missingReplies = new ArrayList<>();
    final List<String> duplicatedReplies = new ArrayList<>();
    final List<String> unexpectedTexts = new ArrayList<>();
    final Map<String, List<Instant>> replyTimes = new HashMap<>();
    int handlingFailed;
    int redelivered;
    int declarations;
    int duplicatedCards;
    final Map<String, Long> outbox = new LinkedHashMap<>();
    final List<String> retriedOutboxRows = new ArrayList<>();

    private final Map<String, Long> declarationBySource = new HashMap<>();
    private final Map<String, Sent> byMsgId = new HashMap<>();
    private final Map<String, Sent> declareByToken = new HashMap<>();
    private final Map<Long, Sent> confirmByDeclaration = new HashMap<>();

    CrashFindings(List<Sent> sent, Connection db, CrashDingTalk dingTalk) throws SQLException {
        messages = sent.size();
        acked = (int) sent.stream().filter(Sent::acked).count();
        Set<String> events = strings(db, "SELECT msg_id FROM inbound_event WHERE msg_id IS NOT NULL");
        readDeclarationsAndOutbox(db);
        index(sent);
        attribute(dingTalk.texts());
        judge(sent, events);
        countCards(dingTalk.createdCardBodies());
    }

    private void readDeclarationsAndOutbox(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, source_msg_id FROM declaration")) {
            while (rs.next()) {
                declarationBySource.put(rs.getString(2), rs.getLong(1));
            }
        }
        declarations = declarationBySource.size();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                outbox.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, kind, template, attempts, status, recipients FROM outbox_message WHERE attempts > 1 ORDER BY id")) {
            while (rs.next()) {
                retriedOutboxRows.add("outbox " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " tries "
                        + rs.getInt(4) + " " + rs.getString(5) + " to " + rs.getString(6).replace('\n', ','));
            }
        }
    }

    private void index(List<Sent> sent) {
        for (Sent s : sent) {
            byMsgId.put(s.msgId, s);
            replies.put(s.msgId, 0);
            if (s.step == Step.DECLARE) {
                declareByToken.put(s.token, s);
            }
        }
        for (Sent s : sent) {
            Long id = declarationBySource.get(declareByToken.get(s.token).msgId);
            if (s.step == Step.CONFIRM && id != null) {
                confirmByDeclaration.put(id, s);
            }
        }
    }

    /** Counts each text to one of the six users against the message it answers. */
    private void attribute(List<CrashDingTalk.Text> texts) {
        Set<String> users = new HashSet<>(DeclarationTraffic.USERS);
        for (CrashDingTalk.Text t : texts) {
            if (t.content().contains(HANDLING_FAILED)) {
                handlingFailed++;
            }
            String session = t.recipient().startsWith("session:") ? t.recipient().substring("session:".length()) : null;
            String user = session != null && byMsgId.containsKey(session) ? byMsgId.get(session).user : t.recipient();
            if (!users.contains(user)) {
                continue;
            }
            Sent answered = answered(t.content());
            if (answered == null || !answered.user.equals(user)) {
                unexpectedTexts.add(user + ": " + t.content().strip().replace('\n', ' '));
                continue;
            }
            replies.merge(answered.msgId, 1, Integer::sum);
            replyTimes.computeIfAbsent(answered.msgId, k -> new ArrayList<>()).add(t.at());
        }
    }

    private void judge(List<Sent> sent, Set<String> events) {
        for (Sent s : sent) {
            if (!s.acked()) {
                unacked.add(s.msgId);
                continue;
            }
            if (s.deliveries > 1) {
                redelivered++;
            }
            if (!events.contains(s.msgId)) {
                withoutEvent.add(s.msgId);
            }
            if (s.step == Step.CONFIRM && !declarationBySource.containsKey(declareByToken.get(s.token).msgId)) {
                withoutDeclaration.add(s.msgId);
            }
            int n = replies.get(s.msgId);
            if (n == 0) {
                missingReplies.add(s.msgId);
            } else if (n > 1) {
                duplicatedReplies.add(s.msgId);
            }
        }
    }

    private void countCards(List<String> createdBodies) {
        Map<String, Integer> cards = new HashMap<>();
        for (String body : createdBodies) {
            Matcher m = CARD_ID.matcher(body);
            if (m.find()) {
                cards.merge(m.group(1), 1, Integer::sum);
            }
        }
        duplicatedCards = (int) cards.values().stream().filter(n -> n > 1).count();
    }

    /** The message a text answers: the 申报 whose token it names, or the 确认 of the declaration it numbers. */
    private Sent answered(String content) {
        Matcher submitted = SUBMITTED.matcher(content);
        if (submitted.find()) {
            return confirmByDeclaration.get(Long.parseLong(submitted.group(1)));
        }
        Matcher token = TOKEN.matcher(content);
        while (token.find()) {
            Sent s = declareByToken.get(token.group());
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The lines the test prints: every figure, and the first few message ids of each defect. */
    String report(String database, List<Instant> kills, Map<String, Duration> timings) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("crash[%s]: %d messages (%d declarations), %d acknowledged (%d only after a "
                        + "redelivery), %d never acknowledged%n", database, messages, messages / 2, acked, redelivered,
                unacked.size()));
        sb.append(String.format("crash[%s]: lost effects: %d without inbound_event, %d 确认 without declaration "
                        + "(declarations in the database: %d)%n", database, withoutEvent.size(), withoutDeclaration.size(),
                declarations));
        sb.append(String.format("crash[%s]: replies: %d missing, %d duplicated, %d 处理失败, %d unexpected texts; "
                        + "cards created more than once: %d%n", database, missingReplies.size(), duplicatedReplies.size(),
                handlingFailed, unexpectedTexts.size(), duplicatedCards));
        sb.append(String.format("crash[%s]: outbox after the drain: %s; rows tried more than once: %d%n", database,
                outbox, retriedOutboxRows.size()));
        sb.append(String.format("crash[%s]: timings: %s%n", database, timings));
        list(sb, database, "unacknowledged", unacked);
        list(sb, database, "without inbound_event", withoutEvent);
        list(sb, database, "确认 without declaration", withoutDeclaration);
        list(sb, database, "missing reply", missingReplies);
        List<String> duplicates = duplicatedReplies.stream().map(id -> id + " at " + replyTimes.get(id).stream()
                .map(at -> relativeToKill(kills, at)).toList()).toList();
        list(sb, database, "duplicated reply", duplicates);
        list(sb, database, "unexpected text", unexpectedTexts);
        list(sb, database, "outbox row tried more than once", retriedOutboxRows);
        return sb.toString();
    }

    /** When a copy reached the fake, relative to the nearest kill: {@code -125ms/kill 1}, {@code +9391ms/kill 1}. */
    private static String relativeToKill(List<Instant> kills, Instant at) {
        int nearest = 0;
        for (int k = 1; k < kills.size(); k++) {
            if (Duration.between(kills.get(k), at).abs().compareTo(Duration.between(kills.get(nearest), at).abs()) < 0) {
                nearest = k;
            }
        }
        if (kills.isEmpty()) {
            return at.toString();
        }
        long ms = Duration.between(kills.get(nearest), at).toMillis();
        return (ms >= 0 ? "+" : "") + ms + "ms/kill " + (nearest + 1);
    }

    /** How long before a kill a send can still have been in flight (the fake answers at once). */
    static final Duration IN_FLIGHT = Duration.ofSeconds(2);

    /**
     * The duplicated replies that a kill does not explain. DingTalk's robot send and session webhook take
     * no idempotency key, so a reply that reached DingTalk just before the process died, before its row was
     * marked SENT, is sent again after the restart (at least once, never lost). Such a duplicate has
     * exactly two copies: one within {@link #IN_FLIGHT} before a kill, one after that kill. Anything else
     * (three copies, two copies with no kill between them) is a real double send.
     */
    List<String> duplicatesNotInFlightAtAKill(List<Instant> kills) {
        List<String> unexplained = new ArrayList<>();
        for (String id : duplicatedReplies) {
            List<Instant> copies = replyTimes.get(id).stream().sorted().toList();
            boolean explained = copies.size() == 2 && kills.stream().anyMatch(kill ->
                    !copies.get(0).isAfter(kill) && copies.get(0).isAfter(kill.minus(IN_FLIGHT))
                            && copies.get(1).isAfter(kill));
            if (!explained) {
                unexplained.add(id);
            }
        }
        return unexplained;
    }

    boolean clean() {
        return unacked.isEmpty() && withoutEvent.isEmpty() && withoutDeclaration.isEmpty() && missingReplies.isEmpty()
                && duplicatedReplies.isEmpty() && handlingFailed == 0 && unexpectedTexts.isEmpty();
    }

    private static void list(StringBuilder sb, String database, String what, List<String> items) {
        if (!items.isEmpty()) {
            sb.append(String.format("crash[%s]: %s (%d): %s%n", database, what, items.size(),
                    items.subList(0, Math.min(10, items.size()))));
        }
    }

    private static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
