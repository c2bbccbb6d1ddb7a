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

/** Every refusal of the pages as a Chinese page: 401 (sign in), 403 (not yours), 400 (bad address), 503. */
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
        model.addAttribute("title", "请先登录");
        model.addAttribute("message", sessions.getObject().sandbox()
                ? "沙箱模式下请在地址后加上 ?user=演示账号（例如 ?user=demo-member-1）。"
                : "请在钉钉工作台中打开本页面，登录凭证无效或已过期时请重新打开。");
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
        model.addAttribute("title", "无权查看");
        model.addAttribute("message", "您没有查看此页面的权限：" + e.getMessage());
        model.addAttribute("jsapi", false);
        return "h5/refused";
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class, java.time.DateTimeException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Exception e, Model model) {
        model.addAttribute("title", "地址有误");
        model.addAttribute("message", "页面地址中的参数不正确，请从消息或卡片中的链接重新打开。");
        model.addAttribute("jsapi", false);
        return "h5/refused";
    }

    @ExceptionHandler(AuthCodes.Unavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(AuthCodes.Unavailable e, Model model) {
        model.addAttribute("title", "暂时无法登录");
        model.addAttribute("message", "暂时无法向钉钉确认您的身份，请稍后重新打开本页面。");
        model.addAttribute("jsapi", false);
        return "h5/refused";
    }
}
