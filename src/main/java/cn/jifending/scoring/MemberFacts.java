package cn.jifending.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Everything the calculator needs for one member: only this member's facts, so callers can stream
 * member by member (memory stays flat in the number of members).
 */
public record MemberFacts(String memberId, String name, String branchId, List<Fact> facts) {

    public MemberFacts {
        Objects.requireNonNull(memberId, "memberId");
        facts = List.copyOf(facts);
    }
}
