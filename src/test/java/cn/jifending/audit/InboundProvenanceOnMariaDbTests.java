package cn.jifending.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.ledger.Ledger;
import cn.jifending.organization.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link InboundProvenanceScenario} on MariaDB (the shared persistence-test context). */
@Import(MutableClock.Config.class)
class InboundProvenanceOnMariaDbTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;

    @Test
    void aChatCommandsAndACardPresssAuditRowsJoinTheirInboundEvents() {
        var outcome = new InboundProvenanceScenario(gateway, jdbc, organization, ledger, clock, tx).play();
        assertThat(outcome.rows()).containsExactlyElementsOf(outcome.expected());
        assertThat(outcome.unjoined()).as("every audit row of the two inbound events carries its event").isZero();
        assertThat(outcome.decidedDetails()).contains("\"outcome\":\"PASS\"");
    }
}
