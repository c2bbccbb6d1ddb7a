package cn.jifending.notification.internal;

import cn.jifending.notification.Messenger;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the dispatcher to whichever {@link Messenger} the connection mode provides. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxDispatcher outboxDispatcher(OutboxStore store, OutboxClaims claims, Messenger messenger,
                                      OutboxProperties properties, Clock clock) {
        return new OutboxDispatcher(store, claims, messenger, properties, clock,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Bean
    OutboxDispatchLoop outboxDispatchLoop(OutboxDispatcher dispatcher, OutboxProperties properties,
                                          DispatchSignal signal) {
        return new OutboxDispatchLoop(dispatcher, properties, signal);
    }
}
