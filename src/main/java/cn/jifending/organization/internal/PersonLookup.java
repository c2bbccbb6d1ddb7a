package cn.jifending.organization.internal;

import cn.jifending.organization.Member;
import cn.jifending.organization.MemberCategory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who is writing to the bot, as of a day, in one round trip: the member, the branch of the spell
 * active that day (the earliest-joined one if several) and their roles, in the one statement
 * {@link MemberMapper#lookup}. Every inbound message asks this; four mapper queries per message
 * were most of the bot's own CPU under load.
 */
@Component
class PersonLookup {

    private final MemberMapper members;

    PersonLookup(MemberMapper members) {
        this.members = members;
    }

    Optional<Person> byUserId(String userId, LocalDate on) {
        List<PersonLookupRow> rows = members.lookup(userId, on);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PersonLookupRow first = rows.get(0);
        Long branchId = first.getBranchId();
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (PersonLookupRow r : rows) {
            if (Objects.equals(r.getBranchId(), branchId) && r.getRole() != null
                    && (r.getRoleBranchId() == null || r.getRoleBranchId().equals(branchId))) {
                held.add(Role.valueOf(r.getRole()));
            }
        }
        if (branchId != null) {
            held.add(Role.MEMBER);
        }
        Member m = new Member(first.getId(), first.getUserId(), first.getName(),
                Boolean.TRUE.equals(first.getProbationary()), first.getJoinedOn(), first.getConvertedOn());
        return Optional.of(new Person(m.id(), m.userId(), m.name(), branchId, first.getBranchName(),
                m.categoryOn(on) == MemberCategory.PROBATIONARY, held));
    }
}
