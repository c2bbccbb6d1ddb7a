package cn.jifending.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.jobs.JobContext;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.organization.Member;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the bot's door for a test as its users would — messages, files and photos sent in the
 * sandbox, card presses, the scheduled jobs at the test clock's time — and reads the replies back
 * from the outbox. User ids must not be prefixes of one another (recipients are matched with LIKE).
 */
final class ChatDriver {

    /** One outbox row: a message, a card or a card update. */
    record Sent(String template, String outTrackId, String body, String params, String recipients) {
    }

    private final BotGateway gateway;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final List<ScheduledJob> jobs;
    private final JobRuns runs;

    ChatDriver(BotGateway gateway, JdbcClient jdbc, MutableClock clock, List<ScheduledJob> jobs, JobRuns runs) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.clock = clock;
        this.jobs = jobs;
        this.runs = runs;
    }

    void say(Member who, String text, InboundMessage.Attachment... attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), who.userId(), who.name(),
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(attachments), Instant.now(clock)));
    }

    void sayAs(String userId, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, userId,
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now(clock)));
    }

    /** A sheet sent as a file attachment (its download code resolves to these bytes in the sandbox). */
    void sendFile(Member who, String fileName, byte[] content) {
        String code = upload(fileName, "text/csv", content);
        say(who, "", new InboundMessage.Attachment(InboundMessage.Attachment.Kind.FILE, code, fileName, false));
    }

    /** A JPEG "sent" in the sandbox, to attach to a message. */
    InboundMessage.Attachment photo() {
        String code = upload("photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4});
        return new InboundMessage.Attachment(InboundMessage.Attachment.Kind.PICTURE, code, "photo.jpg", false);
    }

    private String upload(String fileName, String contentType, byte[] content) {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(code, fileName, contentType, content, LocalDateTime.now(clock)).update();
        return code;
    }

    void press(Member who, String outTrackId, String actionId, Map<String, String> params) {
        press(who.userId(), outTrackId, actionId, params);
    }

    void press(String userId, String outTrackId, String actionId, Map<String, String> params) {
        gateway.onCardAction(new CardAction(outTrackId, userId, actionId, params, Instant.now(clock)));
    }

    void runJob(String name) {
        ScheduledJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
        job.action().run(new JobContext(name, LocalDateTime.now(clock), runs));
    }

    /** The outbox's high-water mark: replies after it are the ones the next steps caused. */
    long mark() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    List<Sent> sent(String userId, long mark) {
        return jdbc.sql("""
                SELECT template, out_track_id, body, card_params, recipients FROM outbox_message
                WHERE id > ? AND recipients LIKE ? ORDER BY id""")
                .params(mark, "%" + userId + "%")
                .query((rs, i) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    List<String> templates(Member who, long mark) {
        return sent(who.userId(), mark).stream().map(Sent::template).toList();
    }

    Sent last(Member who, long mark, String template) {
        return last(who.userId(), mark, template);
    }

    Sent last(String userId, long mark, String template) {
        List<Sent> s = sent(userId, mark).stream().filter(x -> template.equals(x.template())).toList();
        if (s.isEmpty()) {
            throw new AssertionError("nothing with " + template + " to " + userId + "; got "
                    + sent(userId, mark).stream().map(Sent::template).toList());
        }
        return s.get(s.size() - 1);
    }

    /** The text of the last {@code template} sent to the member after the mark (a card's params). */
    String body(Member who, long mark, String template) {
        return body(who.userId(), mark, template);
    }

    String body(String userId, long mark, String template) {
        Sent s = last(userId, mark, template);
        return s.body() != null ? s.body() : s.params();
    }

    static String requestId(Sent card) {
        Matcher m = Pattern.compile("\"requestId\"\\s*:\\s*\"?(\\d+)").matcher(card.params());
        assertThat(m.find()).as(card.params()).isTrue();
        return m.group(1);
    }
}
