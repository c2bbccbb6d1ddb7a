package cn.jifending.demo.internal;

import cn.jifending.audit.Source;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.ledger.Ledger;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.scoring.FactKind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Replays the demo year once the demo roster is loaded ({@code organization}'s seeder runs first), when the
 * demo branches have no fact and no round in the year yet. The year is the one of last month: on a day in
 * January it is last year, whole; otherwise this year up to the end of last month. Steps that would happen
 * at or after now (a round whose sign-off is still to come, a 公示 still open) are left undone.
 */
@Component
@ConditionalOnBooleanProperty("jifen.demo.year")
class DemoYearSeeder {

    /** Where every demo-year change comes from, in the ledger and the audit log. */
    static final Source SOURCE = Source.system("demo-seed");

    private static final Logger log = LoggerFactory.getLogger(DemoYearSeeder.class);

    private final DemoYearProperties properties;
    private final Clock clock;
    private final MemberDirectory directory;
    private final Ledger ledger;
    private final Evaluation evaluation;
    private final MeetingSteps meetings;
    private final MonthSteps months;
    private final RoundSteps rounds;

    DemoYearSeeder(DemoYearProperties properties, Clock clock, MemberDirectory directory, Ledger ledger,
                   Evaluation evaluation, MeetingSteps meetings, MonthSteps months, RoundSteps rounds) {
        this.properties = properties;
        this.clock = clock;
        this.directory = directory;
        this.ledger = ledger;
        this.evaluation = evaluation;
        this.meetings = meetings;
        this.months = months;
        this.rounds = rounds;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady() {
        seed();
    }

    /** Replays the year unless the demo branches have something in it; returns how many steps were replayed. */
    int seed() {
        if (!(clock instanceof ReplayClock replay)) {
            throw new IllegalStateException("the demo year needs the replay clock (DemoYearConfiguration)");
        }
        DemoStory story = DemoStory.load(properties.story());
        List<Person> cast = cast(story);
        if (cast.isEmpty()) {
            log.info("Demo year skipped: the demo roster is not loaded");
            return 0;
        }
        LocalDateTime now = replay.realNow();
        YearMonth last = YearMonth.from(now).minusMonths(1);
        List<Long> branches = new ArrayList<>(new TreeSet<>(cast.stream().map(Person::branchId).toList()));
        if (begun(branches, last.getYear())) {
            log.info("Demo year skipped: the demo branches already have facts or rounds in {}", last.getYear());
            return 0;
        }
        Timeline timeline = new Timeline(replay, now);
        meetings.schedule(timeline, story, branches, last);
        months.schedule(timeline, story, branches, last);
        rounds.schedule(timeline, branches, last);
        int replayed = timeline.run();
        log.info("Demo year {} replayed up to {}: {} steps", last.getYear(), last, replayed);
        return replayed;
    }

    /** The story's people who are in the organization (none before the demo roster is loaded). */
    private List<Person> cast(DemoStory story) {
        TreeSet<String> users = new TreeSet<>();
        story.figures().forEach(f -> users.add(f.user()));
        story.declarations().forEach(d -> users.add(d.user()));
        return users.stream().map(directory::findByUserId).flatMap(Optional::stream)
                .filter(p -> p.branchId() != null).toList();
    }

    private boolean begun(List<Long> branches, int year) {
        AtomicBoolean facts = new AtomicBoolean();
        for (long branchId : branches) {
            ledger.forEachMemberYear(branchId, year, member -> {
                if (member.facts().stream().anyMatch(f -> f.kind() != FactKind.MEMBERSHIP)) {
                    facts.set(true);
                }
            });
        }
        return facts.get() || evaluation.rounds(year).stream().anyMatch(r -> branches.contains(r.branchId()));
    }
}
