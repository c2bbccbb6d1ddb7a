package cn.jifending.recording.internal;

import cn.jifending.evaluation.PendingExcuses;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The 请假 of a quarter's meetings still waiting for the secretary, for the quarterly sign-off. */
@Component
class QuarterExcuses implements PendingExcuses {

    private final MeetingStore meetings;

    QuarterExcuses(MeetingStore meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> membersWaiting(long branchId, int year, int quarter) {
        return IntStream.rangeClosed(quarter * 3 - 2, quarter * 3)
                .mapToObj(m -> meetings.pendingExcuses(branchId, YearMonth.of(year, m)))
                .flatMap(List::stream).distinct().toList();
    }
}
