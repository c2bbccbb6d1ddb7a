package cn.jifending.ledger.internal;

import cn.jifending.scoring.FactKind;
import cn.jifending.ledger.LedgerException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What each kind accepts as item, date and value (src/docs/recompute.md). */
final class FactRules {

    private static final Set<String> ATTENDANCE = Set.of("PRESENT", "ABSENT", "EXCUSED");
    private static final Set<String> DUES = Set.of("ON_TIME", "LATE");
    private static final Set<String> REVIEW = Set.of("EXCELLENT", "QUALIFIED", "BASIC", "UNQUALIFIED");

    private FactRules() {
    }

    /** The item to store: the fixed item of the kind, or the given one (required then). */
    static String item(FactKind kind, String item) {
        String fixed = switch (kind) {
            case XUEXI_MISSED_DAYS -> "xuexi_login";
            case DAILY_QUESTION_POINTS -> "daily_question";
            case DUES -> "dues";
            case FINDING -> "violation";
            case REVIEW -> "review";
            default -> null;
        };
        if (fixed != null) {
            if (item != null && !item.isBlank() && !item.equals(fixed)) {
                throw new LedgerException(kind + " facts have item " + fixed + ", not " + item);
            }
            return fixed;
        }
        if (kind == FactKind.REVERSAL || kind == FactKind.MEMBERSHIP) {
            return null;
        }
        if (item == null || item.isBlank()) {
            throw new LedgerException(kind + " facts need an item code");
        }
        return item.strip();
    }

    /** Checks date and value; returns the value to store. */
    static String check(FactKind kind, LocalDate on, String value) {
        return switch (kind) {
            case MEMBERSHIP -> throw new LedgerException("MEMBERSHIP comes from the organization's spells");
            case REVERSAL -> blank(kind, value);
            case ATTENDANCE -> oneOf(kind, value, ATTENDANCE);
            case XUEXI_MISSED_DAYS -> {
                firstOfMonth(kind, on);
                yield integer(kind, value, on.lengthOfMonth());
            }
            case DAILY_QUESTION_POINTS -> {
                firstOfMonth(kind, on);
                yield integer(kind, value, Integer.MAX_VALUE);
            }
            case DUES -> {
                firstOfMonth(kind, on);
                yield oneOf(kind, value, DUES);
            }
            case FINDING -> blank(kind, value);
            case FEATURED -> points(value);
            case REVIEW -> {
                if (on.getDayOfYear() != 1) {
                    throw new LedgerException("REVIEW facts are dated January 1 of the reviewed year, not " + on);
                }
                yield oneOf(kind, value, REVIEW);
            }
        };
    }

    /** The first and last day of the period the fact covers (month, year or the day). */
    static LocalDate[] period(FactKind kind, LocalDate on) {
        return switch (kind) {
            case XUEXI_MISSED_DAYS, DAILY_QUESTION_POINTS, DUES ->
                    new LocalDate[] {on, on.withDayOfMonth(on.lengthOfMonth())};
            case REVIEW -> new LocalDate[] {on, on.withDayOfYear(on.lengthOfYear())};
            default -> new LocalDate[] {on, on};
        };
    }

    private static void firstOfMonth(FactKind kind, LocalDate on) {
        if (on.getDayOfMonth() != 1) {
            throw new LedgerException(kind + " facts are dated the 1st of the month, not " + on);
        }
    }

    private static String oneOf(FactKind kind, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new LedgerException(kind + " value must be one of " + allowed + ", not " + value);
        }
        return value;
    }

    private static String blank(FactKind kind, String value) {
        if (value != null && !value.isBlank()) {
            throw new LedgerException(kind + " facts have no value, got " + value);
        }
        return null;
    }

    private static String integer(FactKind kind, String value, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < 0 || n > max) {
                throw new LedgerException(kind + " value " + n + " is out of range 0.." + max);
            }
            return Integer.toString(n);
        } catch (NumberFormatException e) {
            throw new LedgerException(kind + " value must be a whole number, not " + value);
        }
    }

    private static String points(String value) {
        try {
            BigDecimal p = new BigDecimal(value == null ? "" : value.strip());
            if (p.signum() <= 0) {
                throw new LedgerException("FEATURED points must be positive, not " + value);
            }
            return p.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new LedgerException("FEATURED value must be a number of points, not " + value);
        }
    }
}
