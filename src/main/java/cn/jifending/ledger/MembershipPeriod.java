package cn.jifending.ledger;

import cn.jifending.organization.MemberCategory;
import java.time.LocalDate;

/**
 * A MEMBERSHIP fact derived from a membership spell: a spell is split at the day a probationary
 * member became formal.
 *
 * @param factId   the id shown in the export ({@code M<spellId>}, {@code M<spellId>-2} for the formal part)
 * @param from     first day
 * @param to       last day, null while open
 */
public record MembershipPeriod(String factId, long branchId, long memberId, LocalDate from, LocalDate to,
                               MemberCategory category) {
}
