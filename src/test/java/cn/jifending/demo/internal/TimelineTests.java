package cn.jifending.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The replay itself, without Spring: moments in order, nothing at or after now, the clock on this thread only. */
class TimelineTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 2, 10, 0);

    final ReplayClock clock = new ReplayClock(Clock.fixed(NOW.atZone(SHANGHAI).toInstant(), SHANGHAI));
    final Timeline timeline = new Timeline(clock, NOW);
    final List<String> seen = new ArrayList<>();

    @Test
    void stepsRunInTheOrderOfTheirMomentsAtThoseMomentsAndStopBeforeNow() {
        timeline.at(LocalDateTime.of(2026, 3, 31, 16, 0), () -> seen.add("figures " + LocalDateTime.now(clock)));
        timeline.at(LocalDateTime.of(2026, 1, 8, 18, 0), () -> seen.add("meeting " + LocalDateTime.now(clock)));
        timeline.at(LocalDateTime.of(2026, 4, 1, 9, 0), () -> {
            seen.add("opened " + LocalDateTime.now(clock));
            timeline.at(LocalDateTime.of(2026, 4, 2, 9, 59), () -> seen.add("confirmed " + LocalDateTime.now(clock)));
            timeline.at(LocalDateTime.of(2026, 4, 3, 11, 0), () -> seen.add("signed"));
        });
        timeline.at(NOW, () -> seen.add("now"));

        assertThat(timeline.run()).isEqualTo(4);
        assertThat(seen).containsExactly("meeting 2026-01-08T18:00", "figures 2026-03-31T16:00",
                "opened 2026-04-01T09:00", "confirmed 2026-04-02T09:59");
        assertThat(LocalDateTime.now(clock)).isEqualTo(NOW);
    }

    @Test
    void onlyTheReplayingThreadSeesTheReplayedMoment() throws Exception {
        Clock elsewhere = clock.withZone(ZoneId.of("UTC"));
        List<Instant> other = new ArrayList<>();
        timeline.at(LocalDateTime.of(2026, 2, 1, 8, 0), () -> {
            seen.add(LocalDateTime.now(clock).toString());
            other.add(CompletableFuture.supplyAsync(clock::instant).join());
            seen.add(elsewhere.instant().toString());
        });
        timeline.run();

        assertThat(seen).containsExactly("2026-02-01T08:00", "2026-02-01T00:00:00Z");
        assertThat(other).containsExactly(NOW.atZone(SHANGHAI).toInstant());
        assertThat(clock.realNow()).isEqualTo(NOW);
    }
}
