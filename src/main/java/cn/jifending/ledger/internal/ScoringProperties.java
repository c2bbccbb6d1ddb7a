package cn.jifending.ledger.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.scoring.*}.
 *
 * @param schemeDir a directory of scheme files (one per scheme year) replacing the built-in
 *                  2021 scheme; blank = the built-in scheme shipped in the jar
 * @param workers   threads that score a branch's members while its scan reads ({@link ScoringWorkers});
 *                  0 = one fewer than the processors, at least one
 */
@Validated
@ConfigurationProperties("jifen.scoring")
public record ScoringProperties(String schemeDir, @DefaultValue("0") @Min(0) @Max(64) int workers) {

    public ScoringProperties {
        schemeDir = schemeDir == null ? "" : schemeDir.strip();
    }

    /** The number of scoring threads to start: {@code workers}, or the processors less one (at least one). */
    public int workerThreads() {
        return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
