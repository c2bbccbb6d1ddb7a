package cn.jifending.notification.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jifen.templates.dir}: an optional directory laid out like {@code bot-templates/}
 * ({@code messages/*.md}, {@code cards/*.json}); a file there overrides the packaged one.
 */
@ConfigurationProperties("jifen.templates")
public record TemplateProperties(Path dir) {
}
