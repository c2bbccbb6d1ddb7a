package cn.jifending.declaration.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.declaration.*}.
 *
 * @param window                  how long a declaration in progress waits for the member (photos, answers)
 * @param evidenceRequiredItems   scheme featured items that need a photo or file (src/docs/scoring.md: both do)
 * @param staleAfterWorkingDays   pending declarations older than this many working days are reminded
 * @param maxPhotos               the most photos or files one declaration keeps
 */
@Validated
@ConfigurationProperties("jifen.declaration")
record DeclarationProperties(
        @NotNull @DefaultValue("10m") Duration window,
        @NotNull @DefaultValue({"grid_work", "volunteer_service"}) Set<String> evidenceRequiredItems,
        @Min(1) @Max(30) @DefaultValue("3") int staleAfterWorkingDays,
        @Min(1) @Max(20) @DefaultValue("9") int maxPhotos) {

    DeclarationProperties {
        if (window != null && (window.isNegative() || window.isZero() || window.toHours() > 24)) {
            throw new IllegalArgumentException("jifen.declaration.window must be between 1 second and 24 hours, not "
                    + window);
        }
    }
}
