package cn.jifending.annual.internal;

import cn.jifending.audit.Source;
import cn.jifending.annual.AnnualProperties;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardParams;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code 抽查 [数量] [种子]} (a 机关党委 admin): draws a sample of the facts recorded in the last
 * {@code jifen.annual.spot-check-days} days across branches with {@code new Random(seed)} — the same
 * seed over the same facts draws the same sample — and sends one card per fact with its evidence
 * references; {@code spot-check-pass} (合格) / {@code spot-check-problem} (有问题 + note) record the
 * outcome once — or by text, {@code 抽查 #12 合格} / {@code 抽查 #12 有问题 说明}. Every step audited.
 * Reached through {@link SpotCheckCommand} and {@link SpotCheckCardAction}.
 */
@Component
class SpotChecks {

    private static final Pattern ANSWER = AnnualWords.SPOT_CHECK_ANSWER;
    /** The seed when none is typed: the time of the draw, 20261104093000. */
    private static final DateTimeFormatter SEED_OF_NOW = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Ledger ledger;
    private final MemberDirectory directory;
    private final AnnualProperties properties;
    private final SpotCheckStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final FactDescriptions facts;
    private final MessageTemplates templates;

    SpotChecks(Ledger ledger, MemberDirectory directory, AnnualProperties properties, SpotCheckStore store, AuditLog audit,
               Clock clock, FactDescriptions facts, MessageTemplates templates) {
        this.templates = templates;
        this.ledger = ledger;
        this.directory = directory;
        this.properties = properties;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.facts = facts;
    }

    /** The sample {@code seed} draws from {@code population} (ascending ids): at most {@code size}, in draw order. */
    static List<Long> draw(List<Long> population, int size, long seed) {
        List<Long> pool = new ArrayList<>(population);
        Random random = new Random(seed);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < size && !pool.isEmpty(); i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    /** {@code 抽查 …} by chat: draw a sample, or answer one of its cards by text. */
    void chat(ChatContext ctx) {
        Person admin = ctx.sender();
        Matcher answer = ANSWER.matcher(ctx.arguments());
        if (answer.matches()) {
            decideByChat(ctx, answer);
            return;
        }
        String[] words = ctx.arguments().isBlank() ? new String[0] : ctx.arguments().split("[\\s\\u3000]+");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Reading<Integer> size = words.length > 0 ? ChatInput.count(words[0], 1, properties.spotCheckMaxSize())
                : Reading.of(5, 0, 0);
        Reading<Long> seed = ChatInput.digits(words.length > 1 ? words[1] : now.format(SEED_OF_NOW), Long.MAX_VALUE);
        if (!size.ok() || !seed.ok() || words.length > 2) {
            ctx.reply("spot-check-usage", Map.of("max", properties.spotCheckMaxSize()));
            return;
        }
        draw(ctx, admin, now, size.value(), seed.value());
    }

    private void draw(ChatContext ctx, Person admin, LocalDateTime now, int size, long seed) {
        List<Long> population = ledger.factIdsRecordedBetween(now.minusDays(properties.spotCheckDays()), now);
        List<Long> sample = draw(population, size, seed);
        long checkId = store.insertCheck(seed, size, admin.userId(), now);
        audit.record(AuditEntry.of(admin.userId(), "annual.spotcheck.drawn", "spot_check", checkId, ctx.source())
                .with("seed", seed).with("drawn", sample.size()).with("population", population.size())
                .with("facts", sample));
        int position = 0;
        for (Long factId : sample) {
            long itemId = store.insertItem(checkId, ++position, factId);
            ledger.find(factId).ifPresent(f -> ctx.outbox().card(List.of(admin.userId()), "spot-check",
                    "spot-check-" + itemId, card(itemId, f)));
        }
        ctx.reply("spot-check-drawn", Map.of("seed", seed, "count", sample.size(), "population", population.size(),
                "days", properties.spotCheckDays(), "facts", TemplateModel.list(sample)));
    }

    /** A press of 合格 / 有问题 on a spot-check card. */
    void press(CardActionContext ctx) {
        Optional<Long> itemId = CardParams.id(ctx, "itemId");
        if (itemId.isEmpty()) {
            return;
        }
        boolean pass = ctx.action().actionId().equals("spot-check-pass");
        decide(ctx.actor(), itemId.get(), pass, ctx.param("note").strip(),
                ctx.source(), ctx.outbox(),
                (template, model) -> ctx.reply(template, model));
    }

    /** {@code 抽查 #12 合格} / {@code 抽查 #12 有问题 说明}: the card's answer by text (built-in cards have no inputs). */
    private void decideByChat(ChatContext ctx, Matcher m) {
        Optional<Long> itemId = ChatInput.id(m.group(1)).orAnswer(ctx::reply);
        if (itemId.isEmpty()) {
            return;
        }
        boolean pass = m.group(2).equals(AnnualWords.PASS);
        decide(ctx.sender(), itemId.get(), pass, m.group(3) == null ? "" : m.group(3).strip(),
                ctx.source(), ctx.outbox(), ctx::reply);
    }

    private void decide(Person actor, long itemId, boolean pass, String note, Source source, Outbox outbox,
                        BiConsumer<String, Map<String, ?>> reply) {
        Optional<Long> factId = store.factOf(itemId);
        boolean decided = store.decided(itemId);
        if (factId.isEmpty() || decided) {
            reply.accept("spot-check-already", Map.of("itemId", itemId));
            return;
        }
        if (!pass && note.isEmpty()) {
            reply.accept("spot-check-needs-note", Map.of("itemId", itemId));
            return;
        }
        String outcome = pass ? "PASS" : "PROBLEM";
        store.insertOutcome(itemId, outcome, note.isEmpty() ? null : note, actor.userId(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEntry.of(actor.userId(), "annual.spotcheck.decided", "spot_check_item", itemId, source)
                .with("outcome", outcome).with("fact", factId.get()).with("note", note.isEmpty() ? null : note));
        outbox.updateCard("spot-check-" + itemId, "spot-check-decided",
                decidedCard(itemId, ledger.find(factId.get()), pass, note, actor.name()));
        reply.accept("spot-check-recorded", Map.of("itemId", itemId, "pass", pass));
    }

    /** The decided card's placeholders: the fact, the outcome, who decided, and the note only when there is one. */
    Map<String, Object> decidedCard(long itemId, Optional<Fact> fact, boolean pass, String note, String decidedBy) {
        Map<String, Object> params = fact.map(f -> card(itemId, f)).orElseGet(LinkedHashMap::new);
        params.put("pass", pass);
        params.put("note", note.isEmpty() ? "" : templates.message("spot-check-note", Map.of("note", note)).strip());
        params.put("decidedBy", decidedBy);
        return params;
    }

    private Map<String, Object> card(long itemId, Fact f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("itemId", itemId);
        p.put("factId", f.id());
        p.put("member", directory.findByMemberId(f.memberId()).map(Person::name).orElse("#" + f.memberId()));
        p.put("branch", directory.branch(f.branchId()).map(b -> b.name()).orElse("#" + f.branchId()));
        p.put("date", f.occurredOn());
        p.putAll(facts.describe(f));
        return p;
    }
}
