package cn.jifending.ledger.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Now in Asia/Shanghai (or the application's {@link Clock} bean, when there is one). */
@Component
class LedgerClock {

    private final Clock clock;

    LedgerClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
