package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionsChainTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** Chains written as "id:kind>corrects", e.g. "b:D>a" (D = DUES, R = REVERSAL). */
    @ParameterizedTest(name = "{0} -> in force {1}")
    @CsvSource(delimiter = '|', value = {
            "a:D                  | a",
            "a:D b:R>a            | ''",
            "a:D b:D>a            | b",
            "a:D b:D>a c:R>b      | a",
            "a:D b:R>a c:R>b      | a",
            "a:D b:D>a c:D>b      | c",
            "a:D b:D>a c:D>a      | b c",
            "a:D b:R>a c:R>b d:R>c | ''",
            "a:D b:D>a c:D>b d:R>c | b",
            "a:D b:R>zz           | a"})
    void correctionsInForceCancel(String chain, String inForce) {
        List<Fact> facts = new ArrayList<>();
        for (String spec : chain.trim().split(" +")) {
            String[] idRest = spec.split(":");
            String[] kindTarget = idRest[1].split(">");
            FactKind kind = kindTarget[0].equals("R") ? FactKind.REVERSAL : FactKind.DUES;
            facts.add(new Fact(idRest[0], kind, kind == FactKind.DUES ? "dues" : null, DAY, null,
                    kind == FactKind.DUES ? "ON_TIME" : null, kindTarget.length > 1 ? kindTarget[1] : null));
        }
        List<String> expected = inForce.isBlank() ? List.of() : Arrays.asList(inForce.trim().split(" +"));
        assertThat(Corrections.effective(facts)).extracting(Fact::id).containsExactlyElementsOf(expected);
    }

    @Test
    void cyclesAndDuplicateIdsAreRejected() {
        Fact a = new Fact("a", FactKind.DUES, "dues", DAY, null, "LATE", "b");
        Fact b = new Fact("b", FactKind.DUES, "dues", DAY, null, "ON_TIME", "a");
        assertThatThrownBy(() -> Corrections.effective(List.of(a, b))).hasMessageContaining("cycle");
        assertThatThrownBy(() -> Corrections.effective(List.of(a, a))).hasMessageContaining("appears twice");
    }

    /** Ids as the ledger hands them out (ascending numbers) pass unhashed; every other order or form is still checked. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1 2 3 10 11          | distinct",
            "M7 M7-2 1 2 3        | distinct",
            "1 2 M7 3 M7-2        | distinct",
            "3 1 2                | distinct",
            "5 05 005 +5          | distinct",
            "0 1 2                | distinct",
            "1 2 3 2              | 2",
            "3 1 2 3              | 3",
            "1 2 2                | 2",
            "M7 1 M7              | M7",
            "05 1 05              | 05",
            "999999999999999999 1000000000000000000 999999999999999999 | 999999999999999999",
    })
    void duplicateIdsAreFoundInAnyOrder(String ids, String twice) {
        List<Fact> facts = new ArrayList<>();
        for (String id : ids.trim().split(" +")) {
            facts.add(new Fact(id, FactKind.DUES, "dues", DAY, null, "ON_TIME", null));
        }
        if (twice.equals("distinct")) {
            assertThat(Corrections.effective(facts)).hasSize(facts.size());
        } else {
            assertThatThrownBy(() -> Corrections.effective(facts)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fact id " + twice + " appears twice");
        }
    }
}
