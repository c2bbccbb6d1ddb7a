package cn.jifending.evaluation;

import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.jobs.JobContext;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small branch (secretary, one committee member, members) and helpers to drive the bot and read the outbox. */
public final class RoundFixture {

    public record Sent(long id, String kind, String recipients, String template, String outTrackId, String body,
                       String cardParams) {
    }

    public final Branch branch;
    public final Member secretary;
    public final Member committee;
    public final Member member1;
    public final Member member2;

    private final BotGateway gateway;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    public RoundFixture(Organization organization, BotGateway gateway, JdbcClient jdbc, MutableClock clock) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.clock = clock;
        clock.set(LocalDateTime.of(2026, 1, 5, 9, 0));
        OrgFixture org = new OrgFixture(organization);
        LocalDate since = LocalDate.of(2026, 1, 1);
        branch = org.branch();
        secretary = org.member(branch, since);
        committee = org.member(branch, since);
        member1 = org.member(branch, since);
        member2 = org.member(branch, since);
        organization.grantRole(secretary.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        organization.grantRole(committee.id(), branch.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);
    }

    public List<Member> all() {
        return List.of(secretary, committee, member1, member2);
    }

    public void say(Member who, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), who.userId(), who.name(),
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now(clock)));
    }

    public void press(Member who, String outTrackId, String actionId, Map<String, String> params) {
        gateway.onCardAction(new CardAction(outTrackId, who.userId(), actionId, params, Instant.now(clock)));
    }

    /**
     * A press as DingTalk delivers it (src/docs/dingtalk-cards.md): the params the card was sent with, plus
     * only the inputs the card declares; anything else typed is dropped, as the card platform never sends it.
     */
    public void pressOnCard(Member who, Sent card, String actionId, Map<String, String> typed) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.shared();
        json.readTree(card.cardParams()).properties().forEach(e -> params.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString()));
        java.util.Set<String> declared = new java.util.HashSet<>();
        json.readTree(card.body()).path("inputs").values().forEach(i -> declared.add(i.path("name").asString()));
        typed.forEach((name, value) -> {
            if (declared.contains(name) && !value.isBlank()) {
                params.put(name, value.strip());
            }
        });
        press(who, card.outTrackId(), actionId, params);
    }

    public long mark() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    /** Outbox rows after {@code mark} sent to {@code who} (one-to-one), oldest first. */
    public List<Sent> sentTo(Member who, long mark) {
        return jdbc.sql("""
                SELECT id, kind, recipients, template, out_track_id, body, card_params FROM outbox_message
                WHERE id > ? AND recipients LIKE ? ORDER BY id""")
                .params(mark, "%" + who.userId() + "%")
                .query((rs, i) -> new Sent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public List<String> templatesTo(Member who, long mark) {
        return sentTo(who, mark).stream().map(Sent::template).toList();
    }

    public Sent last(Member who, long mark, String template) {
        List<Sent> sent = sentTo(who, mark).stream().filter(s -> template.equals(s.template())).toList();
        if (sent.isEmpty()) {
            throw new AssertionError("nothing with " + template + " to " + who.name() + "; got " + templatesTo(who, mark));
        }
        return sent.get(sent.size() - 1);
    }

    public static void runJob(List<ScheduledJob> jobs, JobRuns runs, String name, MutableClock clock) {
        ScheduledJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
        job.action().run(new JobContext(name, LocalDateTime.now(clock), runs));
    }
}
