package cn.jifending.annual.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words the annual round reads (input vocabulary, never shown by themselves): the keywords its commands
 * dispatch on, the review grades as people write them, the grades sheet's header words, the spot-check
 * answers and the talk's 整改措施 marker. What the bot shows is in {@code bot-templates/}.
 */
final class AnnualWords {

    /** {@code 全局进度}: every branch's rounds of the year. */
    static final String PROGRESS = "全局进度";
    /** {@code 积分名单}: the year's 80+ and 70+ lists. */
    static final String LISTS = "积分名单";
    /** {@code 评议 …}: review grades typed in the chat. */
    static final String REVIEW = "评议";
    /** {@code 评议模板}: the grades sheet to fill in. */
    static final String REVIEW_TEMPLATE = "评议模板";

    /** The review grades as written → the REVIEW fact values. */
    static final Map<String, String> GRADES = Map.of("优秀", "EXCELLENT", "合格", "QUALIFIED",
            "基本合格", "BASIC", "不合格", "UNQUALIFIED");

    /** The grades sheet: the key of the year row, the header row's first cell and its grade column. */
    static final String SHEET_YEAR = "年度";
    static final String SHEET_NAME = "姓名";
    static final String SHEET_GRADE = "评议等次";

    /** A spot-check answer by chat: {@code #12 合格} or {@code #12 有问题 说明}. */
    static final String PASS = "合格";
    static final Pattern SPOT_CHECK_ANSWER = Pattern.compile(
            "^([#＃]\\S+)[\\s\\u3000]+(合格|有问题)(?:[\\s\\u3000]+(.+))?$", Pattern.DOTALL);

    /** A talk record: who, the day (read by ChatInput), the summary, and the measures after 整改措施. */
    static final Pattern TALK = Pattern.compile(
            "^(\\S+)[\\s\\u3000]+(\\S+)[\\s\\u3000]+(.+?)[\\s\\u3000]*整改措施[:：][\\s\\u3000]*(.+)$", Pattern.DOTALL);

    private AnnualWords() {
    }
}
