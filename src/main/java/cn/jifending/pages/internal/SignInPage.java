package cn.jifending.pages.internal;

import cn.jifending.organization.AuthCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /h5/signin?code=..&next=/h5/me}: the code DingTalk's JSAPI gave the page, exchanged for the
 * userid through {@link AuthCodes}; a refused code (forged, expired, used) is 401. Then on to {@code next}.
 */
@Controller
class SignInPage {

    private final ObjectProvider<AuthCodes> authCodes;
    private final PageSession session;

    SignInPage(ObjectProvider<AuthCodes> authCodes, PageSession session) {
        this.authCodes = authCodes;
        this.session = session;
    }

    @GetMapping("/h5/signin")
    String signIn(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "/h5/me") String next,
                  HttpServletRequest request, HttpServletResponse response) {
        AuthCodes codes = authCodes.getIfAvailable();
        if (codes == null) {
            throw new SignInRequired("no DingTalk sign-in in sandbox mode");
        }
        Optional<String> userId = codes.userIdFor(code);
        if (userId.isEmpty()) {
            throw new SignInRequired("DingTalk refused the code");
        }
        session.signIn(userId.get(), request, response);
        return "redirect:" + (next.matches("/h5/[a-z]+(\\?[A-Za-z0-9=&_-]*)?") ? next : "/h5/me");
    }
}
