package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.MemberType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Active months of a year from MEMBERSHIP spells: a month is active when any day of it falls in a
 * spell. The member's type for the year is that of the spell starting last among those touching the
 * year, i.e. the type in force at year end, or at the end of the last active month.
 *
 * @param spells the spells touching the year, both days included (open spells end on {@link LocalDate#MAX})
 */
public record Membership(List<YearMonth> activeMonths, MemberType type, List<Membership.Spell> spells) {

    /** One spell of belonging, both days included. */
    public record Spell(LocalDate from, LocalDate to) {
    }


    /** True when {@code day} falls inside one of the member's spells (the member belonged to the branch). */
    public boolean belongsOn(LocalDate day) {
        for (Spell s : spells) {
            if (!day.isBefore(s.from()) && !day.isAfter(s.to())) {
                return true;
            }
        }
        return false;
    }

    public static Optional<Membership> of(List<Fact> effective, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        TreeSet<YearMonth> months = new TreeSet<>();
        List<Fact> touching = new ArrayList<>();
        List<Spell> spells = new ArrayList<>();
        for (Fact f : effective) {
            if (f.kind() != FactKind.MEMBERSHIP) {
                continue;
            }
            type(f);
            LocalDate end = f.endsOn() == null ? LocalDate.MAX : f.endsOn();
            if (end.isBefore(f.occurredOn())) {
                throw new IllegalArgumentException("membership fact " + f.id() + " ends before it starts");
            }
            LocalDate from = f.occurredOn().isAfter(first) ? f.occurredOn() : first;
            LocalDate to = end.isBefore(last) ? end : last;
            if (from.isAfter(to)) {
                continue;
            }
            touching.add(f);
            spells.add(new Spell(f.occurredOn(), end));
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        if (months.isEmpty()) {
            return Optional.empty();
        }
        Fact latest = touching.stream().max(Comparator.comparing(Fact::occurredOn)).orElseThrow();
        return Optional.of(new Membership(List.copyOf(months), type(latest), List.copyOf(spells)));
    }

    private static MemberType type(Fact f) {
        try {
            return MemberType.valueOf(String.valueOf(f.value()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("membership fact " + f.id() + " has value " + f.value()
                    + ", expected FORMAL or PROBATIONARY");
        }
    }
}
