package cn.jifending.demo.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.demo.*} as far as the demo year goes (the roster's half is the organization module's).
 *
 * @param year  replay the demo year after the demo roster is loaded (true on the embedded default,
 *              false in the {@code mysql} profile and in tests)
 * @param story classpath location of the story
 */
@Validated
@ConfigurationProperties("jifen.demo")
public record DemoYearProperties(@DefaultValue("false") boolean year,
                                 @NotBlank @DefaultValue("demo/year.yml") String story) {
}
