package cn.jifending.declaration.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import cn.jifending.scoring.Scheme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * 其他支部自选分: the secretary proposes the branch's own items for the year
 * ({@code 自选项目 信息撰稿 每次2分 上限6分 需要材料}); a committee admin approves or rejects them on a
 * card. The approved caps of a branch's year add up to at most the scheme's branch-item cap.
 */
@Component
class BranchItems {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,20}");

    private final BranchItemStore items;
    private final ItemCatalog catalog;
    private final Scores scores;
    private final MemberDirectory directory;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    BranchItems(BranchItemStore items, ItemCatalog catalog, Scores scores, MemberDirectory directory, AuditLog audit,
                Texts texts, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.scores = scores;
        this.directory = directory;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    Decisions.Reply propose(Person secretary, String arguments, Source source, Outbox outbox) {
        Map<String, Object> model = new HashMap<>();
        int year = LocalDate.now(clock).getYear();
        model.put("year", year);
        if (!secretary.has(Role.SECRETARY) || secretary.branchId() == null) {
            return new Decisions.Reply("branch-item-not-secretary", model);
        }
        String name = arguments.split("[\\s\\u3000]+", 2)[0];
        Matcher points = BranchItemWords.POINTS.matcher(arguments);
        Matcher cap = BranchItemWords.CAP.matcher(arguments);
        if (!NAME.matcher(name).matches() || BranchItemWords.NOT_A_NAME.matcher(name).matches()
                || !points.find() || !cap.find()) {
            return new Decisions.Reply("branch-item-usage", model);
        }
        BigDecimal p = new BigDecimal(points.group(1));
        BigDecimal c = new BigDecimal(cap.group(1));
        boolean evidence = !BranchItemWords.NO_EVIDENCE.matcher(arguments).find();
        model.put("item", name);
        model.put("points", Texts.points(p));
        model.put("cap", Texts.points(c));
        if (p.signum() <= 0 || c.signum() <= 0 || p.compareTo(c) > 0) {
            return new Decisions.Reply("branch-item-bad-numbers", model);
        }
        long branchId = secretary.branchId();
        List<BranchItem> live = items.live(branchId, year);
        boolean clash = live.stream().anyMatch(b -> b.name().equals(name))
                || DeclarationParser.recognize(name, catalog.itemsFor(branchId, year)).isPresent();
        if (clash) {
            return new Decisions.Reply("branch-item-duplicate", model);
        }
        BigDecimal max = bucket(year);
        BigDecimal used = approvedCaps(live);
        model.put("used", Texts.points(used));
        model.put("max", Texts.points(max));
        if (used.add(c).compareTo(max) > 0) {
            return new Decisions.Reply("branch-item-over-cap", model);
        }
        List<String> admins = directory.committeeAdmins().stream().map(Person::userId).toList();
        if (admins.isEmpty()) {
            return new Decisions.Reply("branch-item-no-admin", model);
        }
        long id = items.insert(branchId, year, name, p, c, evidence, secretary.userId(), LocalDateTime.now(clock));
        BranchItem item = items.find(id).orElseThrow();
        audit.record(AuditEntry.of(secretary.userId(), "branch_item.proposed", "branch_item", id, source)
                .with("name", name).with("year", year).with("points", p).with("cap", c).with("evidence", evidence));
        outbox.card(admins, "branch-item-review", item.outTrackId(), card(item, null));
        return new Decisions.Reply("branch-item-proposed", model);
    }

    Decisions.Reply decide(BranchItem item, Person admin, boolean approve, Source source, Outbox outbox) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", item.name());
        model.put("year", item.year());
        if (item.status() != BranchItem.Status.PROPOSED) {
            return new Decisions.Reply("branch-item-already", model);
        }
        BigDecimal used = approvedCaps(items.live(item.branchId(), item.year()));
        BigDecimal max = bucket(item.year());
        model.put("used", Texts.points(used));
        model.put("max", Texts.points(max));
        model.put("cap", Texts.points(item.cap()));
        model.put("points", Texts.points(item.points()));
        if (approve && used.add(item.cap()).compareTo(max) > 0) {
            return new Decisions.Reply("branch-item-over-cap", model);
        }
        BranchItem.Status to = approve ? BranchItem.Status.APPROVED : BranchItem.Status.REJECTED;
        if (!items.decide(item.id(), to, admin.userId(), LocalDateTime.now(clock))) {
            return new Decisions.Reply("branch-item-already", model);
        }
        audit.record(AuditEntry.of(admin.userId(), "branch_item." + (approve ? "approved" : "rejected"),
                "branch_item", item.id(), source).changed("PROPOSED", to));
        model.put("decider", admin.name());
        String outcome = texts.render(approve ? "branch-item-outcome-approved" : "branch-item-outcome-rejected",
                model);
        outbox.updateCard(item.outTrackId(), "branch-item-decided", card(items.find(item.id()).orElseThrow(),
                outcome));
        outbox.message(List.of(item.proposedBy()), approve ? "branch-item-approved" : "branch-item-rejected", model);
        return new Decisions.Reply("branch-item-decided-ack", Map.of("item", item.name(), "status", outcome));
    }

    /** The branch's items for the year (approved and proposed), one line each. */
    String list(long branchId, int year) {
        StringBuilder sb = new StringBuilder();
        for (BranchItem b : items.live(branchId, year)) {
            sb.append(texts.render("branch-item-line", Map.of("item", b.name(), "points", Texts.points(b.points()),
                    "cap", Texts.points(b.cap()), "status", texts.render("branch-item-status-"
                            + b.status().name().toLowerCase(java.util.Locale.ROOT), Map.of())))).append('\n');
        }
        return sb.toString().strip();
    }

    Optional<BranchItem> byId(long id) {
        return items.find(id);
    }

    Optional<BranchItem> byTrack(String track) {
        return items.findByTrack(track);
    }

    private BigDecimal bucket(int year) {
        Scheme scheme = scores.schemeFor(year);
        return scheme.featuredItems().stream().filter(Scheme.FeaturedItem::branchDefined)
                .map(Scheme.FeaturedItem::max).findFirst().orElse(BigDecimal.ZERO);
    }

    private static BigDecimal approvedCaps(List<BranchItem> live) {
        return live.stream().filter(b -> b.status() == BranchItem.Status.APPROVED).map(BranchItem::cap)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<String, Object> card(BranchItem item, String outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", item.name());
        model.put("year", item.year());
        model.put("points", Texts.points(item.points()));
        model.put("cap", Texts.points(item.cap()));
        model.put("text", texts.render(item.evidenceRequired() ? "branch-item-evidence-yes" : "branch-item-evidence-no",
                Map.of()));
        model.put("member", directory.findByUserId(item.proposedBy()).map(Person::name).orElse(item.proposedBy()));
        model.put("approver", directory.branch(item.branchId()).map(b -> b.name()).orElse(null));
        model.put("status", outcome);
        Map<String, Object> card = new HashMap<>(texts.card("", "branch-item-card", model));
        card.put("item", item.name());
        return card;
    }
}
