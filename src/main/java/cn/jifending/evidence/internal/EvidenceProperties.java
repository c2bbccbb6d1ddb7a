package cn.jifending.evidence.internal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.evidence.*}.
 *
 * @param dir          where the files live (content-addressed by SHA-256); default {@code ${jifen.data-dir}/evidence}
 * @param maxSize      the largest photo or file accepted
 * @param allowedTypes the accepted types (names of the sniffed types: JPEG, PNG, GIF, WEBP, BMP, HEIC, PDF,
 *                     OFFICE_ZIP, OFFICE_OLE)
 */
@Validated
@ConfigurationProperties("jifen.evidence")
record EvidenceProperties(
        Path dir,
        @NotNull @DefaultValue("10MB") DataSize maxSize,
        @NotEmpty @DefaultValue({"JPEG", "PNG", "GIF", "WEBP", "BMP", "HEIC", "PDF", "OFFICE_ZIP", "OFFICE_OLE"})
        Set<FileType> allowedTypes) {

    EvidenceProperties {
        if (maxSize != null && maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("jifen.evidence.max-size must be positive, not " + maxSize);
        }
    }
}
