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

    /**
     * The scoring scan in member order: ix_ledger_fact_branch_member (V89) is (branch_id, member_id, id, …) with
     * every scoring column, so the rows come member by member in id order straight from the index (no sort on
     * either side, no table row visited) and each member can be scored as soon as their last row is read.
     */
    private static final String MEMBER_ORDER_SCAN = "SELECT " + SCORING_COLUMNS
            + " FROM ledger_fact WHERE branch_id = ? AND occurred_on BETWEEN ? AND ? ORDER BY member_id, id";

    private static final String MEMBER_SCAN = "SELECT " + SCORING_COLUMNS
            + " FROM ledger_fact WHERE member_id = ? AND occurred_on BETWEEN ? AND ? ORDER BY id";

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

    /**
     * One member's year of a branch as scoring input, handed on while the scan is still reading the next
     * members: {@code member} is null when the member has facts in the branch but no spell there in the
     * year (not read up front; look it up after the scan). Called in member-id order on the caller's
     * thread, inside the scan: it must not use the database (the connection is streaming the rows).
     */
    interface ScoringSink {
        void accept(long memberId, Member member, List<MembershipPeriod> membership,
                    List<cn.jifending.scoring.Fact> facts);
    }

    /**
     * The branch's year as scoring input only (ids as strings, no provenance columns), member by member as
     * the rows arrive: one streamed, member-ordered scan merged with the branch's spells (read first, with
     * their member records), so memory holds one member's rows, not the branch's. Inside a transaction;
     * {@code spellsInBranch} is the directory's {@code spellsInBranch} of the branch and year, read in it.
     */
    void streamForScoring(long branchId, int year, List<MembershipSpell> spellsInBranch, ScoringSink sink) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TreeMap<Long, List<MembershipSpell>> spells = new TreeMap<>();
        for (MembershipSpell s : spellsInBranch) {
            spells.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s);
        }
        Map<Long, Member> members = directory.members(spells.keySet());
        MemberMerge merge = new MemberMerge(spells, members, from, to, sink);
        jdbc.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(MEMBER_ORDER_SCAN, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            if (con.getMetaData().getDriverName().startsWith("MySQL Connector")) {
                ps.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream the rows instead of buffering the result
            }
            ps.setLong(1, branchId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            return ps;
        }, (ResultSet rs) -> merge.row(rs));
        merge.finish();
    }

    /** Merges the member-ordered rows with the spells read up front; see {@link #streamForScoring}. */
    private static final class MemberMerge {
        private final TreeMap<Long, List<MembershipSpell>> spells;
        private final Map<Long, Member> members;
        private final LocalDate from;
        private final LocalDate to;
        private final ScoringSink sink;
        private long current = Long.MIN_VALUE;
        private List<cn.jifending.scoring.Fact> rows;

        MemberMerge(TreeMap<Long, List<MembershipSpell>> spells, Map<Long, Member> members, LocalDate from,
                    LocalDate to, ScoringSink sink) {
            this.spells = spells;
            this.members = members;
            this.from = from;
            this.to = to;
            this.sink = sink;
        }

        /** Reads the row's columns strictly left to right: see {@link #scoringFact}. */
        void row(ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            FactKind kind = FactKind.valueOf(rs.getString(2));
            long memberId = rs.getLong(3);
            cn.jifending.scoring.Fact fact = scoringFact(rs, id, kind);
            if (memberId != current) {
                flush();
                current = memberId;
                rows = new ArrayList<>(160); // a member's year is ~150 facts
            }
            rows.add(fact);
        }

        void finish() {
            flush();
            current = Long.MAX_VALUE;
            spellsBefore(Long.MAX_VALUE);
        }

        private void flush() {
            if (rows == null) {
                return;
            }
            spellsBefore(current);
            List<MembershipSpell> own = spells.remove(current);
            Member member = members.get(current);
            sink.accept(current, member, member == null || own == null ? List.of() : periods(member, own, from, to),
                    rows);
            rows = null;
        }

        /** The members with a spell but no facts, up to {@code memberId}, in order. */
        private void spellsBefore(long memberId) {
            while (!spells.isEmpty() && spells.firstKey() < memberId) {
                Map.Entry<Long, List<MembershipSpell>> first = spells.pollFirstEntry();
                Member member = members.get(first.getKey());
                sink.accept(first.getKey(), member, member == null ? List.of()
                        : periods(member, first.getValue(), from, to), List.of());
            }
        }
    }

    /**
     * One member's facts of the year as scoring input, in id order (ix_ledger_fact_member): the read behind
     * 我的积分, eight columns mapped by position as in the branch scan.
     */
    List<cn.jifending.scoring.Fact> memberForScoring(long memberId, int year) {
        return jdbc.query(MEMBER_SCAN, (rs, n) -> scoringFact(rs), memberId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
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

    /** As {@link #scoringFact(ResultSet, long, FactKind)}, reading the id and the kind first. */
    private static cn.jifending.scoring.Fact scoringFact(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return scoringFact(rs, id, FactKind.valueOf(rs.getString(2)));
    }

    /**
     * The rest of a row (columns 4 to 8 of SCORING_COLUMNS), by position and strictly left to right: a label is a
     * case-insensitive lookup per call, per row, and Connector/J's text rows find a column by walking the
     * lengths from the last column read, or from the row's start when asked for an earlier one (measured: a
     * fifth of the reading thread's time went to those walks when the columns were read out of order).
     */
    private static cn.jifending.scoring.Fact scoringFact(ResultSet rs, long id, FactKind kind) throws SQLException {
        String item = rs.getString(4);
        LocalDate occurredOn = rs.getObject(5, LocalDate.class);
        LocalDate endsOn = rs.getObject(6, LocalDate.class);
        String value = rs.getString(7);
        long corrects = rs.getLong(8);
        String correctsId = rs.wasNull() ? null : String.valueOf(corrects);
        return new cn.jifending.scoring.Fact(String.valueOf(id), kind, item, occurredOn, endsOn, value, correctsId);
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
