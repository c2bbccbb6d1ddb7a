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
     * Throws when two facts share an id. Ids written as canonical decimal numbers (no sign, no leading zero, up to
     * 18 digits: every id the ledger hands out) that come in ascending order of their value, as the ledger reads
     * them, are distinct without being hashed; the other ids are checked in a set, and so are all of them when
     * the numbers do not ascend. A canonical number and any other string are never equal, so the two checks cover
     * every pair.
     */
    static void requireDistinctIds(List<Fact> facts) {
        long last = -1;
        boolean ascending = true;
        Set<String> others = null;
        for (Fact f : facts) {
            long n = canonicalNumber(f.id());
            if (n < 0) {
                others = others == null ? new HashSet<>() : others;
                if (!others.add(f.id())) {
                    throw twice(f.id());
                }
            } else if (n > last) {
                last = n;
            } else {
                ascending = false;
                break;
            }
        }
        if (ascending) {
            return;
        }
        Set<String> seen = new HashSet<>(facts.size() * 2);
        for (Fact f : facts) {
            if (!seen.add(f.id())) {
                throw twice(f.id());
            }
        }
    }

    /** The value of a canonical decimal number of up to 18 digits, or -1 for any other string. */
    private static long canonicalNumber(String id) {
        int length = id.length();
        if (length == 0 || length > 18 || (id.charAt(0) == '0' && length > 1)) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
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
