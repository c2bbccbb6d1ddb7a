package cn.jifending.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ledger fact as scoring sees it (see src/docs/recompute.md for the meaning of each field per kind).
 *
 * @param id         the fact id, unique in the ledger
 * @param kind       the fact kind
 * @param item       the scheme item code ({@code branch:<code>} for branch-defined featured items), or null
 * @param occurredOn the date the fact is about
 * @param endsOn     the last day of a MEMBERSHIP spell, or null when open
 * @param value      the raw value (PRESENT, LATE, 3, 1.5, FORMAL, ...), or null
 * @param corrects   the id of the fact this one cancels or replaces, or null
 */
public record Fact(String id, FactKind kind, String item, LocalDate occurredOn, LocalDate endsOn,
                   String value, String corrects) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** A fact that corrects nothing and has no end date. */
    public static Fact of(String id, FactKind kind, String item, LocalDate occurredOn, String value) {
        return new Fact(id, kind, item, occurredOn, null, value, null);
    }

    /** A REVERSAL cancelling {@code reversed}. */
    public static Fact reversal(String id, Fact reversed) {
        return new Fact(id, FactKind.REVERSAL, null, reversed.occurredOn(), null, null, reversed.id());
    }
}
