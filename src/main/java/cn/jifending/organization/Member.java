package cn.jifending.organization;

import java.time.LocalDate;

/**
 * A party member.
 *
 * @param id            member id
 * @param userId        DingTalk {@code userid}, unique
 * @param name          real name
 * @param probationary  still a probationary member today
 * @param joinedOn      date of joining the party, if known
 * @param convertedOn   date a probationary member became formal, null if never (or unknown)
 */
public record Member(long id, String userId, String name, boolean probationary, LocalDate joinedOn,
                     LocalDate convertedOn) {

    /** Formal or probationary on {@code date}. */
    public MemberCategory categoryOn(LocalDate date) {
        if (probationary || (convertedOn != null && date.isBefore(convertedOn))) {
            return MemberCategory.PROBATIONARY;
        }
        return MemberCategory.FORMAL;
    }
}
