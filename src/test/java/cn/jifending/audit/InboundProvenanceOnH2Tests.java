package cn.jifending.audit;

import cn.jifending.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link InboundProvenanceCases} on the embedded default: an H2 file database in MySQL mode, in a temp folder. */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class InboundProvenanceOnH2Tests {

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("jifen-h2-prov-");
        registry.add("jifen.data-dir", dir::toString);
    }

    @Nested
    class OnH2 extends InboundProvenanceCases {
    }
}
