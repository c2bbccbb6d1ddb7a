package cn.jifending.declaration.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 申诉: a member disputes a rejection; the branch committee (secretary and committee members) votes
 * 维持 / 改判 on a card; the first side to reach a majority decides (a tie once all voted keeps the
 * rejection). Every vote is recorded and audited; 改判 writes the FEATURED fact.
 */
@Component
class Disputes {

    private final DisputeStore disputes;
    private final DeclarationStore declarations;
    private final Audience audience;
    private final Decisions decisions;
    private final ItemCatalog catalog;
    private final Room room;
    private final AuditLog audit;
    private final MemberDirectory directory;
    private final Texts texts;
    private final Clock clock;

    Disputes(DisputeStore disputes, DeclarationStore declarations, Audience audience, Decisions decisions,
             ItemCatalog catalog, Room room, AuditLog audit, MemberDirectory directory, Texts texts, Clock clock) {
        this.disputes = disputes;
        this.declarations = declarations;
        this.audience = audience;
        this.decisions = decisions;
        this.catalog = catalog;
        this.room = room;
        this.audit = audit;
        this.directory = directory;
        this.texts = texts;
        this.clock = clock;
    }

    Decisions.Reply open(Person member, long declarationId, String reason, Source source, Outbox outbox) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", declarationId);
        var found = declarations.find(declarationId).filter(d -> d.memberId() == member.memberId());
        if (found.isEmpty()) {
            return new Decisions.Reply("declaration-not-found", model);
        }
        Declaration d = found.get();
        if (disputes.ofDeclaration(d.id()).isPresent()) {
            return new Decisions.Reply("dispute-exists", model);
        }
        if (d.status() != Declaration.Status.REJECTED) {
            model.put("status", texts.status(d.status()));
            return new Decisions.Reply("dispute-not-rejected", model);
        }
        List<Person> panel = audience.disputePanel(d.branchId(), member.userId());
        List<String> panelIds = panel.stream().map(Person::userId).toList();
        long id = disputes.insert(d.id(), reason, panelIds, LocalDateTime.now(clock));
        declarations.setStatus(d.id(), Declaration.Status.DISPUTED);
        Dispute dispute = disputes.find(id).orElseThrow();
        audit.record(AuditEntry.of(member.userId(), "declaration.disputed", "declaration_dispute", id, source)
                .with("declaration", d.id()).with("reason", reason).with("panel", panelIds));
        outbox.card(panelIds, "dispute-vote", dispute.outTrackId(), card(dispute, d, member.name(), ""));
        model.put("count", panel.size());
        model.put("approver", TemplateModel.list(panel.stream().map(Person::name).toList()));
        return new Decisions.Reply("dispute-opened", model);
    }

    Decisions.Reply vote(Dispute dispute, Person voter, Dispute.Vote vote, Source source, Outbox outbox) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", dispute.declarationId());
        if (!dispute.panel().contains(voter.userId())) {
            return new Decisions.Reply("dispute-not-panel", model);
        }
        if (dispute.status() != Dispute.Status.OPEN) {
            return new Decisions.Reply("dispute-closed", model);
        }
        Map<String, Dispute.Vote> votes = disputes.votes(dispute.id());
        if (votes.containsKey(voter.userId())) {
            return new Decisions.Reply("dispute-already-voted", model);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        disputes.vote(dispute.id(), voter.userId(), vote, now);
        votes.put(voter.userId(), vote);
        audit.record(AuditEntry.of(voter.userId(), "dispute.vote", "declaration_dispute", dispute.id(), source)
                .with("vote", vote));
        long upheld = votes.values().stream().filter(v -> v == Dispute.Vote.UPHOLD).count();
        long overturned = votes.size() - upheld;
        model.put("uphold", upheld);
        model.put("overturn", overturned);
        model.put("count", dispute.majority());
        Declaration d = declarations.find(dispute.declarationId()).orElseThrow();
        Dispute.Status outcome = overturned >= dispute.majority() ? Dispute.Status.OVERTURNED
                : upheld >= dispute.majority() || votes.size() >= dispute.panel().size() ? Dispute.Status.UPHELD
                : Dispute.Status.OPEN;
        if (outcome == Dispute.Status.OPEN) {
            return new Decisions.Reply("dispute-vote-recorded", model);
        }
        Long factId = null;
        BigDecimal points = BigDecimal.ZERO;
        if (outcome == Dispute.Status.OVERTURNED) {
            DeclarableItem item = catalog.find(d.branchId(), d.occurredOn().getYear(), d.item()).orElse(null);
            points = item == null ? BigDecimal.ZERO
                    : d.proposedPoints().min(room.left(d.memberId(), item, d.occurredOn().getYear()));
            declarations.decide(d.id(), Declaration.Status.DISPUTED, Declaration.Status.OVERTURNED, points,
                    voter.userId(), d.rejectReason(), now);
            if (points.signum() > 0) {
                factId = decisions.recordFact(d, points, voter.userId(), source, "dispute:" + dispute.id()).id();
                declarations.linkFact(d.id(), factId);
            }
        } else {
            declarations.setStatus(d.id(), Declaration.Status.REJECTED);
        }
        disputes.decide(dispute.id(), outcome, factId, now);
        audit.record(AuditEntry.of(voter.userId(), "dispute.decided", "declaration_dispute", dispute.id(), source)
                .changed("OPEN", outcome).with("uphold", upheld).with("overturn", overturned).with("fact", factId));
        model.put("points", Texts.points(points));
        model.put("status", texts.render("dispute-outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT),
                model));
        String memberName = directory.findByMemberId(d.memberId()).map(Person::name).orElse("");
        outbox.updateCard(dispute.outTrackId(), "dispute-decided", card(dispute, d, memberName,
                (String) model.get("status")));
        outbox.message(List.of(d.userId()), "dispute-decided", model);
        return new Decisions.Reply("dispute-vote-recorded", model);
    }

    private Map<String, Object> card(Dispute dispute, Declaration d, String memberName, String outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", d.id());
        model.put("member", memberName);
        model.put("item", d.itemName());
        model.put("date", Texts.date(d.occurredOn()));
        model.put("description", texts.description(d.description()));
        model.put("reason", d.rejectReason() == null ? "" : d.rejectReason());
        model.put("text", dispute.reason());
        model.put("count", dispute.majority());
        model.put("status", outcome);
        Map<String, Object> card = new HashMap<>(texts.card("", "dispute-card", model));
        card.put("id", d.id());
        return card;
    }
}
