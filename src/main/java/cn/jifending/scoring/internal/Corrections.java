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
 * Applies CONTRACTS.md corrections: a fact whose {@code corrects} names X cancels X (a REVERSAL only
 * cancels, any other kind replaces X with itself). Only facts that are themselves in force cancel,
 * so reversing a correction brings the corrected fact back.
 */
public final class Corrections {

    private final Map<String, List<Fact>> correctors = new HashMap<>();
    private final Map<String, Boolean> inForce = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private Corrections(List<Fact> facts) {
        Set<String> ids = new HashSet<>();
        for (Fact f : facts) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("fact id " + f.id() + " appears twice");
            }
            if (f.corrects() != null) {
                correctors.computeIfAbsent(f.corrects(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The facts scoring uses: not cancelled, and not REVERSALs. Order is kept. */
    public static List<Fact> effective(List<Fact> facts) {
        Corrections c = new Corrections(facts);
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.kind() != FactKind.REVERSAL && c.inForce(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean inForce(Fact f) {
        Boolean known = inForce.get(f.id());
        if (known != null) {
            return known;
        }
        if (!visiting.add(f.id())) {
            throw new IllegalArgumentException("corrections form a cycle through fact " + f.id());
        }
        boolean result = true;
        for (Fact c : correctors.getOrDefault(f.id(), List.of())) {
            if (inForce(c)) {
                result = false;
                break;
            }
        }
        visiting.remove(f.id());
        inForce.put(f.id(), result);
        return result;
    }
}
