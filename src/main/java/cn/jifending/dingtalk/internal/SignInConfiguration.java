package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.organization.AuthCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages' sign-in port in the DingTalk modes (sandbox mode signs in with {@code ?user=} instead). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDingTalkMode({DingTalkMode.STREAM, DingTalkMode.HTTP})
class SignInConfiguration {

    @Bean
    AuthCodes dingTalkAuthCodes(OapiClient oapi) {
        return new OapiAuthCodes(oapi);
    }
}
