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

    private final Map<String, Fact> byId;
    private final Map<String, List<Fact>> namers = new HashMap<>();
    private final Map<String, Boolean> acting = new HashMap<>();

    private Corrections(List<Fact> facts) {
        byId = new HashMap<>(facts.size() * 2); // sized once: a member's year is ~150 facts
        for (Fact f : facts) {
            if (byId.put(f.id(), f) != null) {
                throw new IllegalArgumentException("fact id " + f.id() + " appears twice");
            }
            if (f.corrects() != null) {
                namers.computeIfAbsent(f.corrects(), k -> new ArrayList<>()).add(f);
            }
        }
        if (namers.isEmpty()) {
            return; // nothing corrects anything: no chain, no cycle
        }
        for (Fact f : facts) {
            if (f.corrects() != null) { // a chain starts only at a fact that corrects another
                requireNoCycle(f);
            }
        }
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
        for (Fact f = start; f != null && f.corrects() != null; f = byId.get(f.corrects())) {
            if (!seen.add(f.id())) {
                throw new IllegalArgumentException("corrections form a cycle through fact " + f.id());
            }
        }
    }
}
