package cn.jifending.pages.internal;

import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page: the person of a valid session cookie; in sandbox mode also
 * {@code ?user=<demo userid>}, which starts a session. Outside sandbox mode {@code ?user=} is refused.
 */
@Component
class PageSession {

    private final SessionCookies cookies;
    private final MemberDirectory directory;
    private final boolean sandbox;

    PageSession(SessionCookies cookies, MemberDirectory directory, Environment environment) {
        this.cookies = cookies;
        this.directory = directory;
        this.sandbox = DingTalkMode.resolve(environment) == DingTalkMode.SANDBOX;
    }

    boolean sandbox() {
        return sandbox;
    }

    /** The signed-in person; {@link SignInRequired} without a session, {@link PageRefused} for someone unknown. */
    Person viewer(HttpServletRequest request, HttpServletResponse response) {
        String user = request.getParameter("user");
        if (user != null && !user.isBlank()) {
            if (!sandbox) {
                throw new SignInRequired("?user= is accepted in sandbox mode only");
            }
            return signIn(user.strip(), request, response);
        }
        Optional<String> userId = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(java.util.Arrays::stream).filter(c -> SessionCookies.NAME.equals(c.getName()))
                .map(Cookie::getValue).map(cookies::verify).flatMap(Optional::stream).findFirst();
        if (userId.isEmpty()) {
            throw new SignInRequired("no valid session");
        }
        return directory.findByUserId(userId.get()).orElseThrow(() -> new PageRefused(PageRefused.Reason.NOT_ON_ROSTER));
    }

    /** Starts the session of {@code userId}, who must belong to the organization. */
    Person signIn(String userId, HttpServletRequest request, HttpServletResponse response) {
        Person person = directory.findByUserId(userId).orElseThrow(() -> new PageRefused(PageRefused.Reason.NOT_ON_ROSTER));
        Cookie cookie = new Cookie(SessionCookies.NAME, cookies.issue(person.userId()));
        cookie.setHttpOnly(true);
        cookie.setPath("/h5");
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) cookies.ttl().toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return person;
    }
}
