package cn.jifending.pages.internal;

import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.notification.PageLinks;
import cn.jifending.pages.PagesProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code dingtalk://dingtalkclient/page/link?url=<encoded address>&pc_slide=true} in the DingTalk modes
 * (the page opens inside DingTalk; on the PC client in its side panel); in sandbox mode the relative
 * path with {@code user=<recipient>} added, which {@link PageSession} turns into that person's session.
 */
@Component
class ModePageLinks implements PageLinks {

    private final String base;
    private final boolean inApp;

    ModePageLinks(PagesProperties properties, Environment environment) {
        this.base = properties.baseUrl().toString().replaceAll("/+$", "");
        this.inApp = DingTalkMode.resolve(environment) != DingTalkMode.SANDBOX;
    }

    @Override
    public String link(String path) {
        return link(path, null);
    }

    @Override
    public String link(String path, String recipientUserId) {
        String relative = path.startsWith("/") ? path : "/" + path;
        if (!inApp) {
            return recipientUserId == null || recipientUserId.isBlank() ? relative
                    : relative + (relative.contains("?") ? "&" : "?") + "user="
                    + URLEncoder.encode(recipientUserId, StandardCharsets.UTF_8);
        }
        return "dingtalk://dingtalkclient/page/link?url=" + URLEncoder.encode(base + relative, StandardCharsets.UTF_8)
                + "&pc_slide=true";
    }
}
