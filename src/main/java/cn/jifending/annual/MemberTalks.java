package cn.jifending.annual;

import java.time.LocalDate;
import java.util.Optional;

/** The talk (约谈) a warned member's secretary owes them for a year, for readers outside the chat. */
public interface MemberTalks {

    Optional<Talk> of(long memberId, int year);

    /** @param talkedOn the day the talk was held, null while it is still due by {@code deadline} */
    record Talk(int year, String cause, LocalDate deadline, LocalDate talkedOn) {
    }
}
