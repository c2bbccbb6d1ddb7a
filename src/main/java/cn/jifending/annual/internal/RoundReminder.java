package cn.jifending.annual.internal;

import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** January: tells each secretary whose branch misses review grades of last year to enter them. */
@Component
class RoundReminder {

    private final MemberDirectory directory;
    private final ReviewEntry reviews;
    private final Outbox outbox;

    RoundReminder(MemberDirectory directory, ReviewEntry reviews, Outbox outbox) {
        this.directory = directory;
        this.reviews = reviews;
        this.outbox = outbox;
    }

    /** Returns how many secretaries were reminded. */
    @Transactional
    int remindSecretaries(int year) {
        int count = 0;
        for (Branch b : directory.branches()) {
            var secretary = directory.secretaryOf(b.id());
            if (secretary.isEmpty()) {
                continue;
            }
            List<String> missing = reviews.membersOfYear(b.id(), year).values().stream()
                    .filter(p -> reviews.currentGrade(b.id(), p.memberId(), year).isEmpty())
                    .map(Person::name).toList();
            if (missing.isEmpty()) {
                continue;
            }
            outbox.message(List.of(secretary.get().userId()), "annual-round-reminder", Map.of("year", year,
                    "branch", b.name(), "count", missing.size(), "names", TemplateModel.list(missing)));
            count++;
        }
        return count;
    }
}
