package cn.jifending.publicity.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.publicity.PublicityBoard;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections raised during a 公示 (to the secretary and the panel) and the panel's answers. Runs in
 * the caller's (the bot's) transaction; replies go to the outbox.
 */
@Service
class PublicityObjections {

    private final PublicityStore store;
    private final DatabasePublicity publicity;
    private final PublicityAudience audience;
    private final MemberDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    PublicityObjections(PublicityStore store, DatabasePublicity publicity, PublicityAudience audience,
                        MemberDirectory directory, AuditLog audit, Clock clock) {
        this.store = store;
        this.publicity = publicity;
        this.audience = audience;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Raises an objection to the window (or, when {@code windowId} is null, to the latest window of the
     * member's branch) and answers the member.
     */
    @Transactional
    public PublicityBoard.ObjectionOutcome object(Person who, Long windowId, String reason, String sourceRef, Source source,
                                                  Outbox outbox) {
        Optional<WindowRow> window = windowId != null ? store.window(windowId)
                : Optional.ofNullable(who.branchId()).flatMap(store::latestWindow);
        List<String> me = List.of(who.userId());
        if (window.isEmpty() || !window.get().branchId().equals(who.branchId())) {
            outbox.message(me, "publicity-none", Map.of());
            return PublicityBoard.ObjectionOutcome.NO_WINDOW;
        }
        WindowRow w = window.get();
        Map<String, Object> model = publicity.model(w);
        LocalDateTime now = now();
        if (now.toLocalDate().isBefore(w.firstDay())) {
            outbox.message(me, "publicity-not-started", model);
            return PublicityBoard.ObjectionOutcome.NOT_STARTED;
        }
        if (publicity.isClosed(w, now)) {
            outbox.message(me, "publicity-objection-too-late", model);
            return PublicityBoard.ObjectionOutcome.TOO_LATE;
        }
        if (reason == null || reason.isBlank()) {
            outbox.message(me, "publicity-objection-needs-reason", model);
            return PublicityBoard.ObjectionOutcome.NEEDS_REASON;
        }
        if (store.objectionBySource(sourceRef).isPresent()) {
            outbox.message(me, "publicity-objection-received", model);
            return PublicityBoard.ObjectionOutcome.ALREADY_RECEIVED;
        }
        String text = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        long id = store.insertObjection(w.id(), who.userId(), who.name(), text, sourceRef, now);
        audit.record(AuditEntry.of(who.userId(), "publicity.objection.raised", "publicity_objection", id,
                source).with("period", w.quarterLabel()).with("reason", text));
        model.put("name", who.name());
        model.put("reason", text);
        model.put("objectionId", id);
        outbox.card(audience.panel(w.branchId()), "publicity-objection", objectionCardId(id), model);
        outbox.message(me, "publicity-objection-received", model);
        return PublicityBoard.ObjectionOutcome.RECEIVED;
    }

    /** The panel's answer to an objection: {@code UPHELD} (维持) or {@code CORRECTED} (更正). */
    @Transactional
    public void answer(Person who, long objectionId, String decision, String note, Source source, Outbox outbox) {
        List<String> me = List.of(who.userId());
        Optional<ObjectionRow> objection = store.objection(objectionId);
        Optional<WindowRow> window = objection.flatMap(o -> store.window(o.windowId()));
        if (window.isEmpty()) {
            outbox.message(me, "publicity-none", Map.of());
            return;
        }
        WindowRow w = window.get();
        boolean panel = directory.panelOf(w.branchId()).stream().anyMatch(p -> p.userId().equals(who.userId()));
        Map<String, Object> model = publicity.model(w);
        model.put("name", objection.get().name());
        model.put("reason", objection.get().reason());
        if (!panel) {
            outbox.message(me, "publicity-answer-other-branch", model);
            return;
        }
        if (objection.get().answered()) {
            outbox.message(me, "publicity-answer-already", model);
            return;
        }
        String text = note == null ? "" : note.strip();
        store.insertAnswer(objectionId, decision, text, who.userId(), now());
        audit.record(AuditEntry.of(who.userId(), "publicity.objection.answered", "publicity_objection", objectionId,
                source).changed("open", decision).with("note", text.isEmpty() ? null : text));
        model.put("decidedBy", who.name());
        model.put("note", text.isEmpty() ? null : text);
        String template = "UPHELD".equals(decision) ? "publicity-objection-upheld" : "publicity-objection-corrected";
        outbox.message(List.of(objection.get().userId()), template, model);
        outbox.updateCard(objectionCardId(objectionId), "publicity-objection-answered", model);
        outbox.message(me, "publicity-answer-recorded", model);
    }

    static String objectionCardId(long objectionId) {
        return "publicity-objection-" + objectionId;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
