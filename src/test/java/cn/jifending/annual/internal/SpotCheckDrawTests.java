package cn.jifending.annual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The spot-check sample is a function of the population and the seed. */
class SpotCheckDrawTests {

    private final List<Long> population = LongStream.rangeClosed(100, 199).boxed().toList();

    @Test
    void theSameSeedDrawsTheSameSampleAndAnotherSeedAnotherOne() {
        List<Long> first = SpotChecks.draw(population, 5, 20270105L);
        assertThat(SpotChecks.draw(population, 5, 20270105L)).isEqualTo(first);
        assertThat(first).hasSize(5).doesNotHaveDuplicates().allMatch(population::contains);
        assertThat(SpotChecks.draw(population, 5, 7L)).isNotEqualTo(first);
    }

    @Test
    void aSampleLargerThanThePopulationTakesEveryFactOnce() {
        assertThat(SpotChecks.draw(List.of(1L, 2L, 3L), 10, 1L)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(SpotChecks.draw(List.of(), 3, 1L)).isEmpty();
    }
}
