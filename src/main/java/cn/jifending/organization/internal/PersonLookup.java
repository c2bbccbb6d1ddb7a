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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is writing to the bot, as of a day, in one round trip: the member, the branch of the spell
 * active that day (the earliest-joined one if several) and their roles. Every inbound message asks
 * this; four mapper queries per message were most of the bot's own CPU under load.
 */
@Component
class PersonLookup {

    private final JdbcClient jdbc;

    PersonLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> byUserId(String userId, LocalDate on) {
        List<Row> rows = jdbc.sql("""
                        SELECT m.id, m.user_id, m.name, m.probationary, m.joined_on, m.converted_on,
                               s.branch_id, b.name AS branch_name, r.role, r.branch_id AS role_branch_id
                        FROM org_member m
                        LEFT JOIN org_membership s ON s.member_id = m.id AND s.joined_on <= :on
                             AND (s.left_on IS NULL OR s.left_on >= :on)
                        LEFT JOIN org_branch b ON b.id = s.branch_id
                        LEFT JOIN org_role r ON r.member_id = m.id
                        WHERE m.user_id = :userId
                        ORDER BY s.joined_on, s.id, r.id""")
                .param("on", on).param("userId", userId)
                .query((rs, n) -> new Row(
                        new Member(rs.getLong("id"), rs.getString("user_id"), rs.getString("name"),
                                rs.getBoolean("probationary"), rs.getObject("joined_on", LocalDate.class),
                                rs.getObject("converted_on", LocalDate.class)),
                        rs.getObject("branch_id", Long.class), rs.getString("branch_name"), rs.getString("role"),
                        rs.getObject("role_branch_id", Long.class)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        Long branchId = first.branchId();
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Row r : rows) {
            if (Objects.equals(r.branchId(), branchId) && r.role() != null
                    && (r.roleBranchId() == null || r.roleBranchId().equals(branchId))) {
                held.add(Role.valueOf(r.role()));
            }
        }
        if (branchId != null) {
            held.add(Role.MEMBER);
        }
        Member m = first.member();
        return Optional.of(new Person(m.id(), m.userId(), m.name(), branchId, first.branchName(),
                m.categoryOn(on) == MemberCategory.PROBATIONARY, held));
    }

    private record Row(Member member, Long branchId, String branchName, String role, Long roleBranchId) {
    }
}
