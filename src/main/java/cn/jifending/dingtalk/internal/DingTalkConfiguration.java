package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.dingtalk.DingTalkProperties;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code jifen.dingtalk.*} and supplies the system clock (Asia/Shanghai) unless the application already has one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DingTalkProperties.class, DingTalkPacingProperties.class})
class DingTalkConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
