package cn.jifending.audit;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import org.junit.jupiter.api.Nested;
import org.springframework.context.annotation.Import;

/** {@link InboundProvenanceCases} on MariaDB (the shared persistence-test context). */
@Import(MutableClock.Config.class)
class InboundProvenanceOnMariaDbTests extends MariaDbTestBase {

    @Nested
    class OnMariaDb extends InboundProvenanceCases {
    }
}
