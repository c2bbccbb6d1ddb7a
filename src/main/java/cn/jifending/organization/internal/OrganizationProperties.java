package cn.jifending.organization.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.organization.*}.
 *
 * @param committeeName name of the committee that roster imports attach branches to
 */
@Validated
@ConfigurationProperties("jifen.organization")
public record OrganizationProperties(@NotBlank String committeeName) {
}
