package cn.jifending.evaluation.internal;

import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Card ids, card params and message models of a round, shared by its steps. */
@Component
class RoundCards {

    private static final String SIGN_OFF_CARD = "evaluation-signoff-";

    private final EvaluationStore store;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final Clock clock;
    private final MessageTemplates templates;

    RoundCards(EvaluationStore store, MemberDirectory directory, Outbox outbox, Clock clock,
               MessageTemplates templates) {
        this.templates = templates;
        this.store = store;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The ledger reason of a correction the panel decided without a note. */
    String correctionReason() {
        return templates.message("evaluation-correction-reason", Map.of()).strip();
    }

    /** The line telling that the quarter was signed although incomplete, and why. */
    String overrideLine(String reason) {
        return "\n\n" + templates.message("evaluation-signoff-override-line", Map.of("reason", reason)).strip();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    String memberCardId(long roundId, long memberId) {
        return "evaluation-" + roundId + "-" + memberId;
    }

    String objectionCardId(long answerId) {
        return "evaluation-objection-" + answerId;
    }

    Map<String, Object> roundModel(RoundRow round) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("branch", directory.branch(round.branchId()).map(Branch::name).orElse(String.valueOf(round.branchId())));
        model.put("year", round.year());
        model.put("quarter", round.quarter());
        model.put("deadline", round.deadline());
        model.put("roundId", round.id());
        return model;
    }

    Map<String, Object> memberCard(RoundRow round, SnapshotRow s) {
        Map<String, Object> model = roundModel(round);
        model.put("memberId", s.memberId());
        model.put("name", s.name());
        model.put("months", Snapshots.months(s.monthBases()));
        model.put("base", Snapshots.score(s.base()));
        model.put("featured", Snapshots.score(s.featured()));
        model.put("total", Snapshots.score(s.total()));
        return model;
    }

    /**
     * Turns a member's card into its decided state (kind {@code evaluation-answered}: 已确认 / 已提出异议
     * with the day, the panel's decision once there is one, no buttons). The card went to that member
     * alone, so the update is what she sees.
     */
    void settleMemberCard(RoundRow round, SnapshotRow s, AnswerRow answer, String decidedBy, Outbox outbox) {
        Map<String, Object> model = memberCard(round, s);
        model.put("objected", answer.objected());
        model.put("answeredOn", answer.answeredOn());
        model.put("reason", answer.reason());
        model.put("upheld", "UPHELD".equals(answer.decision()));
        model.put("corrected", "CORRECTED".equals(answer.decision()));
        model.put("note", answer.note());
        model.put("decidedBy", decidedBy);
        outbox.updateCard(memberCardId(round.id(), s.memberId()), "evaluation-answered", model);
    }

    /** A member's card that the sign-off closed before she answered (kind {@code evaluation-closed}). */
    void closeMemberCard(RoundRow round, SnapshotRow s, Outbox outbox) {
        Map<String, Object> model = memberCard(round, s);
        outbox.updateCard(memberCardId(round.id(), s.memberId()), "evaluation-closed", model);
    }

    /**
     * The sign-off card that was pressed, in its signed state (kind {@code evaluation-signoff-signed}: the
     * progress at signing, who signed and when, no button).
     */
    void settleSignOffCard(String outTrackId, RoundRow round, String signedBy, LocalDate signedOn, Outbox outbox) {
        Map<String, Object> model = roundModel(round);
        model.putAll(progress(round));
        model.put("signedBy", signedBy);
        model.put("signedOn", signedOn);
        outbox.updateCard(outTrackId, "evaluation-signoff-signed", model);
    }

    /**
     * The pressed sign-off card after a refused press (kind {@code evaluation-signoff-refused}): a press
     * counts once per card, so it loses its button and tells how to sign later.
     */
    void refuseSignOffCard(String outTrackId, RoundRow round, Outbox outbox) {
        Map<String, Object> model = roundModel(round);
        model.putAll(progress(round));
        model.put("refusedOn", now().toLocalDate());
        outbox.updateCard(outTrackId, "evaluation-signoff-refused", model);
    }

    /** A person's name by DingTalk user id, else the id. */
    String name(String userId) {
        return directory.findByUserId(userId).map(Person::name).orElse(userId);
    }

    /** Whether {@code outTrackId} names one of the round's sign-off cards. */
    boolean isSignOffCard(String outTrackId, long roundId) {
        return outTrackId != null && outTrackId.startsWith(SIGN_OFF_CARD + roundId + "-");
    }

    /** Members of the round who have neither confirmed nor objected. */
    List<SnapshotRow> pending(RoundRow round) {
        Set<Long> answered = store.answers(round.id()).stream().map(AnswerRow::memberId).collect(Collectors.toSet());
        return store.snapshots(round.id()).stream().filter(s -> !answered.contains(s.memberId())).toList();
    }

    Optional<String> secretary(RoundRow round) {
        return directory.secretaryOf(round.branchId()).map(Person::userId);
    }

    boolean isSecretary(Person who, RoundRow round) {
        return secretary(round).filter(who.userId()::equals).isPresent();
    }

    List<String> panel(long branchId) {
        return directory.panelOf(branchId).stream().map(Person::userId).distinct().toList();
    }

    boolean isPanel(Person who, long branchId) {
        return directory.panelOf(branchId).stream().anyMatch(p -> p.userId().equals(who.userId()));
    }

    /**
     * A fresh sign-off card to the secretary showing where the round stands. Each card has its own
     * id (a press is handled once per card), so a refused sign-off can be retried on the next card.
     */
    void sendSignOffCard(RoundRow round) {
        sendSignOffCard(round, "");
    }

    /** A sign-off card; {@code suffix} tells it apart from an earlier card of the same step and day. */
    void sendSignOffCard(RoundRow round, String suffix) {
        Optional<String> secretary = secretary(round);
        if (secretary.isEmpty()) {
            return;
        }
        Map<String, Object> model = roundModel(round);
        model.putAll(progress(round));
        outbox.card(List.of(secretary.get()), "evaluation-signoff",
                SIGN_OFF_CARD + round.id() + "-" + store.steps(round.id()) + "-" + now().toLocalDate() + suffix,
                model);
    }

    /** Confirmed, objected and pending members, as names. */
    Map<String, Object> progress(RoundRow round) {
        Map<Long, String> names = store.snapshots(round.id()).stream()
                .collect(Collectors.toMap(SnapshotRow::memberId, SnapshotRow::name));
        List<AnswerRow> answers = store.answers(round.id());
        List<String> confirmed = answers.stream().filter(a -> !a.objected()).map(a -> names.get(a.memberId())).toList();
        List<String> open = answers.stream().filter(AnswerRow::open).map(a -> names.get(a.memberId())).toList();
        List<String> settled = answers.stream().filter(a -> a.objected() && !a.open())
                .map(a -> names.get(a.memberId())).toList();
        List<SnapshotRow> pending = pending(round);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("total", names.size());
        model.put("confirmedCount", confirmed.size());
        model.put("confirmed", listed(confirmed));
        model.put("objectedCount", open.size() + settled.size());
        model.put("openObjections", listed(open));
        model.put("settledObjections", listed(settled));
        model.put("pendingCount", pending.size());
        model.put("pending", listed(pending.stream().map(SnapshotRow::name).toList()));
        return model;
    }

    /** Names for a template list; the template words "none" (never a placeholder dash). */
    static List<Map<String, Object>> listed(List<String> names) {
        return TemplateModel.list(names);
    }

    /** The members' names for a template list. */
    static List<Map<String, Object>> names(List<SnapshotRow> rows) {
        return listed(rows.stream().map(SnapshotRow::name).toList());
    }

    /** The members' names as one text for the sign-off record and the audit log ({@code evaluation-names}), or null. */
    String namesText(List<SnapshotRow> rows) {
        return rows.isEmpty() ? null : templates.message("evaluation-names", Map.of("names", names(rows))).strip();
    }
}
