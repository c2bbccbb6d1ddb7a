package cn.jifending.declaration.internal;

import cn.jifending.annual.AnnualResults;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a deed's date can be declared: not in the future, inside one of the member's spells in
 * the branch, not in a closed year, and not in a locked (signed-off) quarter. A year is closed once
 * the 机关党委 approved the branch's year, and in any case after {@link #LAST_MONTH_FOR_LAST_YEAR}
 * of the following year. A refusal is a template and its model.
 */
@Component
class DateCheck {

    record Refusal(String template, Map<String, Object> model) {
    }

    /** Deeds of last year may still be declared until the end of this month (the annual review's). */
    static final int LAST_MONTH_FOR_LAST_YEAR = 1;

    private final MemberDirectory directory;
    private final PeriodLocks locks;
    private final AnnualResults annual;

    DateCheck(MemberDirectory directory, PeriodLocks locks, AnnualResults annual) {
        this.directory = directory;
        this.locks = locks;
        this.annual = annual;
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
                    .map(MembershipSpell::joinedOn).min(LocalDate::compareTo).map(Texts::date).orElse("");
            return Optional.of(new Refusal("declaration-date-inactive", Map.of("date", Texts.date(date),
                    "since", since)));
        }
        Optional<String> closed = closedBecause(branchId, date.getYear(), today);
        if (closed.isPresent()) {
            return Optional.of(new Refusal(closed.get(), Map.of("date", Texts.date(date),
                    "year", date.getYear(), "lastMonth", LAST_MONTH_FOR_LAST_YEAR)));
        }
        if (locks.isLocked(branchId, date)) {
            int quarter = (date.getMonthValue() - 1) / 3 + 1;
            return Optional.of(new Refusal("declaration-date-locked", Map.of("date", Texts.date(date),
                    "year", date.getYear(), "quarter", quarter)));
        }
        return Optional.empty();
    }

    /** The refusal's template when the year is closed. */
    private Optional<String> closedBecause(long branchId, int year, LocalDate today) {
        if (year >= today.getYear()) {
            return Optional.empty();
        }
        if (annual.isFrozen(branchId, year)) {
            return Optional.of("declaration-date-closed-approved");
        }
        if (year < today.getYear() - 1 || today.getMonthValue() > LAST_MONTH_FOR_LAST_YEAR) {
            return Optional.of("declaration-date-closed-late");
        }
        return Optional.empty();
    }
}
