package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
import cn.jifending.scoring.RuleKind;
import cn.jifending.scoring.Scheme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Checks one fact against the contract and a scheme; a problem names the column at fault. */
public final class FactCheck {

    /** What is wrong, and in which ledger column. */
    public record Problem(String column, String message) {
    }

    private static final Set<String> ATTENDANCE = Set.of("PRESENT", "ABSENT", "EXCUSED");
    private static final Set<String> DUES = Set.of("ON_TIME", "LATE");
    private static final Set<String> MEMBER_TYPES = Set.of("FORMAL", "PROBATIONARY");

    private FactCheck() {
    }

    public static Optional<Problem> check(Fact f, Scheme scheme) {
        String v = f.value();
        return switch (f.kind()) {
            case MEMBERSHIP -> oneOf(v, MEMBER_TYPES).or(() -> f.endsOn() != null && f.endsOn().isBefore(f.occurredOn())
                    ? Optional.of(new Problem("ends_on", "ends before occurred_on")) : Optional.empty());
            case ATTENDANCE -> baseItem(f, scheme).or(() -> oneOf(v, ATTENDANCE));
            case XUEXI_MISSED_DAYS, DAILY_QUESTION_POINTS -> baseItem(f, scheme).or(() -> count(v));
            case DUES -> baseItem(f, scheme).or(() -> oneOf(v, DUES));
            case FINDING -> baseItem(f, scheme);
            case FEATURED -> scheme.featuredItemFor(f.item()).isEmpty()
                    ? Optional.of(new Problem("item", "'" + f.item() + "' is not a featured item of scheme " + scheme.name()))
                    : points(v);
            case REVIEW -> scheme.grade(v).isEmpty()
                    ? Optional.of(new Problem("value", "'" + v + "' is not a review grade of scheme " + scheme.name()))
                    : Optional.empty();
            case REVERSAL -> f.corrects() == null
                    ? Optional.of(new Problem("corrects", "a REVERSAL must name the fact it cancels"))
                    : Optional.empty();
        };
    }

    /** Throws when the fact is not usable with this scheme. */
    public static void require(Fact f, Scheme scheme) {
        if (usable(f, SchemeIndex.of(scheme))) {
            return; // the common case, without building the Optionals of check(); a problem is reported by check()
        }
        check(f, scheme).ifPresent(p -> {
            throw new IllegalArgumentException("fact " + f.id() + " (" + f.kind() + "), " + p.column() + ": " + p.message());
        });
    }

    /** Exactly when {@link #check} finds no problem, by direct lookups (every fact of every member passes here). */
    private static boolean usable(Fact f, SchemeIndex index) {
        String v = f.value();
        return switch (f.kind()) {
            case MEMBERSHIP -> v != null && MEMBER_TYPES.contains(v) && (f.endsOn() == null || !f.endsOn().isBefore(f.occurredOn()));
            case ATTENDANCE -> index.takes(f.item(), f.kind()) && v != null && ATTENDANCE.contains(v);
            case XUEXI_MISSED_DAYS, DAILY_QUESTION_POINTS -> index.takes(f.item(), f.kind()) && count(v).isEmpty();
            case DUES -> index.takes(f.item(), f.kind()) && v != null && DUES.contains(v);
            case FINDING -> index.takes(f.item(), f.kind());
            case FEATURED -> index.featured(f.item()) && points(v).isEmpty();
            case REVIEW -> index.grade(v);
            case REVERSAL -> f.corrects() != null;
        };
    }

    private static Optional<Problem> baseItem(Fact f, Scheme scheme) {
        Optional<Scheme.Item> item = scheme.item(f.item());
        if (item.isEmpty()) {
            return Optional.of(new Problem("item", "'" + f.item() + "' is not a base item of scheme " + scheme.name()));
        }
        RuleKind rule = item.get().rule();
        if (rule.factKind() != f.kind()) {
            return Optional.of(new Problem("item", "item " + f.item() + " (rule " + rule.schemeName()
                    + ") does not take " + f.kind() + " facts"));
        }
        return Optional.empty();
    }

    private static Optional<Problem> oneOf(String v, Set<String> allowed) {
        return allowed.contains(v) ? Optional.empty()
                : Optional.of(new Problem("value", "'" + v + "' is not one of " + String.join("/", allowed.stream().sorted().toList())));
    }

    private static Optional<Problem> count(String v) {
        try {
            if (v != null && Integer.parseInt(v) >= 0) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return Optional.of(new Problem("value", "'" + v + "' is not a whole number of 0 or more"));
    }

    private static Optional<Problem> points(String v) {
        try {
            if (v != null && new BigDecimal(v).signum() >= 0) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return Optional.of(new Problem("value", "'" + v + "' is not a number of points of 0 or more"));
    }

}
