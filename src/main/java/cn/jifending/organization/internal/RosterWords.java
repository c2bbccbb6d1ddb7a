package cn.jifending.organization.internal;

import cn.jifending.organization.Role;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The roster file's own vocabulary, words the importer reads: its column headers, the category and
 * role names people write in its cells, the date forms of 入党/转入日期 and the marks that separate roles.
 */
final class RosterWords {

    static final String BRANCH = "支部";
    static final String GROUP = "党小组";
    static final String NAME = "姓名";
    static final String USER_ID = "userid";
    static final String CATEGORY = "类别";
    static final String SINCE = "入党/转入日期";
    static final String ROLES = "角色";
    static final List<String> COLUMNS = List.of(BRANCH, GROUP, NAME, USER_ID, CATEGORY, SINCE, ROLES);
    /** Other headers accepted for {@link #SINCE}. */
    static final Set<String> SINCE_ALSO = Set.of("入党日期", "转入日期");

    static final Set<String> FULL_MEMBER = Set.of("正式", "正式党员");
    static final Set<String> PROBATIONARY = Set.of("预备", "预备党员");

    static final Map<String, Role> ROLE_NAMES = Map.ofEntries(
            Map.entry("党员", Role.MEMBER),
            Map.entry("记分员", Role.RECORDER),
            Map.entry("支委", Role.BRANCH_COMMITTEE_MEMBER),
            Map.entry("支部委员", Role.BRANCH_COMMITTEE_MEMBER),
            Map.entry("党小组长", Role.GROUP_LEADER),
            Map.entry("组长", Role.GROUP_LEADER),
            Map.entry("支部书记", Role.SECRETARY),
            Map.entry("书记", Role.SECRETARY),
            Map.entry("机关党委管理员", Role.COMMITTEE_ADMIN),
            Map.entry("管理员", Role.COMMITTEE_ADMIN));
    /** What separates the roles of one cell. */
    static final Pattern ROLE_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.BASIC_ISO_DATE);

    private RosterWords() {
    }
}
