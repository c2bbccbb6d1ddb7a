package cn.jifending.evaluation.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.Quarter;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.QuarterFigure;
import cn.jifending.evaluation.RoundStatus;
import cn.jifending.evaluation.EvaluationProperties;
import cn.jifending.evaluation.RoundOpening;
import cn.jifending.evaluation.SignedScore;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens rounds (snapshot + member cards + the secretary's sign-off card) and sends deadline reminders. */
@Service
class DatabaseEvaluation implements Evaluation {

    private final EvaluationStore store;
    private final Snapshots snapshots;
    private final Scores scores;
    private final MemberDirectory directory;
    private final WorkingDays workingDays;
    private final EvaluationProperties properties;
    private final RoundCards cards;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    DatabaseEvaluation(EvaluationStore store, Snapshots snapshots, Scores scores, MemberDirectory directory,
                       WorkingDays workingDays, EvaluationProperties properties, RoundCards cards, Outbox outbox,
                       AuditLog audit, Clock clock) {
        this.store = store;
        this.snapshots = snapshots;
        this.scores = scores;
        this.directory = directory;
        this.workingDays = workingDays;
        this.properties = properties;
        this.cards = cards;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RoundOpening open(long branchId, int year, int quarter, String actor, Source source) {
        Quarter key = new Quarter(year, quarter);
        Optional<RoundRow> existing = store.round(branchId, year, quarter);
        if (existing.isPresent()) {
            return new RoundOpening(RoundOpening.Status.ALREADY_OPEN, existing.get().id(),
                    store.snapshots(existing.get().id()).size(), existing.get().deadline());
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(key.lastDay())) {
            return new RoundOpening(RoundOpening.Status.QUARTER_NOT_OVER, 0, 0, null);
        }
        List<SnapshotRow> computed = new ArrayList<>();
        scores.forEachYear(branchId, year, result -> {
            long memberId = Long.parseLong(result.memberId());
            String userId = directory.findByMemberId(memberId).map(Person::userId).orElse(null);
            if (userId != null) {
                snapshots.of(result, key, 0, 1, userId).ifPresent(computed::add);
            }
        });
        if (computed.isEmpty()) {
            return new RoundOpening(RoundOpening.Status.NO_MEMBERS, 0, 0, null);
        }
        LocalDate deadline = workingDays.addWorkingDays(workingDays.isWorkingDay(today) ? today
                : workingDays.previousWorkingDay(today), properties.confirmDays());
        long roundId = store.insertRound(branchId, key, today, deadline, actor, cards.now());
        audit.record(AuditEntry.of(actor, "evaluation.round.opened", "evaluation_round", roundId, source)
                .with("branch", branchId).with("quarter", key).with("deadline", deadline));
        List<SnapshotRow> taken = computed.stream().map(s -> s.inRound(roundId)).toList();
        RoundRow round = store.round(roundId).orElseThrow();
        for (SnapshotRow s : taken) {
            store.insertSnapshot(s, "opening", cards.now());
            audit.record(AuditEntry.of(actor, "evaluation.snapshot.taken", "evaluation_snapshot",
                    roundId + "/" + s.memberId() + "/1", source).with("total", Snapshots.score(s.total())));
            outbox.card(List.of(s.userId()), "evaluation", cards.memberCardId(roundId, s.memberId()),
                    cards.memberCard(round, s));
        }
        cards.sendSignOffCard(round);
        return new RoundOpening(RoundOpening.Status.OPENED, roundId, taken.size(), deadline);
    }

    @Override
    @Transactional
    public int openAll(int year, int quarter, Source source) {
        int opened = 0;
        for (Branch branch : directory.branches()) {
            if (open(branch.id(), year, quarter, "system", source).status() == RoundOpening.Status.OPENED) {
                opened++;
            }
        }
        return opened;
    }

    @Override
    @Transactional
    public int remindDeadlines() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (RoundRow round : store.unsignedRounds()) {
            List<SnapshotRow> pending = cards.pending(round);
            if (pending.isEmpty()) {
                continue;
            }
            if (today.equals(round.deadline())) {
                outbox.message(pending.stream().map(SnapshotRow::userId).toList(), "evaluation-deadline-today",
                        cards.roundModel(round));
                reminded++;
            } else if (today.equals(workingDays.nextWorkingDay(round.deadline()))) {
                Map<String, Object> model = cards.roundModel(round);
                model.put("unconfirmed", RoundCards.names(pending));
                cards.secretary(round).ifPresent(s -> outbox.message(List.of(s), "evaluation-deadline-passed", model));
                cards.sendSignOffCard(round);
                reminded++;
            }
        }
        return reminded;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuarterFigure> quarterFigures(long memberId, int year) {
        List<QuarterFigure> figures = new java.util.ArrayList<>();
        for (SnapshotRow s : store.snapshotsOf(memberId, year)) {
            store.round(s.roundId()).ifPresent(r -> figures.add(new QuarterFigure(memberId, r.branchId(), r.quarter(),
                    s.base(), s.featured(), s.total())));
        }
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<QuarterFigure>> quarterFiguresOf(Collection<Long> memberIds, int year) {
        Map<Long, List<SnapshotRow>> snapshots = store.snapshotsOf(memberIds, year);
        Map<Long, List<QuarterFigure>> out = new HashMap<>();
        if (snapshots.isEmpty()) {
            return out;
        }
        Map<Long, RoundRow> rounds = new HashMap<>();
        store.roundsOf(year).forEach(r -> rounds.put(r.id(), r));
        snapshots.forEach((memberId, ofMember) -> {
            List<QuarterFigure> figures = new ArrayList<>();
            for (SnapshotRow s : ofMember) {
                RoundRow r = rounds.get(s.roundId());
                if (r != null) {
                    figures.add(new QuarterFigure(memberId, r.branchId(), r.quarter(), s.base(), s.featured(),
                            s.total()));
                }
            }
            out.put(memberId, figures);
        });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoundStatus> rounds(int year) {
        return store.roundsOf(year).stream()
                .map(r -> new RoundStatus(r.branchId(), r.year(), r.quarter(), r.signed())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignedScore> signedScores(long roundId) {
        return store.snapshots(roundId).stream().map(s -> new SignedScore(s.memberId(), s.name(), s.total())).toList();
    }
}
