package cn.jifending.pages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.organization.Organization;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ViewResolver;

/**
 * The words of /h5/branch and /h5/me a secretary reads (trial defects 5, 7, 8): quarters named 第一季度…第四季度,
 * the running quarter marked 本季度进行中, and a 评议分 of 0 before the annual review says the review has not
 * happened. Rendered by the application's Thymeleaf views from the controllers' own models (sandbox ?user=).
 */
@Import(MutableClock.Config.class)
class PageWordsTests extends MariaDbTestBase {

    @Autowired BranchPage branchPage;
    @Autowired MePage mePage;
    @Autowired @Qualifier("thymeleafViewResolver") ViewResolver views;
    @Autowired Organization organization;
    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @Test
    void theBranchTableNamesQuartersInWordsAndMarksTheRunningOne() throws Exception {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 14, 10, 0));
        MockHttpServletRequest request = as(f.secretary.userId(), "/h5/branch");
        ExtendedModelMap model = new ExtendedModelMap();
        String html = render(branchPage.branch(f.branch.id(), 2026, request, new MockHttpServletResponse(), model),
                model, request).replaceAll("\\s+", " ");
        assertThat(html).contains("第一季度", "第二季度", "第四季度", "本季度进行中")
                .doesNotContain(">Q1<", ">Q3<", "第 1 季度");
        assertThat(html).containsPattern("<th [^>]*class=\"provisional\"[^>]*> <span>第三季度</span><span class=\"chip\">本季度进行中</span>");
        assertThat(html).doesNotContainPattern("<th [^>]*class=\"provisional\"[^>]*> <span>第(一|二|四)季度");

        model = new ExtendedModelMap();
        String lastYear = render(branchPage.branch(f.branch.id(), 2025, request, new MockHttpServletResponse(), model),
                model, request).replaceAll("\\s+", " ");
        assertThat(lastYear).contains("第三季度").doesNotContainPattern("class=\"provisional\"[^>]*> <span>第.季度");
    }

    @Test
    void myPageMarksTheRunningQuarterAndSaysTheAnnualReviewHasNotHappened() throws Exception {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 14, 10, 0));
        MockHttpServletRequest request = as(f.member1.userId(), "/h5/me");
        ExtendedModelMap model = new ExtendedModelMap();
        String html = render(mePage.me(2026, request, new MockHttpServletResponse(), model), model, request)
                .replaceAll("\\s+", " ");
        assertThat(html).contains("id=\"review-pending\">年度评议尚未进行<");
        assertThat(html).containsPattern("<li data-quarter=\"3\" class=\"provisional\"> <span>[^<]*</span> "
                + "<span class=\"chip\">本季度进行中，暂计</span>");
    }

    private static MockHttpServletRequest as(String userId, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setParameter("user", userId);
        return request;
    }

    private String render(String name, ExtendedModelMap model, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        views.resolveViewName(name, Locale.SIMPLIFIED_CHINESE).render(model, request, response);
        return response.getContentAsString();
    }
}
