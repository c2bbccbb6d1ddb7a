package cn.jifending.organization;

import java.time.LocalDate;

/**
 * A spell of membership in one branch, from {@code joinedOn} to {@code leftOn} inclusive
 * ({@code leftOn} null while open). Moving branches closes one spell and opens another.
 */
public record MembershipSpell(long id, long memberId, long branchId, Long partyGroupId,
                              LocalDate joinedOn, LocalDate leftOn) {

    public boolean isOpen() {
        return leftOn == null;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
    }

    /** True when any day of {@code [from, to]} falls in this spell. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(joinedOn) && (leftOn == null || !from.isAfter(leftOn));
    }
}
