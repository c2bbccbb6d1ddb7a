package cn.jifending.recording.internal;

import java.util.regex.Pattern;

/**
 * The words of our sheets, as the importer reads them: the header row's column names and the keys of
 * the key/value rows above it (月份, 会议, 日期, 支部).
 */
final class SheetWords {

    static final String NAME = "姓名";
    static final String XUEXI = "学习强国未登录天数";
    static final String DAILY = "每日一题积分";
    static final String DUES = "党费";
    static final String ATTENDANCE = "出席情况";

    static final String MONTH_KEY = "月份";
    static final String MEETING_KEY = "会议";
    static final String DATE_KEY = "日期";
    static final String BRANCH_KEY = "支部";
    /** The colon a key may end with. */
    static final Pattern KEY_COLON = Pattern.compile("[:：]$");

    /** The word of {@code 模板 签到} that asks for the sign-in sheet instead of the monthly one. */
    static final String SIGN_IN = "签到";

    private SheetWords() {
    }
}
