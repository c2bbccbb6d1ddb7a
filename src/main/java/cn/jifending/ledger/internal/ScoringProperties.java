package cn.jifending.ledger.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jifen.scoring.*}.
 *
 * @param schemeDir a directory of scheme files (one per scheme year) replacing the built-in
 *                  2021 scheme; blank = the built-in scheme shipped in the jar
 */
@ConfigurationProperties("jifen.scoring")
public record ScoringProperties(String schemeDir) {

    public ScoringProperties {
        schemeDir = schemeDir == null ? "" : schemeDir.strip();
    }
}
