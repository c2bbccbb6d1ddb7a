package cn.jifending.pages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The refusal page has a sentence of its own for every {@link PageRefused.Reason} (the texts live in
 * {@code templates/h5/refused.html}, the Java names only the reason), and a title and a sentence for each
 * kind of refusal: rendered by the application's Thymeleaf view of the error handlers' model.
 */
class RefusalPageTests extends MariaDbTestBase {

    private static final Pattern TITLE = Pattern.compile("<h1 id=\"refused-title\">([^<]*)</h1>");
    private static final Pattern MESSAGE = Pattern.compile("<p id=\"refused-message\">([^<]*)</p>");

    @Autowired PageErrors errors;
    @Autowired @Qualifier("thymeleafViewResolver") ViewResolver views;

    @Test
    void everyReasonOfA403HasItsOwnSentence() throws Exception {
        Set<String> sentences = new HashSet<>();
        for (PageRefused.Reason reason : PageRefused.Reason.values()) {
            ExtendedModelMap model = new ExtendedModelMap();
            String view = errors.refused(new PageRefused(reason, "第一党支部"), model);
            String html = render(view, model);
            assertThat(first(TITLE, html)).isEqualTo("无权查看");
            String message = first(MESSAGE, html);
            assertThat(message).as(reason.name()).startsWith("您没有查看此页面的权限：")
                    .doesNotContain(reason.name()).hasSizeGreaterThan("您没有查看此页面的权限：".length() + 3);
            sentences.add(message);
        }
        assertThat(sentences).hasSize(PageRefused.Reason.values().length);
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(first(MESSAGE, render(errors.refused(new PageRefused(PageRefused.Reason.OTHER_BRANCH, "第一党支部"),
                model), model))).isEqualTo("您没有查看此页面的权限：只能查看本支部（第一党支部）的数据");
    }

    @Test
    void eachKindOfRefusalHasItsTitleAndSentence() throws Exception {
        ExtendedModelMap signIn = new ExtendedModelMap();
        String html = render(errors.signIn(new SignInRequired("test"), new MockHttpServletRequest("GET", "/h5/me"),
                signIn), signIn);
        assertThat(first(TITLE, html)).isEqualTo("请先登录");
        assertThat(first(MESSAGE, html)).contains("?user=");
        ExtendedModelMap bad = new ExtendedModelMap();
        html = render(errors.badRequest(new IllegalArgumentException("x"), bad), bad);
        assertThat(first(TITLE, html)).isEqualTo("地址有误");
        assertThat(first(MESSAGE, html)).contains("参数不正确");
        ExtendedModelMap unavailable = new ExtendedModelMap();
        html = render(errors.unavailable(new cn.jifending.organization.AuthCodes.Unavailable("x", null), unavailable),
                unavailable);
        assertThat(first(TITLE, html)).isEqualTo("暂时无法登录");
        assertThat(first(MESSAGE, html)).contains("钉钉");
    }

    private String render(String name, ExtendedModelMap model) throws Exception {
        View view = views.resolveViewName(name, Locale.SIMPLIFIED_CHINESE);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/h5/me");
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(model, request, response);
        return response.getContentAsString();
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("%s in %s", p, html).isTrue();
        return m.group(1).strip();
    }
}
