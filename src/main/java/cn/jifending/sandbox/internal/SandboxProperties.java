package cn.jifending.sandbox.internal;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.sandbox.*}.
 *
 * @param demoUsers the DingTalk user ids offered in the console's user picker (each looked up in
 *                  the member directory; ids the directory does not know are left out)
 * @param maxUploadBytes largest photo or file the console accepts
 */
@Validated
@ConfigurationProperties("jifen.sandbox")
public record SandboxProperties(
        @NotEmpty @DefaultValue({"demo-member-1", "demo-member-2", "demo-probationary", "demo-recorder",
                "demo-committee", "demo-leader", "demo-secretary", "demo-secretary-2", "demo-member-3",
                "demo-admin"}) List<String> demoUsers,
        @DefaultValue("10485760") long maxUploadBytes) {
}
