package cn.jifending.ledger.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.MemberYear;
import cn.jifending.ledger.MembershipPeriod;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberCategory;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.audit.Source;
import cn.jifending.audit.SourceType;
import cn.jifending.scoring.FactKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Streams a branch's year member by member, merging membership spells with a cursor over the facts.
 * The branch's member records are read once up front (not one query per member).
 */
@Component
class MemberYears {

    private static final String ALL_COLUMNS = "id, kind, branch_id, member_id, item, occurred_on, ends_on,"
            + " fact_value, corrects, recorded_by, recorded_at, source_type, source_ref, reason, event_ref, approval_ref";
    /** What scoring reads: half the columns, well under half the bytes of a full row. */
    private static final String SCORING_COLUMNS = "id, kind, member_id, item, occurred_on, ends_on, fact_value, corrects";
    /**
     * One pass over the branch's year in index order (ix_ledger_fact_branch), grouped by member in
     * memory: no server-side sort. The driver buffers a branch's rows anyway, so memory is per branch.
     */
    private static final String SCAN = "SELECT %s FROM ledger_fact WHERE branch_id = ? AND occurred_on BETWEEN ? AND ?";

    private final JdbcTemplate jdbc;
    private final MemberDirectory directory;

    MemberYears(JdbcTemplate jdbc, MemberDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** One member's rows of a branch's year, with the member record and MEMBERSHIP periods. */
    interface Sink<T> {
        void accept(Member member, List<MembershipPeriod> membership, List<T> rows);
    }

    /** Call inside a transaction (members, spells and facts read consistently). */
    void stream(long branchId, int year, Consumer<MemberYear> consumer) {
        scan(branchId, year, ALL_COLUMNS, MemberYears::fact, Fact::memberId, Fact::id, (member, membership, facts) ->
                consumer.accept(new MemberYear(member.id(), member.userId(), member.name(), membership, facts)));
    }

    /** The branch's year as scoring input only (ids as strings, no provenance columns); inside a transaction. */
    void streamForScoring(long branchId, int year, Sink<cn.jifending.scoring.Fact> sink) {
        scan(branchId, year, SCORING_COLUMNS, MemberYears::scoringRow, ScoringRow::memberId, ScoringRow::id,
                (member, membership, rows) -> {
            List<cn.jifending.scoring.Fact> facts = new ArrayList<>(rows.size());
            for (ScoringRow row : rows) {
                facts.add(row.fact());
            }
            sink.accept(member, membership, facts);
        });
    }

    private record ScoringRow(long memberId, long id, cn.jifending.scoring.Fact fact) {
    }

    /**
     * The branch's spells (read once, with the member records) and one scan of its facts; every
     * member with a spell touching the year, or with facts, comes out in member-id order, each with
     * their rows in id order.
     */
    private <T> void scan(long branchId, int year, String columns, RowMapper<T> mapper, ToLongFunction<T> memberOf,
                          ToLongFunction<T> idOf, Sink<T> sink) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TreeMap<Long, List<MembershipSpell>> spells = new TreeMap<>();
        for (MembershipSpell s : directory.spellsInBranch(branchId, from, to)) {
            spells.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s);
        }
        Map<Long, List<T>> rows = new HashMap<>();
        jdbc.query(SCAN.formatted(columns), (ResultSet rs) -> {
            T row = mapper.mapRow(rs, 0);
            rows.computeIfAbsent(memberOf.applyAsLong(row), k -> new ArrayList<>()).add(row);
        }, branchId, from, to);
        TreeSet<Long> memberIds = new TreeSet<>(spells.keySet());
        memberIds.addAll(rows.keySet());
        Map<Long, Member> members = directory.members(memberIds);
        Comparator<T> byId = Comparator.comparingLong(idOf);
        for (long memberId : memberIds) {
            Member known = members.get(memberId);
            Member member = known != null ? known : directory.member(memberId).orElseThrow();
            List<T> own = rows.getOrDefault(memberId, List.of());
            if (own.size() > 1) {
                own.sort(byId);
            }
            sink.accept(member, periods(member, spells.getOrDefault(memberId, List.of()), from, to), own);
        }
    }

    /** Mapped by hand: reflective row mapping was half the client CPU of scoring a branch. */
    private static Fact fact(ResultSet rs, int rowNum) throws SQLException {
        return new Fact(rs.getLong("id"), FactKind.valueOf(rs.getString("kind")), rs.getLong("branch_id"),
                rs.getLong("member_id"), rs.getString("item"), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("fact_value"), corrects(rs),
                rs.getString("recorded_by"), rs.getObject("recorded_at", LocalDateTime.class),
                new Source(SourceType.valueOf(rs.getString("source_type")), rs.getString("source_ref")),
                rs.getString("reason"), rs.getString("event_ref"), rs.getString("approval_ref"));
    }

    private static ScoringRow scoringRow(ResultSet rs, int rowNum) throws SQLException {
        Long corrects = corrects(rs);
        long id = rs.getLong("id");
        return new ScoringRow(rs.getLong("member_id"), id, new cn.jifending.scoring.Fact(String.valueOf(id),
                FactKind.valueOf(rs.getString("kind")), rs.getString("item"),
                rs.getObject("occurred_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("fact_value"), corrects == null ? null : String.valueOf(corrects)));
    }

    private static Long corrects(ResultSet rs) throws SQLException {
        long corrects = rs.getLong("corrects");
        return rs.wasNull() ? null : corrects;
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
