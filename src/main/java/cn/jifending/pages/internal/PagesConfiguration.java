package cn.jifending.pages.internal;

import cn.jifending.pages.PagesProperties;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session key: {@code jifen.pages.secret}, or a random key for this start when none is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PagesProperties.class)
class PagesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PagesConfiguration.class);

    @Bean
    SessionCookies pageSessionCookies(PagesProperties properties, Clock clock) {
        byte[] key;
        if (properties.secret().isEmpty()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.info("jifen.pages.secret is not set: page sessions use a random key and end with this run");
        } else {
            key = properties.secret().getBytes(StandardCharsets.UTF_8);
        }
        return new SessionCookies(key, properties.sessionTtl(), clock);
    }
}
