package cn.jifending.organization.internal;

import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberCategory;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.PartyGroup;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class DatabaseMemberDirectory implements MemberDirectory {

    private static final Set<Role> PANEL = EnumSet.of(Role.SECRETARY, Role.BRANCH_COMMITTEE_MEMBER, Role.GROUP_LEADER);

    private final BranchMapper branches;
    private final PartyGroupMapper groups;
    private final MemberMapper members;
    private final MembershipMapper spells;
    private final RoleMapper roles;
    private final OrgClock clock;
    private final PersonLookup people;

    DatabaseMemberDirectory(BranchMapper branches, PartyGroupMapper groups, MemberMapper members,
                            MembershipMapper spells, RoleMapper roles, OrgClock clock, PersonLookup people) {
        this.people = people;
        this.branches = branches;
        this.groups = groups;
        this.members = members;
        this.spells = spells;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public Optional<Person> findByUserId(String dingTalkUserId) {
        return people.byUserId(dingTalkUserId, clock.today());
    }

    @Override
    public Optional<Person> findByMemberId(long memberId) {
        return Optional.ofNullable(members.selectById(memberId)).map(this::personToday);
    }

    @Override
    public Optional<Member> member(long memberId) {
        return Optional.ofNullable(members.selectById(memberId)).map(OrgRows::member);
    }

    @Override
    public Map<Long, Member> members(Collection<Long> memberIds) {
        return membersBy(MemberRow::getId, memberIds);
    }

    @Override
    public Map<String, Member> membersByUserId(Collection<String> userIds) {
        return membersBy(MemberRow::getUserId, userIds);
    }

    /** The members whose {@code column} is one of {@code keys}, by that key (IN queries of bounded size). */
    private <K> Map<K, Member> membersBy(SFunction<MemberRow, K> column, Collection<K> keys) {
        Map<K, Member> out = new HashMap<>();
        for (List<K> chunk : chunks(keys)) {
            for (MemberRow row : members.selectList(Wrappers.lambdaQuery(MemberRow.class).in(column, chunk))) {
                out.put(column.apply(row), OrgRows.member(row));
            }
        }
        return out;
    }

    @Override
    public List<Branch> branches() {
        return branches.selectList(Wrappers.lambdaQuery(BranchRow.class).orderByAsc(BranchRow::getId))
                .stream().map(OrgRows::branch).toList();
    }

    @Override
    public Optional<Branch> branch(long branchId) {
        return Optional.ofNullable(branches.selectById(branchId)).map(OrgRows::branch);
    }

    @Override
    public List<PartyGroup> partyGroups(long branchId) {
        return groups.selectList(Wrappers.lambdaQuery(PartyGroupRow.class).eq(PartyGroupRow::getBranchId, branchId)
                .orderByAsc(PartyGroupRow::getId))
                .stream().map(OrgRows::group).toList();
    }

    @Override
    public List<Person> membersOn(long branchId, LocalDate date) {
        return spellsInBranch(branchId, date, date).stream()
                .map(s -> person(members.selectById(s.memberId()), s.branchId(), date))
                .toList();
    }

    @Override
    public List<Person> withRole(long branchId, Role role) {
        return holders(Wrappers.lambdaQuery(RoleRow.class).eq(RoleRow::getBranchId, branchId)
                .eq(RoleRow::getRole, role.name()))
                .filter(p -> Objects.equals(p.branchId(), branchId))
                .toList();
    }

    @Override
    public List<Person> panelOf(long branchId) {
        return holders(Wrappers.lambdaQuery(RoleRow.class).eq(RoleRow::getBranchId, branchId)
                .in(RoleRow::getRole, PANEL.stream().map(Role::name).toList()))
                .filter(p -> Objects.equals(p.branchId(), branchId))
                .distinct()
                .toList();
    }

    @Override
    public List<Person> committeeAdmins() {
        return holders(Wrappers.lambdaQuery(RoleRow.class).isNull(RoleRow::getBranchId)
                .eq(RoleRow::getRole, Role.COMMITTEE_ADMIN.name()))
                .toList();
    }

    @Override
    public List<MembershipSpell> spellsOf(long memberId) {
        return spells.selectList(Wrappers.lambdaQuery(MembershipRow.class).eq(MembershipRow::getMemberId, memberId)
                .orderByAsc(MembershipRow::getJoinedOn)).stream().map(OrgRows::spell).toList();
    }

    @Override
    public Map<Long, List<MembershipSpell>> spellsOfMembers(Collection<Long> memberIds) {
        Map<Long, List<MembershipSpell>> out = new HashMap<>();
        for (List<Long> chunk : chunks(memberIds)) {
            spells.selectList(Wrappers.lambdaQuery(MembershipRow.class).in(MembershipRow::getMemberId, chunk)
                    .orderByAsc(MembershipRow::getJoinedOn))
                    .stream().map(OrgRows::spell)
                    .forEach(s -> out.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s));
        }
        return out;
    }

    /** IN lists of at most 1,000 ids. */
    private static <T> List<List<T>> chunks(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1_000) {
            out.add(all.subList(i, Math.min(all.size(), i + 1_000)));
        }
        return out;
    }

    @Override
    public List<MembershipSpell> spellsInBranch(long branchId, LocalDate from, LocalDate to) {
        return spells.selectList(Wrappers.lambdaQuery(MembershipRow.class).eq(MembershipRow::getBranchId, branchId)
                        .le(MembershipRow::getJoinedOn, to)
                        .and(w -> w.isNull(MembershipRow::getLeftOn).or().ge(MembershipRow::getLeftOn, from)))
                .stream().map(OrgRows::spell)
                .sorted(Comparator.comparingLong(MembershipSpell::memberId).thenComparing(MembershipSpell::joinedOn))
                .toList();
    }

    private java.util.stream.Stream<Person> holders(LambdaQueryWrapper<RoleRow> query) {
        return roles.selectList(query.orderByAsc(RoleRow::getMemberId)).stream()
                .map(r -> r.memberId).distinct()
                .map(members::selectById)
                .map(this::personToday);
    }

    private Person personToday(MemberRow m) {
        LocalDate today = clock.today();
        MembershipSpell current = spellsOf(m.id).stream().filter(s -> s.activeOn(today)).findFirst().orElse(null);
        return person(m, current == null ? null : current.branchId(), today);
    }

    private Person person(MemberRow m, Long branchId, LocalDate date) {
        Member member = OrgRows.member(m);
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (RoleRow r : roles.selectList(Wrappers.lambdaQuery(RoleRow.class).eq(RoleRow::getMemberId, m.id))) {
            if (r.branchId == null || r.branchId.equals(branchId)) {
                held.add(Role.valueOf(r.role));
            }
        }
        String branchName = null;
        if (branchId != null) {
            held.add(Role.MEMBER);
            branchName = branches.selectById(branchId).name;
        }
        return new Person(m.id, m.userId, m.name, branchId, branchName,
                member.categoryOn(date) == MemberCategory.PROBATIONARY, held);
    }
}
