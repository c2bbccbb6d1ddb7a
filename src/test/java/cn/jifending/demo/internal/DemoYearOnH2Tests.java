package cn.jifending.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

    private static final Path DATA_DIR = freshDir();

    private static Path freshDir() {
        try {
            return Files.createTempDirectory("jifen-h2-demo-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) {
        registry.add("jifen.data-dir", DATA_DIR::toString);
    }

    @Test
    void theStoryIsToldOnTheEmbeddedH2FileOfItsOwnDataDir() throws Exception {
        Database db = database();
        assertThat(db.product()).isEqualTo("H2");
        assertThat(db.url()).startsWith("jdbc:h2:file:").contains(DATA_DIR.toString());
    }
}
