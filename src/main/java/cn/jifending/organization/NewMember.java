package cn.jifending.organization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member to add to a branch.
 *
 * @param userId        DingTalk userid
 * @param name          real name
 * @param probationary  a probationary member
 * @param joinedPartyOn date of joining the party, if known
 * @param branchId      the branch they join
 * @param partyGroupId  their party group, or null
 * @param since         first day in the branch (start of the membership spell)
 */
public record NewMember(String userId, String name, boolean probationary, LocalDate joinedPartyOn,
                        long branchId, Long partyGroupId, LocalDate since) {

    public NewMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(since, "since");
        if (userId.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("userId and name must not be blank");
        }
    }
}
