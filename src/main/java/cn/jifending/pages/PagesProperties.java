package cn.jifending.pages;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jifen.pages.*}.
 *
 * @param baseUrl    the public address of this application, as links in messages point to it
 * @param secret     the key of the session cookie's HMAC (at least 32 characters); blank: a random key
 *                   per start (sessions then end with a restart, and people are signed in again)
 * @param corpId     the DingTalk organisation's corpId, which the page's JSAPI sign-in needs
 * @param sessionTtl how long a signed-in session lasts
 * @param jsapiUrl   where the sign-in page loads DingTalk's JSAPI ({@code dingtalk.open.js}) from, in the
 *                   DingTalk modes only; by default the copy packaged with this application
 *                   ({@code static/h5/vendor/dingtalk-jsapi/}, npm {@code dingtalk-jsapi} 3.2.9), so no CDN
 */
@Validated
@ConfigurationProperties("jifen.pages")
public record PagesProperties(
        @DefaultValue("http://localhost:8080") @NotNull URI baseUrl,
        @DefaultValue("") String secret,
        @DefaultValue("") String corpId,
        @DefaultValue("8h") @NotNull Duration sessionTtl,
        @DefaultValue("/h5/vendor/dingtalk-jsapi/dingtalk.open.js") @NotNull String jsapiUrl) {

    public PagesProperties {
        secret = secret == null ? "" : secret.strip();
        corpId = corpId == null ? "" : corpId.strip();
        if (!secret.isEmpty() && secret.length() < 32) {
            throw new IllegalArgumentException("jifen.pages.secret must be at least 32 characters");
        }
        if (sessionTtl != null && (sessionTtl.isNegative() || sessionTtl.isZero())) {
            throw new IllegalArgumentException("jifen.pages.session-ttl must be positive");
        }
    }
}
