package cn.jifending.annual.internal;

import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.audit.Source;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.Person;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes review grades as REVIEW facts (dated January 1 of the reviewed year). A member who already
 * has a different grade gets a replacement (a correction of the earlier fact); the same grade again
 * changes nothing. The ledger audits every fact.
 */
@Component
class ReviewEntry {

    /** One grade to write: a member of the branch and the fact value. */
    record Grade(long memberId, String name, String value) {
    }

    private final Ledger ledger;
    private final MemberDirectory directory;
    private final MessageTemplates templates;

    ReviewEntry(Ledger ledger, MemberDirectory directory, MessageTemplates templates) {
        this.ledger = ledger;
        this.directory = directory;
        this.templates = templates;
    }

    /** The members of the branch with an active spell in the year, by name (names unique within the year). */
    Map<String, Person> membersOfYear(long branchId, int year) {
        List<MembershipSpell> spells = directory.spellsInBranch(branchId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        Map<String, Person> byName = new LinkedHashMap<>();
        spells.stream().map(MembershipSpell::memberId).distinct()
                .forEach(id -> directory.findByMemberId(id).ifPresent(p -> byName.put(p.name(), p)));
        return byName;
    }

    /** Writes the grades; returns how many changed the ledger. */
    int write(long branchId, int year, List<Grade> grades, Source source, String actor) {
        int changed = 0;
        for (Grade g : grades) {
            Optional<Fact> current = currentGrade(branchId, g.memberId(), year);
            if (current.isPresent() && current.get().value().equals(g.value())) {
                continue;
            }
            Source mine = source.part(String.valueOf(g.memberId()));
            if (current.isPresent()) {
                ledger.correct(current.get().id(), Correction.replacement("review", LocalDate.of(year, 1, 1), g.value(),
                        reason("annual-review-correction-reason"), mine, actor).approvedBy("annual-review:" + year));
            } else {
                ledger.record(NewFact.of(FactKind.REVIEW, branchId, g.memberId(), "review", LocalDate.of(year, 1, 1),
                        g.value(), mine, actor).withReason(reason("annual-review-reason")));
            }
            changed++;
        }
        return changed;
    }

    /** The ledger reason of a grade, worded in {@code bot-templates/messages/<template>.md}. */
    private String reason(String template) {
        return templates.message(template, Map.of()).strip();
    }

    /** The member's live REVIEW fact of the year in the branch, if any. */
    Optional<Fact> currentGrade(long branchId, long memberId, int year) {
        List<Fact> facts = ledger.factsOf(memberId, year);
        Set<Long> replaced = facts.stream().map(Fact::corrects).filter(c -> c != null).collect(Collectors.toSet());
        return facts.stream()
                .filter(f -> f.kind() == FactKind.REVIEW && f.branchId() == branchId && !replaced.contains(f.id()))
                .reduce((a, b) -> b);
    }
}
