package cn.jifending.recording.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Person;
import cn.jifending.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before month end (the 3rd-to-last working day of the month) each branch's recorders — its
 * secretary when it has none — hear what is still unrecorded this month, as {@code 本月记分} shows it.
 * Branches with everything recorded hear nothing.
 */
@Service
class MonthEndReminder {

    /** How many working days before the month's end (counting the last one) the reminder goes out. */
    static final int NTH_LAST_WORKING_DAY = 3;

    private final Clerks clerks;
    private final MonthGaps monthGaps;
    private final WorkingDays workingDays;
    private final Outbox outbox;

    MonthEndReminder(Clerks clerks, MonthGaps monthGaps, WorkingDays workingDays, Outbox outbox) {
        this.clerks = clerks;
        this.monthGaps = monthGaps;
        this.workingDays = workingDays;
        this.outbox = outbox;
    }

    /** Whether {@code day} is the 3rd-to-last working day of its month. */
    boolean isReminderDay(LocalDate day) {
        LocalDate last = workingDays.previousWorkingDay(YearMonth.from(day).plusMonths(1).atDay(1));
        return day.equals(workingDays.addWorkingDays(last, -(NTH_LAST_WORKING_DAY - 1)));
    }

    /** Sends the reminders for {@code today}'s month; returns the user ids reminded. */
    @Transactional
    List<String> remind(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        List<String> reminded = new ArrayList<>();
        for (Branch b : clerks.directory().branches()) {
            if (clerks.membersOn(b.id(), today).isEmpty()) {
                continue;
            }
            MonthGaps.Gaps gaps = monthGaps.of(b.id(), month);
            if (gaps.complete()) {
                continue;
            }
            List<String> to = clerks.directory().recordersOf(b.id()).stream().map(Person::userId).toList();
            if (to.isEmpty()) {
                to = clerks.directory().secretaryOf(b.id()).map(p -> List.of(p.userId())).orElse(List.of());
            }
            if (to.isEmpty()) {
                continue;
            }
            outbox.message(to, "recording-month-end-reminder", Map.of("branch", b.name(),
                    "month", ChatInput.show(month), "lastDay", ChatInput.show(
                            workingDays.previousWorkingDay(month.plusMonths(1).atDay(1))),
                    "problems", monthGaps.missingLines(gaps),
                    "text", gaps.pendingExcuses().isEmpty() ? "—" : String.join("、", gaps.pendingExcuses())));
            reminded.addAll(to);
        }
        return reminded;
    }
}
