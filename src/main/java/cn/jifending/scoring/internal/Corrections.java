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
        for (Fact f : facts) {
            requireNoCycle(f);
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
        return namers.getOrDefault(f.id(), List.of()).stream().noneMatch(this::acting);
    }

    private boolean acting(Fact f) {
        Boolean known = acting.get(f.id());
        if (known == null) {
            known = namers.getOrDefault(f.id(), List.of()).stream()
                    .noneMatch(n -> n.kind() == FactKind.REVERSAL && acting(n));
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
