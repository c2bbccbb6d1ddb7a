package cn.jifending.organization.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.demo.*}: the demo organization of the embedded default.
 *
 * @param seed    load the demo roster at startup when the organization is empty
 *                (true on the embedded default, false in the {@code mysql} profile)
 * @param roster  classpath location of the demo roster CSV
 */
@Validated
@ConfigurationProperties("jifen.demo")
public record DemoProperties(@DefaultValue("false") boolean seed,
                             @NotBlank @DefaultValue("demo/roster.csv") String roster) {
}
