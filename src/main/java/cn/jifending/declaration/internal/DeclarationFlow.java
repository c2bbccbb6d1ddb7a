package cn.jifending.declaration.internal;

import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.evidence.EvidenceRejectedException;
import cn.jifending.evidence.EvidenceStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The member's side of a declaration: start from a message, fill in what is missing question by
 * question (item, date, evidence), check the date, and show the summary to confirm.
 */
@Component
class DeclarationFlow {

    /** The longest 事由 accepted; a longer one is refused, never cut. */
    static final int DESCRIPTION_LIMIT = 200;

    private final DeclarationParser parser;
    private final ItemCatalog catalog;
    private final DraftStore drafts;
    private final DateCheck dates;
    private final Room room;
    private final EvidenceStore evidence;
    private final Texts texts;
    private final DeclarationProperties properties;
    private final Clock clock;

    DeclarationFlow(ItemCatalog catalog, DraftStore drafts, DateCheck dates, Room room, EvidenceStore evidence,
                    Texts texts, DeclarationProperties properties, Clock clock) {
        this.parser = new DeclarationParser(clock);
        this.catalog = catalog;
        this.drafts = drafts;
        this.dates = dates;
        this.room = room;
        this.evidence = evidence;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    Texts texts() {
        return texts;
    }

    LocalDate today() {
        return parser.today();
    }

    /** How long a draft waits for its next answer. */
    java.time.Duration window() {
        return properties.window();
    }

    Optional<Draft> live(String userId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return drafts.live(userId, now.minus(properties.window()));
    }

    List<DeclarableItem> items(long branchId) {
        return catalog.itemsFor(branchId, today().getYear());
    }

    /** Whether the text names a declarable item in its first word. */
    boolean startsWithItem(String text, long branchId) {
        String first = DeclarationWords.FIRST_WORD.split(text.strip(), 2)[0];
        return !first.isEmpty() && DeclarationParser.recognize(first, items(branchId)).isPresent();
    }

    void start(ChatContext ctx) {
        start(ctx, ctx.message().text(), ctx.message().msgId());
    }

    /** Starts a declaration from {@code text} (this message's, or a held one's), its draft named by {@code msgId}. */
    void start(ChatContext ctx, String text, String msgId) {
        long branchId = ctx.sender().branchId();
        List<DeclarableItem> items = items(branchId);
        DeclarationParser.Parsed p = parser.parse(text, items);
        String description = p.description();
        if (p.item().isEmpty() && !p.unknownItem().isEmpty()) {
            description = (p.unknownItem() + " " + description).strip();
        }
        if (tooLong(ctx, description)) {
            return;
        }
        Draft draft = new Draft(ctx.sender().userId(), ctx.sender().memberId(), branchId,
                p.item().map(DeclarableItem::ledgerItem).orElse(null), p.date().orElse(null),
                description, Draft.Stage.ITEM, List.of(), msgId, null);
        draft = attach(ctx, draft);
        if (p.item().isEmpty() && !p.unknownItem().isEmpty()) {
            save(draft.withStage(Draft.Stage.ITEM));
            ctx.reply("declaration-unknown-item", Map.of("text", p.unknownItem(),
                    "suggestions", texts.suggestions(items)));
            return;
        }
        if (!p.badDate().isEmpty()) {
            save(draft.withStage(Draft.Stage.DATE));
            ctx.reply("declaration-bad-date", Map.of("text", p.badDate()));
            return;
        }
        advance(ctx, draft);
    }

    /** An answer to the question asked last (item or date), possibly with photos. */
    boolean answer(ChatContext ctx, Draft draft) {
        String text = ctx.message().text();
        List<DeclarableItem> items = items(draft.branchId());
        DeclarationParser.Parsed p = parser.parse(text, items);
        boolean understood = false;
        if (draft.item() == null && p.item().isPresent()) {
            draft = draft.withItem(p.item().get().ledgerItem());
            understood = true;
        }
        if (p.date().isPresent() && (draft.occurredOn() == null || draft.stage() == Draft.Stage.DATE)) {
            draft = draft.withDate(p.date().get());
            understood = true;
        }
        if (!understood && draft.stage() == Draft.Stage.DATE && !p.badDate().isEmpty()) {
            save(draft);
            ctx.reply("declaration-bad-date", Map.of("text", p.badDate()));
            return true;
        }
        if (!understood && draft.stage() == Draft.Stage.DESCRIPTION && text != null && !text.isBlank()
                && !ctx.isCommand()) { // a command (我的积分 …) is answered as such; the question stays open
            if (tooLong(ctx, text.strip())) {
                return true;
            }
            draft = draft.withDescription(text.strip());
            understood = true;
        } else if (understood && draft.description().isEmpty() && !p.description().isEmpty()) {
            if (tooLong(ctx, p.description())) {
                return true;
            }
            draft = draft.withDescription(p.description());
        }
        if (!understood && !ctx.hasAttachments()) {
            return false;
        }
        advance(ctx, attach(ctx, draft));
        return true;
    }

    /** Photos or files alone, for the draft under way. */
    void photos(ChatContext ctx, Draft draft) {
        Draft updated = attach(ctx, draft);
        if (draft.stage() == Draft.Stage.CONFIRM) {
            save(updated);
            ctx.reply("declaration-evidence-added", Map.of("count", updated.evidenceIds().size()));
        } else {
            advance(ctx, updated);
        }
    }

    /** Asks for the next missing piece, or shows the summary. Returns true when ready to confirm. */
    boolean advance(ChatContext ctx, Draft draft) {
        List<DeclarableItem> items = items(draft.branchId());
        Optional<DeclarableItem> item = items.stream().filter(i -> i.ledgerItem().equals(draft.item())).findFirst();
        if (item.isEmpty()) {
            save(draft.withItem(null).withStage(Draft.Stage.ITEM));
            ctx.reply("declaration-ask-item", Map.of("suggestions", texts.suggestions(items)));
            return false;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("item", item.get().name());
        if (draft.occurredOn() == null) {
            save(draft.withStage(Draft.Stage.DATE));
            ctx.reply("declaration-ask-date", model);
            return false;
        }
        Optional<DateCheck.Refusal> refusal = dates.check(draft.memberId(), draft.branchId(), draft.occurredOn(),
                today());
        if (refusal.isPresent()) {
            save(draft.withDate(null).withStage(Draft.Stage.DATE));
            ctx.reply(refusal.get().template(), refusal.get().model());
            return false;
        }
        if (draft.description().isBlank()) {
            save(draft.withStage(Draft.Stage.DESCRIPTION));
            ctx.reply("declaration-ask-description", Map.of("item", item.get().name(),
                    "limit", DESCRIPTION_LIMIT));
            return false;
        }
        if (item.get().evidenceRequired() && draft.evidenceIds().isEmpty()) {
            save(draft.withStage(Draft.Stage.EVIDENCE));
            ctx.reply("declaration-ask-evidence", model);
            return false;
        }
        boolean firstSummary = draft.stage() != Draft.Stage.CONFIRM;
        save(draft.withStage(Draft.Stage.CONFIRM));
        BigDecimal left = room.left(draft.memberId(), item.get(), draft.occurredOn().getYear());
        model.put("date", Texts.date(draft.occurredOn()));
        model.put("description", texts.description(draft.description()));
        model.put("count", draft.evidenceIds().size());
        model.put("points", Texts.points(item.get().defaultPoints().min(left)));
        model.put("room", Texts.points(left));
        model.put("year", draft.occurredOn().getYear());
        model.put("thisYear", draft.occurredOn().getYear() == today().getYear());
        model.put("cap", Texts.points(item.get().cap()));
        ctx.reply(left.signum() > 0 ? "declaration-summary" : "declaration-summary-zero", model);
        if (firstSummary && ctx.message().conversation() == InboundMessage.Conversation.ONE_TO_ONE
                && !ctx.message().msgId().startsWith(ConfirmCardAction.PREFIX)) {
            ctx.outbox().card(List.of(draft.userId()), "declaration-confirm", ConfirmCardAction.PREFIX + ctx.message().msgId(),
                    Map.of("item", item.get().name(), "draft", draft.sourceMsgId(),
                            "content", texts.render("declaration-confirm-card", model)));
        }
        return true;
    }

    /** What an unfinished draft is, in words, for the question which one to keep. */
    String describe(Draft draft) {
        String item = items(draft.branchId()).stream().filter(i -> i.ledgerItem().equals(draft.item()))
                .map(DeclarableItem::name).findFirst().orElse("");
        return texts.render("declaration-draft-line", Map.of("item", item.isEmpty()
                        ? texts.render("declaration-draft-no-item", Map.of()) : item,
                "date", draft.occurredOn() == null ? texts.render("declaration-draft-no-date", Map.of())
                        : Texts.date(draft.occurredOn()),
                "description", draft.description().isBlank() ? texts.render("declaration-draft-no-description", Map.of())
                        : draft.description(), "count", draft.evidenceIds().size()));
    }

    private Draft attach(ChatContext ctx, Draft draft) {
        Draft d = draft;
        for (Attachment a : ctx.message().attachments()) {
            if (d.evidenceIds().size() >= properties.maxPhotos()) {
                ctx.reply("evidence-too-many", Map.of("count", properties.maxPhotos()));
                break;
            }
            String name = a.fileName() == null || a.fileName().isBlank()
                    ? texts.render("evidence-unnamed-file", Map.of("picture", a.kind() == Attachment.Kind.PICTURE))
                    : a.fileName();
            try {
                d = d.withEvidence(evidence.fetch(a.downloadCode(), name, ctx.sender().userId(), ctx.source()).id());
            } catch (EvidenceRejectedException e) {
                ctx.reply("evidence-" + e.problem().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        evidenceProblem(a, e.limitBytes()));
            }
        }
        return d;
    }

    /**
     * The model of an {@code evidence-<problem>} reply: the attachment's file name (quoted by the
     * template), or none, when it is named by its kind.
     */
    static Map<String, Object> evidenceProblem(Attachment a, long limitBytes) {
        return Map.of("file", a.fileName() == null ? "" : a.fileName().strip(),
                "picture", a.kind() == Attachment.Kind.PICTURE, "signInSheet", false,
                "limit", limitBytes / (1024 * 1024) + "MB");
    }

    private void save(Draft d) {
        drafts.save(d, LocalDateTime.now(clock));
    }

    /** Refuses a 事由 over the limit, saying the limit; it is never cut. */
    private static boolean tooLong(ChatContext ctx, String description) {
        int length = description.codePointCount(0, description.length());
        if (length <= DESCRIPTION_LIMIT) {
            return false;
        }
        ctx.reply("declaration-description-too-long", Map.of("limit", DESCRIPTION_LIMIT, "length", length));
        return true;
    }
}
