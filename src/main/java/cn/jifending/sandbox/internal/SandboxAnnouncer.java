package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever ran {@code ./mvnw spring-boot:run} where to open the sandbox console. */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxAnnouncer implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SandboxAnnouncer.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("积分钉 sandbox chat console: http://localhost:{}/sandbox (no DingTalk credentials: sandbox mode)",
                event.getWebServer().getPort());
    }
}
