package cn.jifending.demo.internal;

import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo year on the embedded default (H2 file database in a temp folder, no profile), started on
 * 2026-12-03: the story a newcomer finds ({@link DemoYearStory}).
 */
@SpringBootTest(properties = {"jifen.demo.year=true", "jifen.outbox.dispatch-enabled=false"})
@Import(DemoYearChecks.Today.class)
class DemoYearOnH2Tests extends DemoYearChecks {

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("jifen-h2-demo-").toString();
        registry.add("jifen.data-dir", () -> dir);
    }
}
