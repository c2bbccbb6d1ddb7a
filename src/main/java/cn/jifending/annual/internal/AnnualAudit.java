package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audits of the annual round: {@code 年度审核} opens the branch committee's card; every
 * committee member's 通过 is recorded; once all have signed, the 机关党委 admins get a card with
 * every branch's summary, and their 审核通过 hands over to {@link AnnualApproval}.
 */
@Service
class AnnualAudit {

    /** What the caller should tell the person: a template and its model. */
    record Reply(String template, Map<String, Object> model) {
    }

    private final AnnualStore store;
    private final LiveLines lines;
    private final ReviewEntry reviews;
    private final AuditCards cards;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    AnnualAudit(AnnualStore store, LiveLines lines, ReviewEntry reviews, AuditCards cards, MemberDirectory directory,
                Outbox outbox, AuditLog audit, Clock clock) {
        this.store = store;
        this.lines = lines;
        this.reviews = reviews;
        this.cards = cards;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Reply open(Person secretary, int year, Source source) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("year", year);
        long branchId = secretary.branchId();
        if (!LocalDate.now(clock).isAfter(LocalDate.of(year, 12, 31))) {
            return new Reply("annual-audit-year-not-over", model);
        }
        List<AnnualLine> year0 = lines.live(branchId, year);
        if (year0.isEmpty()) {
            return new Reply("annual-audit-no-members", model);
        }
        List<String> ungraded = year0.stream()
                .filter(l -> reviews.currentGrade(branchId, l.memberId(), year).isEmpty()).map(AnnualLine::name).toList();
        if (!ungraded.isEmpty()) {
            model.put("names", TemplateModel.list(ungraded));
            return new Reply("annual-audit-missing-grades", model);
        }
        Optional<AnnualStore.Round> existing = store.round(branchId, year);
        long roundId;
        if (existing.isPresent()) {
            roundId = existing.get().id();
            if (store.frozen(roundId)) {
                return new Reply("annual-audit-already-approved", model);
            }
        } else {
            roundId = store.insertRound(branchId, year, secretary.userId(), now());
            audit.record(AuditEntry.of(secretary.userId(), "annual.round.opened", "annual_round", roundId, source)
                    .with("branch", branchId).with("year", year).with("members", year0.size()));
        }
        List<String> signers = requiredSigners(branchId);
        outbox.card(signers, "annual-branch-review", cards.branchCardId(roundId), cards.branchCard(roundId, year, year0,
                store.signers(roundId, AnnualStore.BRANCH)));
        model.put("members", year0.size());
        model.put("corrected", year0.stream().filter(AnnualLine::corrected).count());
        model.put("signers", signers.size());
        return new Reply(existing.isPresent() ? "annual-audit-card-resent" : "annual-audit-opened", model);
    }

    @Transactional
    Reply signBranch(long roundId, Person who, Source source) {
        Optional<AnnualStore.Round> round = store.round(roundId);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", who.name());
        if (round.isEmpty()) {
            return new Reply("annual-audit-unknown-round", model);
        }
        model.put("year", round.get().year());
        long branchId = round.get().branchId();
        List<String> required = requiredSigners(branchId);
        if (!required.contains(who.userId())) {
            return new Reply("annual-sign-other-branch", model);
        }
        if (store.frozen(roundId) || !store.sign(roundId, AnnualStore.BRANCH, who.userId(), source.toString(), now())) {
            return new Reply("annual-sign-already", model);
        }
        audit.record(AuditEntry.of(who.userId(), "annual.branch.signed", "annual_round", roundId, source)
                .with("stage", AnnualStore.BRANCH));
        List<String> signed = store.signers(roundId, AnnualStore.BRANCH);
        List<AnnualLine> year0 = lines.live(branchId, round.get().year());
        outbox.updateCard(cards.branchCardId(roundId), "annual-branch-review",
                cards.branchCard(roundId, round.get().year(), year0, signed));
        List<String> missing = required.stream().filter(u -> !signed.contains(u)).toList();
        model.put("signed", signed.size());
        model.put("required", required.size());
        if (missing.isEmpty()) {
            List<String> admins = directory.committeeAdmins().stream().map(Person::userId).toList();
            if (!admins.isEmpty()) {
                outbox.card(admins, "annual-committee-audit", cards.committeeCardId(round.get().year(), roundId),
                        committeeCard(round.get().year()));
            }
            audit.record(AuditEntry.of("system", "annual.branch.completed", "annual_round", roundId, source)
                    .changed("branch review", "committee audit"));
            return new Reply("annual-sign-complete", model);
        }
        return new Reply("annual-sign-recorded", model);
    }

    /** The 机关党委's card params of the year as things stand now. */
    @Transactional(readOnly = true)
    Map<String, Object> committeeCard(int year) {
        return cards.committeeCard(year, summaries(year));
    }

    /** Rounds of the year whose branch committee signed completely and that are not frozen yet. */
    List<AnnualStore.Round> readyRounds(int year) {
        return store.roundsOf(year).stream().filter(r -> !store.frozen(r.id()) && branchSigned(r)).toList();
    }

    boolean branchSigned(AnnualStore.Round r) {
        List<String> signed = store.signers(r.id(), AnnualStore.BRANCH);
        return signed.containsAll(requiredSigners(r.branchId()));
    }

    /** One summary per branch that opened its annual round. */
    List<AuditCards.BranchSummary> summaries(int year) {
        List<AuditCards.BranchSummary> out = new ArrayList<>();
        for (AnnualStore.Round r : store.roundsOf(year)) {
            out.add(AuditCards.summary(lines.linesOf(r.branchId(), year), directory.branch(r.branchId())
                    .map(b -> b.name()).orElse("#" + r.branchId()), status(Optional.of(r))));
        }
        return out;
    }

    List<String> requiredSigners(long branchId) {
        List<String> users = new ArrayList<>();
        directory.secretaryOf(branchId).ifPresent(p -> users.add(p.userId()));
        directory.withRole(branchId, Role.BRANCH_COMMITTEE_MEMBER).stream().map(Person::userId)
                .filter(u -> !users.contains(u)).forEach(users::add);
        return users;
    }

    /**
     * A branch's annual round for a template: one flag of {@code notStarted} (no round), {@code approved}
     * (frozen), {@code ready} (the branch committee signed, the 机关党委 has not) and {@code reviewing} (the
     * branch committee is signing: {@code signedCount} of {@code requiredCount}).
     */
    Map<String, Object> status(Optional<AnnualStore.Round> round) {
        boolean approved = round.isPresent() && store.frozen(round.get().id());
        List<String> signed = round.map(r -> store.signers(r.id(), AnnualStore.BRANCH)).orElse(List.of());
        List<String> required = round.map(r -> requiredSigners(r.branchId())).orElse(List.of());
        boolean ready = round.isPresent() && !approved && signed.containsAll(required);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("notStarted", round.isEmpty());
        s.put("approved", approved);
        s.put("ready", ready);
        s.put("reviewing", round.isPresent() && !approved && !ready);
        s.put("signedCount", signed.size());
        s.put("requiredCount", required.size());
        return s;
    }

    /** The members' names as a template list (empty: none). */
    static List<Map<String, Object>> names(List<AnnualLine> lines) {
        return TemplateModel.list(lines.stream().map(AnnualLine::name).toList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
