package cn.jifending.ledger.internal;

import cn.jifending.scoring.ScoreCalculator;
import cn.jifending.scoring.SchemeRegistry;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the scheme files at start-up: an invalid file stops the server with a
 * message naming the file, the line and the problem.
 */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    SchemeRegistry schemeRegistry(ScoringProperties properties) {
        return properties.schemeDir().isEmpty()
                ? SchemeRegistry.builtIn()
                : SchemeRegistry.loadDirectory(Path.of(properties.schemeDir()));
    }

    @Bean
    ScoreCalculator scoreCalculator(SchemeRegistry schemes) {
        return new ScoreCalculator(schemes);
    }
}
