package cn.jifending.evaluation.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatInput;
import cn.jifending.evaluation.QuarterSignedOff;
import org.springframework.context.ApplicationEventPublisher;
import cn.jifending.evaluation.PendingExcuses;
import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of a round people take: confirm, object, the panel's decision, the secretary's sign-off. */
@Service
class RoundActions {

    private final EvaluationStore store;
    private final Snapshots snapshots;
    private final RoundCards cards;
    private final Ledger ledger;
    private final PeriodLocks locks;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final PendingExcuses excuses;
    private final SignOffCompleteness completeness;
    private final ObjectionFacts facts;

    RoundActions(EvaluationStore store, Snapshots snapshots, RoundCards cards, Ledger ledger, PeriodLocks locks,
                 ApplicationEventPublisher events, AuditLog audit, PendingExcuses excuses, SignOffCompleteness completeness,
                 ObjectionFacts facts) {
        this.facts = facts;
        this.completeness = completeness;
        this.store = store;
        this.snapshots = snapshots;
        this.cards = cards;
        this.ledger = ledger;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.excuses = excuses;
    }

    /** 确认 or 有异议 (OBJECTED needs a reason; without one the member's next text is the reason). */
    @Transactional
    public void answer(Person who, long roundId, String answer, String reason, Source source, Outbox outbox) {
        List<String> me = List.of(who.userId());
        Optional<RoundRow> round = store.round(roundId);
        Optional<SnapshotRow> snapshot = round.flatMap(r -> store.snapshot(r.id(), who.memberId()));
        if (snapshot.isEmpty()) {
            outbox.message(me, "evaluation-not-yours", Map.of());
            return;
        }
        Map<String, Object> model = cards.memberCard(round.get(), snapshot.get());
        Optional<AnswerRow> earlier = store.answer(roundId, who.memberId());
        if (round.get().signed()) {
            // a card still showing buttons (e.g. answered by text) is brought to its decided state
            earlier.ifPresentOrElse(a -> cards.settleMemberCard(round.get(), snapshot.get(), a, null, outbox),
                    () -> cards.closeMemberCard(round.get(), snapshot.get(), outbox));
            outbox.message(me, "evaluation-already-signed", model);
            return;
        }
        if (earlier.isPresent()) {
            cards.settleMemberCard(round.get(), snapshot.get(), earlier.get(), null, outbox);
            model.put("reason", earlier.get().reason());
            outbox.message(me, earlier.get().objected() ? "evaluation-already-objected" : "evaluation-already-confirmed",
                    model);
            return;
        }
        if ("OBJECTED".equals(answer) && (reason == null || reason.isBlank())) {
            store.markObjectionPending(who.userId(), roundId, who.memberId(), cards.now());
            outbox.message(me, "evaluation-objection-reason", model);
            return;
        }
        String text = reason == null ? null : clip(reason.strip());
        long answerId = store.insertAnswer(roundId, who.memberId(), answer, text, source.toString(), cards.now());
        store.clearPendingObjection(who.userId());
        cards.settleMemberCard(round.get(), snapshot.get(), store.answer(answerId).orElseThrow(), null, outbox);
        audit.record(AuditEntry.of(who.userId(), "evaluation.answer." + answer.toLowerCase(), "evaluation_answer",
                answerId, source).with("answer", answer).with("reason", text));
        if ("OBJECTED".equals(answer)) {
            model.put("reason", text);
            model.put("answerId", answerId);
            model.put("facts", facts.listed(who.memberId(), round.get().key()));
            List<String> panel = cards.panel(round.get().branchId());
            if (!panel.isEmpty()) {
                outbox.card(panel, "evaluation-objection", cards.objectionCardId(answerId), model);
            }
            outbox.message(me, "evaluation-objection-received", model);
        } else {
            outbox.message(me, "evaluation-confirmed", model);
        }
        readyCheck(round.get());
    }

