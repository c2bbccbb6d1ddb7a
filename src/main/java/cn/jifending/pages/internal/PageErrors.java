package cn.jifending.pages.internal;

import cn.jifending.organization.AuthCodes;
import cn.jifending.pages.PagesProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the pages as a Chinese page: 401 (sign in), 403 (not yours), 400 (bad address), 503. The
 * page ({@code templates/h5/refused.html}) holds the texts; this sets which one ({@code refusal}, and for a
 * 403 the {@code reason}).
 */
@ControllerAdvice(assignableTypes = {MePage.class, BranchPage.class, PublicityPage.class, CommitteePage.class,
        SignInPage.class})
class PageErrors {

    /** Looked up when a page fails: @WebMvcTest slices of other modules load this advice without the pages. */
    private final org.springframework.beans.factory.ObjectProvider<PageSession> sessions;
    private final org.springframework.beans.factory.ObjectProvider<PagesProperties> properties;

    PageErrors(org.springframework.beans.factory.ObjectProvider<PageSession> sessions, org.springframework.beans.factory.ObjectProvider<PagesProperties> properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @ExceptionHandler(SignInRequired.class)
    @ResponseStatus(HttpStatus.UNAUTHORIZED)
    String signIn(SignInRequired e, HttpServletRequest request, Model model) {
        model.addAttribute("refusal", "SIGN_IN");
        model.addAttribute("sandbox", sessions.getObject().sandbox());
        boolean inDingTalk = !sessions.getObject().sandbox() && !request.getRequestURI().endsWith("/signin");
        model.addAttribute("jsapi", inDingTalk);
        model.addAttribute("jsapiUrl", properties.getObject().jsapiUrl());
        model.addAttribute("corpId", properties.getObject().corpId());
        model.addAttribute("next", request.getRequestURI());
        return "h5/refused";
    }

    @ExceptionHandler(PageRefused.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(PageRefused e, Model model) {
        model.addAttribute("refusal", "FORBIDDEN");
        model.addAttribute("reason", e.reason().name());
        model.addAttribute("branchName", e.branchName());
        model.addAttribute("jsapi", false);
        return "h5/refused";
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class, java.time.DateTimeException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Exception e, Model model) {
        model.addAttribute("refusal", "BAD_REQUEST");
        model.addAttribute("jsapi", false);
        return "h5/refused";
    }

    @ExceptionHandler(AuthCodes.Unavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(AuthCodes.Unavailable e, Model model) {
        model.addAttribute("refusal", "UNAVAILABLE");
        model.addAttribute("jsapi", false);
        return "h5/refused";
    }
}
