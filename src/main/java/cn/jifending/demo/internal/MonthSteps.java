package cn.jifending.demo.internal;

import cn.jifending.declaration.DeclarationDesk;
import cn.jifending.evidence.EvidenceStore;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.scoring.FactKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The months of the story as the recorder and the members live them (the meetings are {@link MeetingSteps}'):
 * findings, the month's figures on its last day, declarations submitted with a photo and decided.
 */
@Component
class MonthSteps {

    private static final String PHOTO = "demo/evidence.jpg";

    private final MemberDirectory directory;
    private final Ledger ledger;
    private final DeclarationDesk desk;
    private final EvidenceStore evidence;
    private final TransactionTemplate tx;

    MonthSteps(MemberDirectory directory, Ledger ledger, DeclarationDesk desk, EvidenceStore evidence,
               TransactionTemplate tx) {
        this.directory = directory;
        this.ledger = ledger;
        this.desk = desk;
        this.evidence = evidence;
        this.tx = tx;
    }

    void schedule(Timeline timeline, DemoStory story, List<Long> branches, YearMonth last) {
        int year = last.getYear();
        for (int month = 1; month <= last.getMonthValue(); month++) {
            YearMonth ym = YearMonth.of(year, month);
            timeline.at(ym.atEndOfMonth().atTime(16, 0), () -> branches.forEach(b -> figures(story, b, ym)));
        }
        for (DemoStory.Finding finding : story.findings()) {
            if (finding.month() <= last.getMonthValue()) {
                LocalDate on = LocalDate.of(year, finding.month(), finding.day());
                timeline.at(on.atTime(17, 0), () -> finding(finding, on));
            }
        }
        for (DemoStory.Declared declared : story.declarations()) {
            LocalDate on = LocalDate.of(year, declared.month(), declared.day());
            if (!YearMonth.from(on).isAfter(last)) {
                declaration(timeline, declared, on, last);
            }
        }
    }

    private void figures(DemoStory story, long branchId, YearMonth month) {
        String recorder = recorder(branchId);
        LocalDate first = month.atDay(1);
        for (Person p : directory.membersOn(branchId, month.atEndOfMonth())) {
            DemoStory.Figures f = story.figuresOf(p.userId());
            int m = month.getMonthValue();
            record(FactKind.XUEXI_MISSED_DAYS, branchId, p, first, String.valueOf(f.missed(m)), recorder);
            record(FactKind.DAILY_QUESTION_POINTS, branchId, p, first, String.valueOf(f.points(m)), recorder);
            record(FactKind.DUES, branchId, p, first, f.late(m) ? "LATE" : "ON_TIME", recorder);
        }
    }

    private void record(FactKind kind, long branchId, Person p, LocalDate on, String value, String recorder) {
        ledger.record(NewFact.of(kind, branchId, p.memberId(), null, on, value, DemoYearSeeder.SOURCE, recorder));
    }

    private void finding(DemoStory.Finding finding, LocalDate on) {
        directory.findByUserId(finding.user()).filter(p -> p.branchId() != null).ifPresent(p ->
                ledger.record(NewFact.of(FactKind.FINDING, p.branchId(), p.memberId(), null, on, null,
                        DemoYearSeeder.SOURCE, recorder(p.branchId())).withReason(finding.reason())));
    }

    private void declaration(Timeline timeline, DemoStory.Declared declared, LocalDate on, YearMonth last) {
        AtomicReference<Long> id = new AtomicReference<>();
        String ref = "declaration-" + declared.user() + "-" + declared.item() + "-" + on;
        timeline.at(on.plusDays(1).atTime(LocalTime.of(20, 0)), () -> tx.executeWithoutResult(status ->
                directory.findByUserId(declared.user()).ifPresent(p -> {
                    long photo = evidence.store(photo(), "photo.jpg", p.userId(), DemoYearSeeder.SOURCE.part(ref)).id();
                    desk.submit(p.userId(), declared.item(), on, declared.description(), List.of(photo),
                            DemoYearSeeder.SOURCE.part(ref)).ifPresent(id::set);
                })));
        if ("PENDING".equals(declared.decision())) {
            return;
        }
        timeline.at(on.plusDays(3).atTime(10, 0), () -> {
            Optional<String> decider = declared.decider().or(() -> directory.findByUserId(declared.user())
                    .flatMap(p -> directory.secretaryOf(p.branchId())).map(Person::userId));
            if (id.get() != null && decider.isPresent()) {
                desk.decide(id.get(), decider.get(), "APPROVE".equals(declared.decision()), declared.reason(),
                        DemoYearSeeder.SOURCE.part(ref + "-decision"));
            }
        });
    }

    /** The user id of the branch's recorder ({@link MeetingSteps#recorder}), else {@code system}. */
    private String recorder(long branchId) {
        return MeetingSteps.recorder(directory, branchId).map(Person::userId).orElse("system");
    }

    private static byte[] photo() {
        try (InputStream in = new ClassPathResource(PHOTO).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
