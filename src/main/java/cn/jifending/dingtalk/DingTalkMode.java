package cn.jifending.dingtalk;

import java.util.Locale;
import org.springframework.core.env.PropertyResolver;

/**
 * How the bot is connected: {@code jifen.dingtalk.mode} when set; otherwise STREAM when DingTalk
 * credentials are configured and SANDBOX (the local chat console) when they are not.
 */
public enum DingTalkMode {
    SANDBOX, STREAM, HTTP;

    public static DingTalkMode resolve(PropertyResolver env) {
        String configured = env.getProperty("jifen.dingtalk.mode", "");
        if (!configured.isBlank()) {
            try {
                return valueOf(configured.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("jifen.dingtalk.mode must be sandbox, stream or http, not '"
                        + configured + "'");
            }
        }
        boolean hasCredentials = !env.getProperty("jifen.dingtalk.app-key", "").isBlank()
                && !env.getProperty("jifen.dingtalk.app-secret", "").isBlank();
        return hasCredentials ? STREAM : SANDBOX;
    }
}
