package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FactKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies Corrections (src/docs/recompute.md): a fact whose {@code corrects} names X cancels X; a REVERSAL only
 * cancels, any other kind replaces X with itself.
 *
 * <p>A correction keeps cancelling while it stands or has itself been replaced (its replacement takes
 * over); a correction that is reversed stops cancelling, so reversing a correction brings the
 * corrected fact back. Formally: {@code acting(F)} unless an acting REVERSAL names F, and X is in
 * force unless an acting fact names X.
 */
public final class Corrections {

    /** The facts that correct another, by id: a chain only continues through those. */
    private final Map<String, Fact> correctorsById = new HashMap<>();
    private final Map<String, List<Fact>> namers = new HashMap<>();
    private final Map<String, Boolean> acting = new HashMap<>();

    private Corrections(List<Fact> facts) {
        requireDistinctIds(facts);
        for (Fact f : facts) {
            if (f.corrects() != null) {
                namers.computeIfAbsent(f.corrects(), k -> new ArrayList<>()).add(f);
                correctorsById.put(f.id(), f);
            }
        }
        if (correctorsById.isEmpty()) {
            return; // nothing corrects anything: no chain, no cycle
        }
        for (Fact f : facts) {
            if (f.corrects() != null) { // a chain starts only at a fact that corrects another, in input order
                requireNoCycle(f);
            }
        }
    }

    /**
     * Throws when two facts share an id. Any sequence that strictly ascends in one total order has no repeats, so
     * no id is hashed while the ids that start with a digit (every id the ledger hands out: it reads them in
     * ascending order) ascend by length, then character by character, and so do the others (MEMBERSHIP periods
     * and the like); an id of one kind never equals one of the other. A sequence that does not ascend is checked
     * in a set.
     */
    static void requireDistinctIds(List<Fact> facts) {
        String lastNumber = null;
        String lastOther = null;
        for (Fact f : facts) {
            String id = f.id();
            boolean number = !id.isEmpty() && id.charAt(0) >= '0' && id.charAt(0) <= '9';
            String last = number ? lastNumber : lastOther;
            if (last != null && !ascends(last, id)) {
                requireDistinctInASet(facts);
                return;
            }
            if (number) {
                lastNumber = id;
            } else {
                lastOther = id;
            }
        }
    }

    /** True when {@code next} comes strictly after {@code last}: shorter first, then character by character. */
    private static boolean ascends(String last, String next) {
        return last.length() < next.length() || (last.length() == next.length() && last.compareTo(next) < 0);
    }

    private static void requireDistinctInASet(List<Fact> facts) {
        Set<String> seen = new HashSet<>(facts.size() * 2);
        for (Fact f : facts) {
            if (!seen.add(f.id())) {
                throw twice(f.id());
            }
        }
    }

    private static IllegalArgumentException twice(String id) {
        return new IllegalArgumentException("fact id " + id + " appears twice");
    }

    /** The facts scoring uses: not cancelled, and not REVERSALs. Order is kept. */
    public static List<Fact> effective(List<Fact> facts) {
        Corrections c = new Corrections(facts);
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f.kind() != FactKind.REVERSAL && c.inForce(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Loops, not streams: this runs for every fact of every member. */
    private boolean inForce(Fact f) {
        List<Fact> named = namers.get(f.id());
        if (named == null) {
            return true;
        }
        for (Fact n : named) {
            if (acting(n)) {
                return false;
            }
        }
        return true;
    }

    private boolean acting(Fact f) {
        Boolean known = acting.get(f.id());
        if (known == null) {
            known = true;
            List<Fact> named = namers.get(f.id());
            if (named != null) {
                for (Fact n : named) {
                    if (n.kind() == FactKind.REVERSAL && acting(n)) {
                        known = false;
                        break;
                    }
                }
            }
            acting.put(f.id(), known);
        }
        return known;
    }

    private void requireNoCycle(Fact start) {
        Set<String> seen = new HashSet<>();
        for (Fact f = start; f != null; f = correctorsById.get(f.corrects())) { // a non-corrector ends the chain
            if (!seen.add(f.id())) {
                throw new IllegalArgumentException("corrections form a cycle through fact " + f.id());
            }
        }
    }
}
