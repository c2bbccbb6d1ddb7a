package cn.jifending.declaration.internal;

import cn.jifending.audit.Source;
import cn.jifending.declaration.DeclarationDesk;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeclarationDesk}: a draft completed at once and confirmed ({@link Submission#write}), and the
 * decision of {@link Decisions}; the member and the decider get the same messages as in the chat.
 */
@Service
class DeskDeclarations implements DeclarationDesk {

    private final MemberDirectory directory;
    private final DeclarationStore declarations;
    private final DateCheck dates;
    private final ItemCatalog catalog;
    private final Submission submission;
    private final Decisions decisions;
    private final Outbox outbox;
    private final Clock clock;

    DeskDeclarations(MemberDirectory directory, DeclarationStore declarations, DateCheck dates, ItemCatalog catalog,
                     Submission submission, Decisions decisions, Outbox outbox, Clock clock) {
        this.directory = directory;
        this.declarations = declarations;
        this.dates = dates;
        this.catalog = catalog;
        this.submission = submission;
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Long> submit(String userId, String item, LocalDate occurredOn, String description,
                                 List<Long> evidenceIds, Source source) {
        Optional<Declaration> earlier = declarations.findBySourceLocked(source.toString());
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().id());
        }
        Optional<Person> member = directory.findByUserId(userId);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Person who = member.get();
        boolean acceptable = dates.check(who.memberId(), who.branchId(), occurredOn, LocalDate.now(clock)).isEmpty()
                && catalog.find(who.branchId(), occurredOn.getYear(), item).isPresent();
        if (!acceptable) {
            return Optional.empty();
        }
        Draft draft = new Draft(userId, who.memberId(), who.branchId(), item, occurredOn, description,
                Draft.Stage.CONFIRM, evidenceIds, source.toString(), null);
        Submission.Written written = submission.write(draft, who.name(), source, outbox);
        outbox.message(List.of(userId), "declaration-submitted", written.submittedModel());
        return Optional.of(written.declaration().id());
    }

    @Override
    @Transactional
    public boolean decide(long declarationId, String deciderUserId, boolean approve, String reason, Source source) {
        Optional<Declaration> d = declarations.find(declarationId);
        Optional<Person> decider = directory.findByUserId(deciderUserId);
        if (d.isEmpty() || decider.isEmpty()) {
            return false;
        }
        Decisions.Reply reply = decisions.decide(d.get(), decider.get(),
                approve ? Decisions.Kind.APPROVE : Decisions.Kind.REJECT, reason, source, outbox);
        outbox.message(List.of(deciderUserId), reply.template(), reply.model());
        return "decision-done".equals(reply.template());
    }
}
