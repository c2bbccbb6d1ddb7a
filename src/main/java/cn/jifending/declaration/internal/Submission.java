package cn.jifending.declaration.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.Source;
import cn.jifending.bot.ChatContext;
import cn.jifending.evidence.EvidenceLinks;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * 确认: checks the draft once more (the date, the room left), writes the declaration with its
 * evidence and audit row, sends the approval card to the deciders and viewers, and tells the member.
 */
@Component
class Submission {

    private final DeclarationFlow flow;
    private final ItemCatalog catalog;
    private final DraftStore drafts;
    private final DeclarationStore declarations;
    private final Room room;
    private final Audience audience;
    private final AuditLog audit;
    private final Texts texts;
    private final DateCheck dates;
    private final Clock clock;
    private final ObjectProvider<EvidenceLinks> links;

    Submission(DeclarationFlow flow, ItemCatalog catalog, DraftStore drafts, DeclarationStore declarations, Room room,
               Audience audience, AuditLog audit, Texts texts, DateCheck dates, Clock clock,
               ObjectProvider<EvidenceLinks> links) {
        this.links = links;
        this.dates = dates;
        this.flow = flow;
        this.catalog = catalog;
        this.drafts = drafts;
        this.declarations = declarations;
        this.room = room;
        this.audience = audience;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    void confirm(ChatContext ctx, Draft draft) {
        if (!drafts.lock(draft.userId()).filter(draft.sourceMsgId()::equals).isPresent()) {
            // another 确认 of this draft (a double tap) got there first and has committed
            Optional<Declaration> done = declarations.findBySourceLocked(draft.sourceMsgId());
            if (done.isPresent()) {
                alreadySubmitted(ctx, done.get());
            } else {
                ctx.reply("declaration-nothing-pending", Map.of());
            }
            return;
        }
        boolean ready = draft.stage() == Draft.Stage.CONFIRM
                && dates.check(draft.memberId(), draft.branchId(), draft.occurredOn(), flow.today()).isEmpty()
                && catalog.find(draft.branchId(), draft.occurredOn().getYear(), draft.item()).isPresent();
        if (!ready) {
            flow.advance(ctx, draft);
            return;
        }
        Written written = write(draft, ctx.sender().name(), ctx.source(), ctx.outbox());
        drafts.delete(draft.userId());
        ctx.reply("declaration-submitted", written.submittedModel());
    }

    /** A submitted declaration and its deciders' names (none when nobody is there to decide). */
    record Written(Declaration declaration, List<String> deciders) {

        /** The model of {@code declaration-submitted}, the member's message (the chat's 确认 and the desk's). */
        Map<String, Object> submittedModel() {
            return Map.of("id", declaration.id(), "item", declaration.itemName(),
                    "approver", TemplateModel.list(deciders));
        }
    }

    /**
     * Writes a checked, complete draft as a pending declaration with its evidence and audit row, and sends
     * the approval card to the deciders and viewers (the caller checked the date and the item).
     */
    Written write(Draft draft, String memberName, Source source, Outbox outbox) {
        DeclarableItem item = catalog.find(draft.branchId(), draft.occurredOn().getYear(), draft.item()).orElseThrow();
        BigDecimal left = room.left(draft.memberId(), item, draft.occurredOn().getYear());
        BigDecimal proposed = item.defaultPoints().min(left);
        Audience.Of who = audience.forDeclaration(draft.branchId(), draft.userId());
        LocalDateTime now = LocalDateTime.now(clock);
        long id = declarations.insert(draft, item.name(), proposed, left.signum() == 0, who.deciderIds(),
                who.viewerIds(), now);
        Declaration d = declarations.find(id).orElseThrow();
        audit.record(AuditEntry.of(draft.userId(), "declaration.submitted", "declaration", id, source)
                .with("item", item.ledgerItem()).with("on", draft.occurredOn()).with("proposed", Texts.points(proposed))
                .with("evidence", draft.evidenceIds().size()));
        if (!who.everyone().isEmpty()) {
            outbox.card(who.everyone(), "declaration-approval", d.outTrackId(),
                    cardModel(d, memberName, left, Optional.empty()));
        }
        return new Written(d, who.deciders().stream().map(p -> p.name()).toList());
    }

    /**
     * A 确认 with no draft under way: when the sender submitted a declaration within the window,
     * this is a repeat of that 确认 (a second tap), answered with its number.
     *
     * @return false when there is no such declaration
     */
    boolean repeatedConfirm(ChatContext ctx) {
        LocalDateTime since = LocalDateTime.now(clock).minus(flow.window());
        Optional<Declaration> recent = declarations.latestOfMemberSince(ctx.sender().memberId(), since);
        recent.ifPresent(d -> alreadySubmitted(ctx, d));
        return recent.isPresent();
    }

    private static void alreadySubmitted(ChatContext ctx, Declaration d) {
        ctx.reply("declaration-already-submitted", Map.of("id", d.id(), "item", d.itemName()));
    }

    /** The approval card's title and body; {@code outcome} filled once decided. */
    Map<String, Object> cardModel(Declaration d, String memberName, BigDecimal left, Optional<String> outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", d.id());
        model.put("member", memberName);
        model.put("item", d.itemName());
        model.put("date", Texts.date(d.occurredOn()));
        model.put("description", texts.description(d.description()));
        List<Long> evidence = declarations.evidenceIds(d.id());
        model.put("count", evidence.size());
        model.put("photos", photoLinks(evidence));
        model.put("points", Texts.points(d.proposedPoints()));
        model.put("room", Texts.points(left));
        model.put("status", outcome.orElse(texts.status(d.status())));
        Map<String, Object> card = new HashMap<>(texts.card("", "declaration-card", model));
        card.put("id", d.id());
        card.put("declarationId", String.valueOf(d.id()));
        return card;
    }

    /** Links to open each photo where the channel can serve them (the sandbox); blank otherwise. */
    private String photoLinks(List<Long> evidenceIds) {
        EvidenceLinks where = links.getIfAvailable();
        if (where == null || evidenceIds.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < evidenceIds.size(); i++) {
            sb.append(' ').append(texts.render("declaration-card-photo",
                    Map.of("n", i + 1, "link", where.link(evidenceIds.get(i)))));
        }
        return sb.toString();
    }
}
