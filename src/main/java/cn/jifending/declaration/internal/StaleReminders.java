package cn.jifending.declaration.internal;

import cn.jifending.declaration.DeclarationReminders;
import cn.jifending.declaration.WorkingDayCalendar;
import cn.jifending.notification.Outbox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pending declarations submitted more than {@code staleAfterWorkingDays} working days before
 * {@code today} (counting the working days after the submission day up to today).
 */
@Service
class StaleReminders implements DeclarationReminders {

    private final DeclarationStore declarations;
    private final WorkingDayCalendar calendar;
    private final DeclarationProperties properties;
    private final Outbox outbox;

    StaleReminders(DeclarationStore declarations, WorkingDayCalendar calendar, DeclarationProperties properties,
                   Outbox outbox) {
        this.declarations = declarations;
        this.calendar = calendar;
        this.properties = properties;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public int remindStale(LocalDate today) {
        Map<String, List<String>> byDecider = new LinkedHashMap<>();
        int stale = 0;
        for (Declaration d : declarations.pendingSubmittedBefore(today.atStartOfDay())) {
            if (workingDaysAfter(d.submittedAt().toLocalDate(), today) <= properties.staleAfterWorkingDays()) {
                continue;
            }
            stale++;
            for (String decider : d.approvers()) {
                byDecider.computeIfAbsent(decider, k -> new ArrayList<>())
                        .add("- " + d.id() + " · " + d.itemName() + " · " + Texts.date(d.occurredOn()));
            }
        }
        byDecider.forEach((decider, lines) -> outbox.message(List.of(decider), "declaration-stale-reminder",
                Map.of("count", lines.size(), "days", properties.staleAfterWorkingDays(),
                        "lines", String.join("\n", lines))));
        return stale;
    }

    /** Working days in {@code (from, to]}. */
    int workingDaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
