package cn.jifending.ledger.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.MemberYear;
import cn.jifending.ledger.MembershipPeriod;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberCategory;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Component;

/**
 * Streams a branch's year member by member, merging membership spells with a cursor over the facts.
 * The branch's member records are read once up front (not one query per member).
 */
@Component
class MemberYears {

    private final FactMapper facts;
    private final MemberDirectory directory;

    MemberYears(FactMapper facts, MemberDirectory directory) {
        this.facts = facts;
        this.directory = directory;
    }

    /** Call inside a transaction (the cursor lives as long as it). */
    void stream(long branchId, int year, Consumer<MemberYear> consumer) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TreeMap<Long, List<MembershipSpell>> spells = new TreeMap<>();
        for (MembershipSpell s : directory.spellsInBranch(branchId, from, to)) {
            spells.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s);
        }
        Map<Long, Member> members = directory.members(spells.keySet());
        try (Cursor<FactRow> cursor = facts.scanBranch(branchId, from, to)) {
            Long current = null;
            List<Fact> batch = new ArrayList<>();
            for (FactRow row : cursor) {
                if (current != null && !current.equals(row.memberId)) {
                    emitUpTo(current, batch, spells, members, from, to, consumer);
                    batch = new ArrayList<>();
                }
                current = row.memberId;
                batch.add(FactKeys.fact(row));
            }
            if (current != null) {
                emitUpTo(current, batch, spells, members, from, to, consumer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
