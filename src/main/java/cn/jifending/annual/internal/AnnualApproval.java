package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualProperties;
import cn.jifending.annual.AnnualRoundApproved;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 机关党委's 审核通过: for every branch whose committee signed, freezes the annual snapshot
 * (append-only), publishes {@link AnnualRoundApproved} (on which the publicity module opens the annual 公示 and
 * has every member told their year), creates the talks (约谈) of the warnings, removes award eligibility on red
 * and flags two red years to the admins.
 */
@Service
class AnnualApproval {

    private final AnnualAudit audits;
    private final AuditCards cards;
    private final AnnualStore store;
    private final LiveLines lines;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final AnnualProperties properties;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    AnnualApproval(AnnualAudit audits, AuditCards cards, AnnualStore store, LiveLines lines, ApplicationEventPublisher events,
                   WorkingDays workingDays, AnnualProperties properties, MemberDirectory directory, Outbox outbox,
                   AuditLog audit, Clock clock) {
        this.audits = audits;
        this.cards = cards;
        this.store = store;
        this.lines = lines;
        this.events = events;
        this.workingDays = workingDays;
        this.properties = properties;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Approves every ready branch of the year; returns the names of the branches approved now. */
    @Transactional
    List<String> approve(int year, Person admin, Source source) {
        List<String> approved = new ArrayList<>();
        for (AnnualStore.Round r : audits.readyRounds(year)) {
            approveRound(r, admin, source);
            approved.add(directory.branch(r.branchId()).map(b -> b.name()).orElse("#" + r.branchId()));
        }
        return approved;
    }

    private void approveRound(AnnualStore.Round r, Person admin, Source source) {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        List<AnnualLine> year = lines.live(r.branchId(), r.year());
        for (AnnualLine l : year) {
            store.insertSnapshot(r.id(), l, now);
        }
        store.sign(r.id(), AnnualStore.COMMITTEE, admin.userId(), source.toString(), now);
        audit.record(AuditEntry.of(admin.userId(), "annual.committee.approved", "annual_round", r.id(), source)
                .changed("branch signed", "frozen").with("members", year.size()));
        Map<String, Object> branchCard = cards.branchCard(r.id(), r.year(), year,
                store.signers(r.id(), AnnualStore.BRANCH));
        branchCard.put("approvedBy", admin.name());
        outbox.updateCard(cards.branchCardId(r.id()), "annual-branch-approved", branchCard);
        events.publishEvent(new AnnualRoundApproved(r.id(), r.branchId(), r.year(), today, admin.userId(), source));
        LocalDate deadline = workingDays.addWorkingDays(today, properties.talkDays());
        List<AnnualLine> talks = new ArrayList<>();
        for (AnnualLine l : year) {
            if (l.warning().isPresent() && store.insertTalk(r.year(), l.memberId(), r.branchId(), l.name(),
                    l.warning().get(), deadline, now)) {
                talks.add(l);
                audit.record(AuditEntry.of("system", "annual.talk.created", "annual_talk", l.memberId(), source)
                        .with("year", r.year()).with("warning", l.warning().get()).with("deadline", deadline));
            }
            if (l.tier().equals("RED") && store.insertIneligible(l.memberId(), r.year(), l.warning().orElse("RED"), now)) {
                audit.record(AuditEntry.of("system", "annual.award.ineligible", "member", l.memberId(), source)
                        .with("year", r.year()).with("tier", l.tier()));
            }
            if (l.flagged()) {
                List<String> admins = directory.committeeAdmins().stream().map(Person::userId).toList();
                if (!admins.isEmpty()) {
                    outbox.message(admins, "annual-flagged", Map.of("name", l.name(), "branch", l.branchName(),
                            "year", r.year(), "previous", r.year() - 1, "composite", AuditCards.score(l.composite())));
                }
                audit.record(AuditEntry.of("system", "annual.flagged", "member", l.memberId(), source)
                        .with("year", r.year()).with("reason", "second consecutive year below the line"));
            }
        }
        if (!talks.isEmpty()) {
            directory.secretaryOf(r.branchId()).ifPresent(s -> outbox.message(List.of(s.userId()), "annual-talk-tasks",
                    Map.of("year", r.year(), "deadline", deadline, "count", talks.size(), "talks",
                            TemplateModel.list(talks.stream().map(l -> Map.of("name", l.name(),
                                    "composite", AuditCards.score(l.composite()), "tierName", l.tierName())).toList()))));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
