package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code /sandbox} shows the console page (static files in {@code static/sandbox/}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/sandbox").setViewName("forward:/sandbox/index.html");
        registry.addViewController("/sandbox/").setViewName("forward:/sandbox/index.html");
    }
}