    /**
     * The panel's decision on an objection: UPHELD (维持) or CORRECTED (更正). A correction names a ledger
     * fact of the member (its 编号 on the card) and its new value (撤销: reversed); without both, or with a
     * value the ledger refuses, the panel is told and the objection stays open. The panel decision is the
     * approval reference of the correcting fact, the panel's note (else the decision's wording) its reason.
     */
    @Transactional
    public void decide(Person who, long answerId, String decision, String note, String factId, String value,
                       Source source, Outbox outbox) {
        List<String> me = List.of(who.userId());
        Optional<AnswerRow> answer = store.answer(answerId).filter(AnswerRow::objected);
        Optional<RoundRow> round = answer.flatMap(a -> store.round(a.roundId()));
        if (round.isEmpty()) {
            outbox.message(me, "evaluation-unknown-objection", Map.of());
            return;
        }
        SnapshotRow snapshot = store.snapshot(round.get().id(), answer.get().memberId()).orElseThrow();
        Map<String, Object> model = cards.memberCard(round.get(), snapshot);
        model.put("reason", answer.get().reason());
        if (!cards.isPanel(who, round.get().branchId())) {
            outbox.message(me, "evaluation-decision-other-branch", model);
            return;
        }
        if (!answer.get().open()) {
            outbox.message(me, "evaluation-decision-already", model);
            return;
        }
        String approval = "evaluation-decision:" + answerId;
        String noteText = note == null || note.isBlank() ? null : clip(note.strip());
        if ("CORRECTED".equals(decision)) {
            if (factId == null || factId.isBlank() || value == null || value.isBlank()) {
                model.put("facts", facts.listed(answer.get().memberId(), round.get().key()));
                outbox.message(me, "evaluation-correction-missing", model);
                return;
            }
            Optional<Fact> fact = ChatInput.id(factId).asOptional().flatMap(ledger::find)
                    .filter(f -> f.memberId() == answer.get().memberId());
            if (fact.isEmpty()) {
                model.put("factId", factId);
                outbox.message(me, "evaluation-correction-unknown-fact", model);
                return;
            }
            Fact f = fact.get();
            // the ledger needs a reason: the panel's note, else the decision's own wording
            String reason = noteText != null ? noteText : cards.correctionReason();
            Correction correction = value.strip().equals(EvaluationWords.REVOKE)
                    ? Correction.reversal(reason, source, who.userId())
                    : Correction.replacement(f.item(), f.occurredOn(), facts.storedValue(value.strip()), reason,
                            source, who.userId());
            if (facts.correct(f.id(), correction.approvedBy(approval)).isEmpty()) {
                model.put("factId", f.id());
                model.put("value", value.strip());
                model.put("current", facts.shown(f.value()));
                outbox.message(me, "evaluation-correction-refused", model);
                return;
            }
        }
        store.insertDecision(answerId, decision, noteText, who.userId(), cards.now());
        audit.record(AuditEntry.of(who.userId(), "evaluation.objection.decided", "evaluation_answer", answerId, source)
                .changed("OBJECTED", decision).with("note", noteText));
        if ("CORRECTED".equals(decision)) {
            SnapshotRow refreshed = snapshots.yearOf(snapshot.memberId(), round.get().year())
                    .flatMap(y -> snapshots.of(y, round.get().key(), round.get().id(), snapshot.version() + 1,
                            snapshot.userId()))
                    .orElse(snapshot);
            if (refreshed.total().compareTo(snapshot.total()) != 0 || refreshed.base().compareTo(snapshot.base()) != 0
                    || refreshed.featured().compareTo(snapshot.featured()) != 0) {
                store.insertSnapshot(refreshed, approval, cards.now());
                audit.record(AuditEntry.of(who.userId(), "evaluation.snapshot.corrected", "evaluation_snapshot",
                                round.get().id() + "/" + snapshot.memberId() + "/" + refreshed.version(), source)
                        .changed(Snapshots.score(snapshot.total()), Snapshots.score(refreshed.total())));
                model = cards.memberCard(round.get(), refreshed);
                model.put("reason", answer.get().reason());
            }
        }
        model.put("note", noteText);
        model.put("decidedBy", who.name());
        outbox.message(List.of(snapshot.userId()), "UPHELD".equals(decision) ? "evaluation-objection-upheld"
                : "evaluation-objection-corrected", model);
        outbox.updateCard(cards.objectionCardId(answerId), "evaluation-objection-decided", model);
        cards.settleMemberCard(round.get(), store.snapshot(round.get().id(), snapshot.memberId()).orElseThrow(),
                store.answer(answerId).orElseThrow(), who.name(), outbox);
        outbox.message(me, "evaluation-decision-recorded", model);
        readyCheck(round.get());
    }

    /** Drops a pending 有异议 that waits for its reason (the member sent 取消). */
    @Transactional
    public void cancelPendingObjection(Person who, Outbox outbox) {
        store.clearPendingObjection(who.userId());
        outbox.message(List.of(who.userId()), "evaluation-objection-cancelled", Map.of());
    }

