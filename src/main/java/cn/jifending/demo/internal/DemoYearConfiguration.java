package cn.jifending.demo.internal;

import cn.jifending.notification.Outbox;
import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the demo year on, the application's {@link Clock} (whichever module or test defines it) is wrapped
 * in a {@link ReplayClock}, so the seeder can replay the story's moments on its own thread, and the
 * outbox in a {@link WatchedOutbox}, so a replayed step can see the cards it sent (the 请假 card).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("jifen.demo.year")
class DemoYearConfiguration {

    @Bean
    static BeanPostProcessor replayClocks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Clock clock && !(bean instanceof ReplayClock)) {
                    return new ReplayClock(clock);
                }
                return bean instanceof Outbox outbox && !(bean instanceof WatchedOutbox) ? new WatchedOutbox(outbox) : bean;
            }
        };
    }
}
