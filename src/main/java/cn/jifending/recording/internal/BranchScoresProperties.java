package cn.jifending.recording.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.branch-scores.*}: the {@code 支部积分} list.
 *
 * @param pageSize members per page of the chat list
 * @param pageUrl  the branch's web page linked under the list ({@code ?branch=<id>} is appended)
 */
@Validated
@ConfigurationProperties("jifen.branch-scores")
record BranchScoresProperties(@DefaultValue("30") @Min(5) @Max(100) int pageSize,
                              @DefaultValue("/h5/branch") @NotBlank String pageUrl) {
}