    /**
     * 签名确认: refused while objections are open, excuses wait, members are pending before the deadline,
     * or a member lacks a monthly figure of the quarter; the last only is overridden by a stated
     * {@code reason} ({@code 签名确认 2026Q2 理由 …}), which is kept with the sign-off, audited and published.
     * A press on a sign-off card ({@code card} its outTrackId, null by text) leaves that card without its
     * button: signed, or refused (a press counts once per card, so the refused card could not be used again).
     */
    @Transactional
    public void signOff(Person who, long roundId, String reason, String card, Source source, Outbox outbox) {
        List<String> me = List.of(who.userId());
        Optional<RoundRow> found = store.round(roundId);
        if (found.isEmpty()) {
            outbox.message(me, "evaluation-unknown-round", Map.of());
            return;
        }
        RoundRow round = found.get();
        Map<String, Object> model = cards.roundModel(round);
        model.putAll(cards.progress(round));
        if (!cards.isSecretary(who, round)) {
            outbox.message(me, "evaluation-signoff-other-branch", model);
            return;
        }
        boolean pressed = cards.isSignOffCard(card, roundId);
        if (round.signed()) {
            if (pressed) {
                cards.settleSignOffCard(card, round, cards.name(round.signedBy()),
                        store.signedOn(roundId).orElse(null), outbox);
            }
            outbox.message(me, "evaluation-already-signed", model);
            return;
        }
        if (store.answers(roundId).stream().anyMatch(AnswerRow::open)) {
            refuse(me, pressed ? card : null, round, "evaluation-signoff-refused-objections", model, outbox);
            return;
        }
        List<String> excuses = pendingExcuses(round);
        if (!excuses.isEmpty()) {
            // signing locks the quarter: a 请假 decided afterwards could no longer be written
            model.put("excuses", RoundCards.listed(excuses));
            refuse(me, pressed ? card : null, round, "evaluation-signoff-refused-excuses", model, outbox);
            // a press counts once per card: a fresh card to sign on once the excuses are decided
            cards.sendSignOffCard(round, "-e" + cards.now().toLocalTime().toSecondOfDay());
            return;
        }
        List<SnapshotRow> pending = cards.pending(round);
        LocalDate today = cards.now().toLocalDate();
        if (!pending.isEmpty() && !today.isAfter(round.deadline())) {
            refuse(me, pressed ? card : null, round, "evaluation-signoff-refused-pending", model, outbox);
            return;
        }
        List<String> gaps = completeness.gaps(round);
        String override = reason == null || reason.isBlank() ? null : clip(reason.strip());
        if (!gaps.isEmpty() && override == null) {
            model.put("gaps", String.join("\n", gaps.stream().map(g -> "- " + g).toList()));
            refuse(me, pressed ? card : null, round, "evaluation-signoff-refused-incomplete", model, outbox);
            return;
        }
        String unconfirmed = cards.namesText(pending);
        String recordedReason = gaps.isEmpty() ? null : override;
        store.insertSignOff(roundId, who.userId(), unconfirmed, recordedReason, cards.now());
        locks.lock(round.branchId(), round.year(), round.quarter(), who.userId(), source);
        audit.record(AuditEntry.of(who.userId(), "evaluation.round.signed", "evaluation_round", roundId, source)
                .changed("open", "signed").with("unconfirmed", unconfirmed)
                .with("gaps", recordedReason == null ? null : String.join("; ", gaps)).with("reason", recordedReason));
        // the 公示 is opened by the publicity module on this event (and its dates told to the signer)
        events.publishEvent(new QuarterSignedOff(roundId, round.branchId(), round.year(), round.quarter(), today,
                who.userId(), recordedReason, source));
        model.put("override", recordedReason == null ? "" : cards.overrideLine(recordedReason));
        model.put("unconfirmed", RoundCards.names(pending));
        outbox.message(me, "evaluation-signed", model);
        if (pressed) {
            cards.settleSignOffCard(card, round, who.name(), today, outbox);
        }
        // the members who had not answered: their cards close with the quarter
        pending.forEach(s -> cards.closeMemberCard(round, s, outbox));
    }

    /** Tells the secretary why she cannot sign yet; the pressed card (if any) shows it was refused. */
    private void refuse(List<String> me, String card, RoundRow round, String template, Map<String, Object> model,
                        Outbox outbox) {
        outbox.message(me, template, model);
        if (card != null) {
            cards.refuseSignOffCard(card, round, outbox);
        }
    }

    /** Names of the members whose 请假 at a meeting of the round's quarter waits for the secretary. */
    private List<String> pendingExcuses(RoundRow round) {
        Map<Long, String> names = new HashMap<>();
        store.snapshots(round.id()).forEach(s -> names.put(s.memberId(), s.name()));
        return excuses.membersWaiting(round.branchId(), round.year(), round.quarter()).stream()
                .map(id -> names.getOrDefault(id, "#" + id)).toList();
    }

    /** When the last answer or decision makes the round ready, the secretary gets a fresh sign-off card. */
    private void readyCheck(RoundRow round) {
        boolean open = store.answers(round.id()).stream().anyMatch(AnswerRow::open);
        if (!open && cards.pending(round).isEmpty()) {
            cards.sendSignOffCard(round);
        }
    }

    private static String clip(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
