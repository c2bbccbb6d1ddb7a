package cn.jifending.notification.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jifen.templates.dir}: an optional directory laid out like {@code bot-templates/}
 * ({@code messages/*.md}, {@code cards/*.json}); a file there overrides the packaged one.
 * {@code jifen.templates.strict} (default false; true in the tests): a name a template uses that the
 * model lacks is an error instead of an empty value and a warning in the log.
 */
@ConfigurationProperties("jifen.templates")
public record TemplateProperties(Path dir, @DefaultValue("false") boolean strict) {
}
