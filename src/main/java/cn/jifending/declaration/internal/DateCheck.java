package cn.jifending.declaration.internal;

import cn.jifending.ledger.PeriodLocks;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a deed's date can be declared: not in the future, inside one of the member's spells in
 * the branch, and not in a locked (signed-off) quarter. A refusal is a template and its model.
 */
@Component
class DateCheck {

    record Refusal(String template, Map<String, Object> model) {
    }

    private final MemberDirectory directory;
    private final PeriodLocks locks;

    DateCheck(MemberDirectory directory, PeriodLocks locks) {
        this.directory = directory;
        this.locks = locks;
    }

    Optional<Refusal> check(long memberId, long branchId, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(new Refusal("declaration-date-future",
                    Map.of("date", Texts.date(date), "today", Texts.date(today))));
        }
        boolean active = directory.spellsOf(memberId).stream()
                .anyMatch(s -> s.branchId() == branchId && s.activeOn(date));
        if (!active) {
            String since = directory.spellsOf(memberId).stream().filter(s -> s.branchId() == branchId)
                    .map(MembershipSpell::joinedOn).min(LocalDate::compareTo).map(Texts::date).orElse("-");
            return Optional.of(new Refusal("declaration-date-inactive", Map.of("date", Texts.date(date),
                    "since", since)));
        }
        if (locks.isLocked(branchId, date)) {
            int quarter = (date.getMonthValue() - 1) / 3 + 1;
            return Optional.of(new Refusal("declaration-date-locked", Map.of("date", Texts.date(date),
                    "year", date.getYear(), "quarter", quarter)));
        }
        return Optional.empty();
    }
}
