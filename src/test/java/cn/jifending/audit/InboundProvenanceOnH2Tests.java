package cn.jifending.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.ledger.Ledger;
import cn.jifending.organization.Organization;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link InboundProvenanceScenario} on the embedded default: an H2 file database in MySQL mode, in a temp folder. */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class InboundProvenanceOnH2Tests {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("jifen-h2-prov-");
        registry.add("jifen.data-dir", dir::toString);
    }

    @Test
    void aChatCommandsAndACardPresssAuditRowsJoinTheirInboundEvents() {
        var outcome = new InboundProvenanceScenario(gateway, jdbc, organization, ledger, clock, tx).play();
        assertThat(outcome.rows()).containsExactlyElementsOf(outcome.expected());
        assertThat(outcome.unjoined()).as("every audit row of the two inbound events carries its event").isZero();
        assertThat(outcome.decidedDetails()).contains("\"outcome\":\"PASS\"");
    }
}
