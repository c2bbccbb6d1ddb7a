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
 * (the page opens inside DingTalk; on the PC client in its side panel), the plain address in sandbox mode.
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
        String address = base + (path.startsWith("/") ? path : "/" + path);
        if (!inApp) {
            return address;
        }
        return "dingtalk://dingtalkclient/page/link?url=" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "&pc_slide=true";
    }
}
