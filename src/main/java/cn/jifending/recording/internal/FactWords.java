package cn.jifending.recording.internal;

import cn.jifending.recording.internal.MeetingStore.Status;
import java.util.Map;
import java.util.Set;

/**
 * The values people type and write on sheets for facts: attendance (出席/缺席/请假), dues (按时/延期),
 * the markers of a meeting's lists in chat, and the words of a correction that withdraws a fact.
 * The first words of {@link #ATTENDANCE} and {@link #DUES} are also how a stored value is shown.
 */
final class FactWords {

    /** Attendance words and the stored values they mean. */
    static final Map<String, String> ATTENDANCE = Map.of("出席", "PRESENT", "缺席", "ABSENT", "请假", "EXCUSED");
    /** Dues words and the stored values they mean. */
    static final Map<String, String> DUES = Map.of("按时", "ON_TIME", "延期", "LATE");

    /** The words that start a list in {@code 记录}: who attended, was excused, was absent. */
    static final Map<String, Status> MEETING_MARKERS = Map.of("出席", Status.PRESENT, "参加", Status.PRESENT,
            "到会", Status.PRESENT, "请假", Status.EXCUSE_PENDING, "缺席", Status.ABSENT, "未到", Status.ABSENT);
    /** A sign-in sheet's 出席情况 values. */
    static final Map<String, Status> SIGN_IN = Map.of("出席", Status.PRESENT, "缺席", Status.ABSENT,
            "请假", Status.EXCUSE_PENDING);

    /** The values of {@code 更正} that withdraw the fact instead of replacing it. */
    static final Set<String> REVERSAL = Set.of("撤销", "作废");

    private FactWords() {
    }
}
