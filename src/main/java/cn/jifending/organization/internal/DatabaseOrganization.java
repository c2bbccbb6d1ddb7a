package cn.jifending.organization.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.organization.Actor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.NewMember;
import cn.jifending.organization.Organization;
import cn.jifending.organization.OrganizationException;
import cn.jifending.organization.PartyGroup;
import cn.jifending.organization.Role;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DatabaseOrganization implements Organization {

    private final CommitteeMapper committees;
    private final BranchMapper branches;
    private final PartyGroupMapper groups;
    private final MemberMapper members;
    private final MembershipMapper spells;
    private final RoleMapper roles;
    private final AuditLog audit;
    private final OrgClock clock;

    DatabaseOrganization(CommitteeMapper committees, BranchMapper branches, PartyGroupMapper groups,
                         MemberMapper members, MembershipMapper spells, RoleMapper roles, AuditLog audit,
                         OrgClock clock) {
        this.committees = committees;
        this.branches = branches;
        this.groups = groups;
        this.members = members;
        this.spells = spells;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long ensureCommittee(String name, Actor by) {
        CommitteeRow row = committees.selectOne(Wrappers.lambdaQuery(CommitteeRow.class)
                .eq(CommitteeRow::getName, name));
        if (row == null) {
            row = new CommitteeRow();
            row.name = name;
            row.createdAt = clock.now();
            committees.insert(row);
            audit.record(entry(by, "organization.committee.created", "org_committee", row.id).with("name", name));
        }
        return row.id;
    }

    @Override
    @Transactional
    public Branch ensureBranch(long committeeId, String name, Actor by) {
        BranchRow row = branches.selectOne(Wrappers.lambdaQuery(BranchRow.class)
                .eq(BranchRow::getCommitteeId, committeeId).eq(BranchRow::getName, name));
        if (row == null) {
            if (committees.selectById(committeeId) == null) {
                throw new OrganizationException("no committee " + committeeId);
            }
            row = new BranchRow();
            row.committeeId = committeeId;
            row.name = name;
            row.createdAt = clock.now();
            branches.insert(row);
            audit.record(entry(by, "organization.branch.created", "org_branch", row.id).with("committee", committeeId)
                    .with("name", name));
        }
        return OrgRows.branch(row);
    }

    @Override
    @Transactional
    public PartyGroup ensurePartyGroup(long branchId, String name, Actor by) {
        PartyGroupRow row = groups.selectOne(Wrappers.lambdaQuery(PartyGroupRow.class)
                .eq(PartyGroupRow::getBranchId, branchId).eq(PartyGroupRow::getName, name));
        if (row == null) {
            requireBranch(branchId);
            row = new PartyGroupRow();
            row.branchId = branchId;
            row.name = name;
            row.createdAt = clock.now();
            groups.insert(row);
            audit.record(entry(by, "organization.party-group.created", "org_party_group", row.id)
                    .with("branch", branchId).with("name", name));
        }
        return OrgRows.group(row);
    }

    @Override
    @Transactional
    public Member addMember(NewMember m, Actor by) {
        if (members.selectCount(Wrappers.lambdaQuery(MemberRow.class).eq(MemberRow::getUserId, m.userId())) > 0) {
            throw new OrganizationException("userid " + m.userId() + " is already a member");
        }
        requireBranch(m.branchId());
        requireGroupOf(m.branchId(), m.partyGroupId());
        MemberRow row = new MemberRow();
        row.userId = m.userId();
        row.name = m.name();
        row.probationary = m.probationary();
        row.joinedOn = m.joinedPartyOn();
        row.createdAt = clock.now();
        members.insert(row);
        audit.record(entry(by, "organization.member.added", "org_member", row.id).with("userid", row.userId)
                .with("name", row.name).with("category", Boolean.TRUE.equals(row.probationary) ? "probationary" : "formal"));
        openSpell(row.id, m.branchId(), m.partyGroupId(), m.since(), by);
        return OrgRows.member(row);
    }

    @Override
    @Transactional
    public MembershipSpell moveMember(long memberId, long toBranchId, Long toPartyGroupId, LocalDate on, Actor by) {
        requireMember(memberId);
        requireBranch(toBranchId);
        requireGroupOf(toBranchId, toPartyGroupId);
        MembershipRow open = openSpellOf(memberId);
        if (open != null) {
            if (open.branchId == toBranchId) {
                throw new OrganizationException("member " + memberId + " is already in branch " + toBranchId);
            }
            close(open, on.minusDays(1), by);
            dropBranchRoles(memberId, open.branchId, by);
        }
        return openSpell(memberId, toBranchId, toPartyGroupId, on, by);
    }

    @Override
    @Transactional
    public MembershipSpell leaveBranch(long memberId, LocalDate lastDay, Actor by) {
        MembershipRow open = openSpellOf(memberId);
        if (open == null) {
            throw new OrganizationException("member " + memberId + " has no open membership");
        }
        close(open, lastDay, by);
        dropBranchRoles(memberId, open.branchId, by);
        return OrgRows.spell(open);
    }

    @Override
    @Transactional
    public Member renameMember(long memberId, String name, Actor by) {
        MemberRow row = requireMember(memberId);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new OrganizationException("a member's name is 1 to 100 characters: " + name);
        }
        if (name.strip().equals(row.name)) {
            return OrgRows.member(row);
        }
        String before = row.name;
        row.name = name.strip();
        members.updateById(row);
        audit.record(entry(by, "organization.member.renamed", "org_member", row.id).changed(before, row.name));
        return OrgRows.member(row);
    }

    @Override
    @Transactional
    public Member convertToFormal(long memberId, LocalDate on, Actor by) {
        MemberRow row = requireMember(memberId);
        if (!Boolean.TRUE.equals(row.probationary)) {
            throw new OrganizationException("member " + memberId + " is not probationary");
        }
        row.probationary = false;
        row.convertedOn = on;
        members.updateById(row);
        audit.record(entry(by, "organization.member.converted", "org_member", row.id)
                .changed("probationary", "formal").with("on", on));
        return OrgRows.member(row);
    }

    @Override
    @Transactional
    public void grantRole(long memberId, Long branchId, Role role, Actor by) {
        checkScope(branchId, role);
        requireMember(memberId);
        if (branchId != null) {
            requireBranch(branchId);
        }
        if (roles.selectCount(roleQuery(memberId, branchId, role)) > 0) {
            return;
        }
        RoleRow row = new RoleRow();
        row.memberId = memberId;
        row.branchId = branchId;
        row.role = role.name();
        row.grantedBy = by.userId();
        row.grantedAt = clock.now();
        roles.insert(row);
        audit.record(entry(by, "organization.role.granted", "org_member", memberId).with("role", role)
                .with("branch", branchId == null ? "committee-wide" : branchId));
    }

    @Override
    @Transactional
    public void revokeRole(long memberId, Long branchId, Role role, Actor by) {
        if (roles.delete(roleQuery(memberId, branchId, role)) > 0) {
            audit.record(entry(by, "organization.role.revoked", "org_member", memberId).with("role", role)
                    .with("branch", branchId == null ? "committee-wide" : branchId));
        }
    }

    private MembershipSpell openSpell(long memberId, long branchId, Long groupId, LocalDate from, Actor by) {
        List<MembershipRow> existing = spells.selectList(Wrappers.lambdaQuery(MembershipRow.class)
                .eq(MembershipRow::getMemberId, memberId));
        for (MembershipRow s : existing) {
            if (s.leftOn == null || !from.isAfter(s.leftOn)) {
                throw new OrganizationException("member " + memberId + " already belongs to branch "
                        + s.branchId + " on " + from);
            }
        }
        MembershipRow row = new MembershipRow();
        row.memberId = memberId;
        row.branchId = branchId;
        row.partyGroupId = groupId;
        row.joinedOn = from;
        row.createdAt = clock.now();
        spells.insert(row);
        audit.record(entry(by, "organization.membership.opened", "org_membership", row.id).with("member", memberId)
                .with("branch", branchId).with("party_group", groupId).with("from", from));
        return OrgRows.spell(row);
    }

    private void close(MembershipRow open, LocalDate lastDay, Actor by) {
        if (lastDay.isBefore(open.joinedOn)) {
            throw new OrganizationException("membership " + open.id + " starts " + open.joinedOn
                    + ", it cannot end on " + lastDay);
        }
        open.leftOn = lastDay;
        spells.updateById(open);
        audit.record(entry(by, "organization.membership.closed", "org_membership", open.id)
                .with("member", open.memberId).with("branch", open.branchId).with("last_day", lastDay));
    }

    private void dropBranchRoles(long memberId, long branchId, Actor by) {
        for (RoleRow r : roles.selectList(Wrappers.lambdaQuery(RoleRow.class).eq(RoleRow::getMemberId, memberId)
                .eq(RoleRow::getBranchId, branchId))) {
            revokeRole(memberId, branchId, Role.valueOf(r.role), by);
        }
    }

    private MembershipRow openSpellOf(long memberId) {
        return spells.selectOne(Wrappers.lambdaQuery(MembershipRow.class).eq(MembershipRow::getMemberId, memberId)
                .isNull(MembershipRow::getLeftOn));
    }

    private MemberRow requireMember(long memberId) {
        MemberRow row = members.selectById(memberId);
        if (row == null) {
            throw new OrganizationException("no member " + memberId);
        }
        return row;
    }

    private void requireBranch(long branchId) {
        if (branches.selectById(branchId) == null) {
            throw new OrganizationException("no branch " + branchId);
        }
    }

    private void requireGroupOf(long branchId, Long groupId) {
        if (groupId == null) {
            return;
        }
        PartyGroupRow g = groups.selectById(groupId);
        if (g == null || g.branchId != branchId) {
            throw new OrganizationException("party group " + groupId + " is not in branch " + branchId);
        }
    }

    private static void checkScope(Long branchId, Role role) {
        boolean committeeWide = role == Role.COMMITTEE_ADMIN;
        if (committeeWide != (branchId == null)) {
            throw new OrganizationException(role + (committeeWide ? " is committee-wide" : " needs a branch"));
        }
    }

    private static LambdaQueryWrapper<RoleRow> roleQuery(long memberId, Long branchId, Role role) {
        LambdaQueryWrapper<RoleRow> q = Wrappers.lambdaQuery(RoleRow.class).eq(RoleRow::getMemberId, memberId)
                .eq(RoleRow::getRole, role.name());
        return branchId == null ? q.isNull(RoleRow::getBranchId) : q.eq(RoleRow::getBranchId, branchId);
    }

    private static AuditEntry entry(Actor by, String action, String subjectType, Object id) {
        return AuditEntry.of(by.userId(), action, subjectType, id, by.source());
    }
}
