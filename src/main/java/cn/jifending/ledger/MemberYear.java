package cn.jifending.ledger;

import java.util.List;

/** One member's year in one branch: their MEMBERSHIP periods and every fact recorded for them. */
public record MemberYear(long memberId, String userId, String name, List<MembershipPeriod> membership,
                         List<Fact> facts) {

    public MemberYear {
        membership = List.copyOf(membership);
        facts = List.copyOf(facts);
    }
}
