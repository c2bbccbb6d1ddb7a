package cn.jifending.declaration.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly declaration reminder: every member active in a branch on {@code today} who has
 * submitted no declaration in {@code today}'s month is told how to declare. The job calling it makes
 * it once per month ({@code declaration-monthly-reminder}).
 */
@Service
class MonthlyReminder {

    /** DingTalk's batchSend takes at most 20 users a call; the outbox splits, we keep rows small too. */
    private static final int PER_MESSAGE = 20;

    private final DeclarationStore declarations;
    private final MemberDirectory directory;
    private final Outbox outbox;

    MonthlyReminder(DeclarationStore declarations, MemberDirectory directory, Outbox outbox) {
        this.declarations = declarations;
        this.directory = directory;
        this.outbox = outbox;
    }

    /** Returns the user ids reminded. */
    @Transactional
    List<String> remindUndeclared(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        Set<Long> declared = declarations.membersSubmittedBetween(month.atDay(1).atStartOfDay(),
                month.plusMonths(1).atDay(1).atStartOfDay());
        Set<String> quiet = new LinkedHashSet<>();
        for (Branch b : directory.branches()) {
            for (Person p : directory.membersOn(b.id(), today)) {
                if (!declared.contains(p.memberId())) {
                    quiet.add(p.userId());
                }
            }
        }
        List<String> all = new ArrayList<>(quiet);
        Map<String, Object> model = Map.of("month", ChatInput.show(month));
        for (int i = 0; i < all.size(); i += PER_MESSAGE) {
            outbox.message(all.subList(i, Math.min(all.size(), i + PER_MESSAGE)), "declaration-monthly-reminder", model);
        }
        return all;
    }
}
