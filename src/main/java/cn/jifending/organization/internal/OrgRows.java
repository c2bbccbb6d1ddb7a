package cn.jifending.organization.internal;

import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.PartyGroup;

/** Rows to API records. */
final class OrgRows {

    private OrgRows() {
    }

    static Branch branch(BranchRow r) {
        return new Branch(r.id, r.committeeId, r.name);
    }

    static PartyGroup group(PartyGroupRow r) {
        return new PartyGroup(r.id, r.branchId, r.name);
    }

    static Member member(MemberRow r) {
        return new Member(r.id, r.userId, r.name, Boolean.TRUE.equals(r.probationary), r.joinedOn, r.convertedOn);
    }

    static MembershipSpell spell(MembershipRow r) {
        return new MembershipSpell(r.id, r.memberId, r.branchId, r.partyGroupId, r.joinedOn, r.leftOn);
    }
}
