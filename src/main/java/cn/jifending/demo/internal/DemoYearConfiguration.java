package cn.jifending.demo.internal;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the demo year on, the application's {@link Clock} (whichever module or test defines it) is wrapped
 * in a {@link ReplayClock}, so the seeder can replay the story's moments on its own thread.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("jifen.demo.year")
class DemoYearConfiguration {

    @Bean
    static BeanPostProcessor replayClocks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Clock clock && !(bean instanceof ReplayClock) ? new ReplayClock(clock) : bean;
            }
        };
    }
}
