package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.scoring.Scheme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The declaration parser on real-sounding messages, today being Tuesday 2026-11-24 (Asia/Shanghai). */
class DeclarationParserTests {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));
    static final List<DeclarableItem> ITEMS = items();

    static List<DeclarableItem> items() {
        List<DeclarableItem> items = new ArrayList<>(ItemCatalog.schemeItems(Scheme.builtIn2021(),
                ItemCatalog.loadAliases(), Set.of("grid_work", "volunteer_service")));
        items.add(new DeclarableItem("branch:7", "信息撰稿", List.of("信息撰稿"), new BigDecimal("6"),
                new BigDecimal("2"), true));
        items.add(new DeclarableItem("branch:8", "办实事", List.of("办实事"), new BigDecimal("4"),
                BigDecimal.ONE, false));
        return items;
    }

    private final DeclarationParser parser = new DeclarationParser(CLOCK);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            申报 志愿服务 11月20日 社区义诊               | volunteer_service | 2026-11-20 | 社区义诊
            志愿服务 昨天 敬老院陪护                       | volunteer_service | 2026-11-23 | 敬老院陪护
            志愿 前天 社区垃圾分类宣传                     | volunteer_service | 2026-11-22 | 社区垃圾分类宣传
            申报 网格 今天 走访困难党员                    | grid_work         | 2026-11-24 | 走访困难党员
            走访 上周五 慰问老党员                         | grid_work         | 2026-11-20 | 慰问老党员
            扶贫 11.18 帮扶户回访                          | grid_work         | 2026-11-18 | 帮扶户回访
            申报 志愿服务 2026-11-20 献血                  | volunteer_service | 2026-11-20 | 献血
            申报 志愿服务 2026年11月20日 文明交通劝导      | volunteer_service | 2026-11-20 | 文明交通劝导
            申报 志愿者 11/19 马拉松服务                   | volunteer_service | 2026-11-19 | 马拉松服务
            申报志愿服务 11月20日 社区义诊                 | volunteer_service | 2026-11-20 | 社区义诊
            我要申报 志愿活动 昨天 图书馆整理图书          | volunteer_service | 2026-11-23 | 图书馆整理图书
            申报 网格化走访 11月3号 入户走访12户           | grid_work         | 2026-11-03 | 入户走访12户
            申报 党建网格化 上周三 网格巡查                | grid_work         | 2026-11-18 | 网格巡查
            网格员 昨天 排查安全隐患                       | grid_work         | 2026-11-23 | 排查安全隐患
            申报 信息撰稿 11月2日 撰写支部活动简报         | branch:7          | 2026-11-02 | 撰写支部活动简报
            信息撰稿 昨天 市委网站刊发稿件                 | branch:7          | 2026-11-23 | 市委网站刊发稿件
            办实事 前天 为群众修路灯                       | branch:8          | 2026-11-22 | 为群众修路灯
            申报 办实事 本周一 协调停车位                  | branch:8          | 2026-11-23 | 协调停车位
            申报 志愿服务 周日 公园捡垃圾                  | volunteer_service | 2026-11-22 | 公园捡垃圾
            申报 志愿服务 上上周六 敬老院包饺子            | volunteer_service | 2026-11-14 | 敬老院包饺子
            申报 志愿服务 大前天 疫苗接种点引导            | volunteer_service | 2026-11-21 | 疫苗接种点引导
            申报 义工 昨日 福利院陪伴儿童                  | volunteer_service | 2026-11-23 | 福利院陪伴儿童
            申报 公益 11月1日 无偿献血400毫升              | volunteer_service | 2026-11-01 | 无偿献血400毫升
            申报 志愿服务，11月20日，社区义诊              | volunteer_service | 2026-11-20 | 社区义诊
            申报：志愿服务 11月20日 社区义诊               | volunteer_service | 2026-11-20 | 社区义诊
            申报 11月20日 志愿服务 社区义诊                | volunteer_service | 2026-11-20 | 社区义诊
            申报 昨天 志愿 敬老院陪护                      | volunteer_service | 2026-11-23 | 敬老院陪护
            申报 志愿服务 社区义诊 11月20日                | volunteer_service | 2026-11-20 | 社区义诊
            志愿服务 11月20日                              | volunteer_service | 2026-11-20 | ''
            志愿服务 社区义诊                              | volunteer_service | -          | 社区义诊
            申报 志愿服务                                  | volunteer_service | -          | ''
            申报 扶贫走访 上周二 走访低保户                | grid_work         | 2026-11-17 | 走访低保户
            申报 入户走访 10月30日 了解群众诉求            | grid_work         | 2026-10-30 | 了解群众诉求
            申报 网格 2026.11.5 消防检查                   | grid_work         | 2026-11-05 | 消防检查
            申报 网格工作 星期四 矛盾调解                  | grid_work         | 2026-11-19 | 矛盾调解
            申报 志愿服务 礼拜六 文明城市创建              | volunteer_service | 2026-11-21 | 文明城市创建
            申报 志愿服务 12月30日 去年的活动              | volunteer_service | 2025-12-30 | 去年的活动
            申报 志愿服务 1月5日 元旦后慰问                | volunteer_service | 2026-01-05 | 元旦后慰问
            申报　志愿服务　昨天　全角空格                 | volunteer_service | 2026-11-23 | 全角空格
            志愿服务参与情况 昨天 社区服务                 | volunteer_service | 2026-11-23 | 社区服务
            党建网格化工程落实情况 昨天 网格会议           | grid_work         | 2026-11-23 | 网格会议
            申报 志愿服务 今日 交通疏导                    | volunteer_service | 2026-11-24 | 交通疏导
            申报 志愿服务 这周一 防诈宣传                  | volunteer_service | 2026-11-23 | 防诈宣传
            申报 志愿服务 周二 反诈进社区                  | volunteer_service | 2026-11-24 | 反诈进社区
            申报 网格 周三 上门走访                        | grid_work         | 2026-11-18 | 上门走访
            申报 志愿 11月20号 社区义诊 测血压             | volunteer_service | 2026-11-20 | 社区义诊 测血压
            申报 志愿服务 2026/11/20 社区义诊              | volunteer_service | 2026-11-20 | 社区义诊
            申报 志愿服务 2026-1-9 冬季送温暖              | volunteer_service | 2026-01-09 | 冬季送温暖
            申报 志愿服务 9.30 国庆布置                    | volunteer_service | 2026-09-30 | 国庆布置
            申报 公益活动 昨天 义卖                        | volunteer_service | 2026-11-23 | 义卖
            申请 志愿服务 昨天 河道清理                    | volunteer_service | 2026-11-23 | 河道清理
            申报 义务劳动 上周六 植树                      | volunteer_service | 2026-11-21 | 植树
            """)
    void recognizesItemDateAndDescription(String text, String item, String date, String description) {
        DeclarationParser.Parsed p = parser.parse(text, ITEMS);
        assertThat(p.item()).as("item").map(DeclarableItem::ledgerItem).contains(item);
        if (date == null) {
            assertThat(p.date()).as("date").isEmpty();
        } else {
            assertThat(p.date()).as("date").contains(LocalDate.parse(date));
        }
        assertThat(p.description()).as("description").isEqualTo(description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            申报 植树造林 昨天 义务植树  | 植树造林 | 2026-11-23 | -
            申报 排头兵 11月2日 先进事迹 | 排头兵   | 2026-11-02 | -
            申报 昨天 敬老院陪护         | 敬老院陪护 | 2026-11-23 | -
            申报 志愿服务 2月30日 不存在  | -        | -          | 2月30日
            申报 志愿服务 13月1日 不存在  | -        | -          | -
            申报                         | -        | -          | -
            """)
    void reportsUnknownItemsAndImpossibleDates(String text, String unknown, String date, String badDate) {
        DeclarationParser.Parsed p = parser.parse(text, ITEMS);
        if (unknown != null) {
            assertThat(p.item()).isEmpty();
            assertThat(p.unknownItem()).isEqualTo(unknown);
        }
        if (date != null) {
            assertThat(p.date()).contains(LocalDate.parse(date));
        }
        if (badDate != null) {
            assertThat(p.badDate()).isEqualTo(badDate);
            assertThat(p.date()).isEmpty();
        }
    }
}
