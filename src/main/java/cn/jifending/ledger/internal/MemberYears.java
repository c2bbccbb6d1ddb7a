package cn.jifending.ledger.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.MemberYear;
import cn.jifending.ledger.MembershipPeriod;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberCategory;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.ledger.Source;
import cn.jifending.ledger.SourceType;
import cn.jifending.scoring.FactKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams a branch's year member by member, merging membership spells with a cursor over the facts.
 * The branch's member records are read once up front (not one query per member).
 */
@Component
class MemberYears {

    /** One pass over the branch's year in member order (ix_ledger_fact_branch + a server-side sort). */
    private static final String SCAN = "SELECT id, kind, branch_id, member_id, item, occurred_on, ends_on, fact_value,"
            + " corrects, recorded_by, recorded_at, source_type, source_ref, reason, event_ref, approval_ref"
            + " FROM ledger_fact WHERE branch_id = ? AND occurred_on BETWEEN ? AND ? ORDER BY member_id, id";

    private final JdbcTemplate jdbc;
    private final MemberDirectory directory;

    MemberYears(JdbcTemplate jdbc, MemberDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Mapped by hand: reflective row mapping was half the client CPU of scoring a branch. */
    private static Fact fact(ResultSet rs) throws SQLException {
        long corrects = rs.getLong("corrects");
        Long correctsOrNull = rs.wasNull() ? null : corrects;
        return new Fact(rs.getLong("id"), FactKind.valueOf(rs.getString("kind")), rs.getLong("branch_id"),
                rs.getLong("member_id"), rs.getString("item"), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("fact_value"), correctsOrNull,
                rs.getString("recorded_by"), rs.getObject("recorded_at", LocalDateTime.class),
                new Source(SourceType.valueOf(rs.getString("source_type")), rs.getString("source_ref")),
                rs.getString("reason"), rs.getString("event_ref"), rs.getString("approval_ref"));
    }

    /** Call inside a transaction (members, spells and facts read consistently). */
    @SuppressWarnings("unchecked")
    void stream(long branchId, int year, Consumer<MemberYear> consumer) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TreeMap<Long, List<MembershipSpell>> spells = new TreeMap<>();
        for (MembershipSpell s : directory.spellsInBranch(branchId, from, to)) {
            spells.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s);
        }
        Map<Long, Member> members = directory.members(spells.keySet());
        Long[] current = {null};
        List<Fact>[] batch = new List[] {new ArrayList<Fact>()};
        jdbc.query(SCAN, (ResultSet rs) -> {
            Fact fact = fact(rs);
            if (current[0] != null && current[0] != fact.memberId()) {
                emitUpTo(current[0], batch[0], spells, members, from, to, consumer);
                batch[0] = new ArrayList<>();
            }
            current[0] = fact.memberId();
            batch[0].add(fact);
        }, branchId, from, to);
        if (current[0] != null) {
            emitUpTo(current[0], batch[0], spells, members, from, to, consumer);
        }
        for (Map.Entry<Long, List<MembershipSpell>> rest : spells.entrySet()) {
            consumer.accept(memberYear(rest.getKey(), rest.getValue(), List.of(), members, from, to));
        }
    }

    private void emitUpTo(long memberId, List<Fact> batch, TreeMap<Long, List<MembershipSpell>> spells,
                          Map<Long, Member> members, LocalDate from, LocalDate to, Consumer<MemberYear> consumer) {
        while (!spells.isEmpty() && spells.firstKey() < memberId) {
            Map.Entry<Long, List<MembershipSpell>> e = spells.pollFirstEntry();
            consumer.accept(memberYear(e.getKey(), e.getValue(), List.of(), members, from, to));
        }
        List<MembershipSpell> own = spells.remove(memberId);
        consumer.accept(memberYear(memberId, own == null ? List.of() : own, batch, members, from, to));
    }

    private MemberYear memberYear(long memberId, List<MembershipSpell> spells, List<Fact> facts,
                                  Map<Long, Member> members, LocalDate from, LocalDate to) {
        Member known = members.get(memberId);
        Member member = known != null ? known : directory.member(memberId).orElseThrow();
        return new MemberYear(memberId, member.userId(), member.name(), periods(member, spells, from, to), facts);
    }

    /** MEMBERSHIP periods touching [from, to]: each spell, split at the probationary→formal conversion. */
    static List<MembershipPeriod> periods(Member member, List<MembershipSpell> spells, LocalDate from, LocalDate to) {
        List<MembershipPeriod> out = new ArrayList<>();
        for (MembershipSpell s : spells) {
            LocalDate convert = member.convertedOn();
            boolean splits = convert != null && convert.isAfter(s.joinedOn())
                    && (s.leftOn() == null || !convert.isAfter(s.leftOn()));
            String id = "M" + s.id();
            if (splits) {
                add(out, new MembershipPeriod(id, s.branchId(), member.id(), s.joinedOn(), convert.minusDays(1),
                        MemberCategory.PROBATIONARY), from, to);
                add(out, new MembershipPeriod(id + "-2", s.branchId(), member.id(), convert, s.leftOn(),
                        MemberCategory.FORMAL), from, to);
            } else {
                add(out, new MembershipPeriod(id, s.branchId(), member.id(), s.joinedOn(), s.leftOn(),
                        member.categoryOn(s.joinedOn())), from, to);
            }
        }
        return out;
    }

    private static void add(List<MembershipPeriod> out, MembershipPeriod p, LocalDate from, LocalDate to) {
        if (!p.from().isAfter(to) && (p.to() == null || !p.to().isBefore(from))) {
            out.add(p);
        }
    }
}
