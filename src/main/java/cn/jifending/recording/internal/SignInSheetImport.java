package cn.jifending.recording.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.DatePolicy;
import cn.jifending.bot.Reading;
import cn.jifending.audit.Source;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import cn.jifending.recording.internal.MeetingStore.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's sign-in sheet (签到表): 会议 and 日期 in the top rows (or in the message text), then
 * 姓名 and 出席情况 (出席 / 缺席 / 请假) per member; members not listed are absent. All or nothing.
 */
@Component
class SignInSheetImport {

    private static final Map<String, Status> STATUS = FactWords.SIGN_IN;

    private final Clerks clerks;
    private final MeetingRecorder recorder;
    private final ImportStore imports;
    private final AuditLog audit;
    private final MessageTemplates templates;
    private final Clock clock;

    SignInSheetImport(Clerks clerks, MeetingRecorder recorder, ImportStore imports, AuditLog audit,
                      MessageTemplates templates, Clock clock) {
        this.clerks = clerks;
        this.recorder = recorder;
        this.imports = imports;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional
    MonthlyFiguresImport.Outcome importSheet(long branchId, SheetLayout sheet, List<String> words, String sha256,
                                             String fileName, Person by, Source via, Outbox outbox) {
        Problems problems = new Problems(templates);
        LocalDate today = LocalDate.now(clock);
        Optional<LedgerItem> item = words.stream().flatMap(w -> LedgerItem.byWord(w).stream()).filter(LedgerItem::meeting)
                .findFirst().or(() -> sheet.meta(SheetWords.MEETING_KEY).flatMap(LedgerItem::byWord).filter(LedgerItem::meeting));
        ChatInput input = new ChatInput(clock);
        Reading<LocalDate> dayRead = ChatInput.firstOf(words, w -> input.day(w, DatePolicy.PAST_OR_TODAY));
        if (!dayRead.found()) {
            dayRead = sheet.meta(SheetWords.DATE_KEY).map(d -> input.day(d, DatePolicy.PAST_OR_TODAY)).orElse(Reading.none());
        }
        dayRead.problem().ifPresent(problems::add);
        Optional<LocalDate> day = dayRead.asOptional();
        if (item.isEmpty()) {
            problems.add("meeting-item-missing", Map.of("items", TemplateModel.list(LedgerItem.meetingWords())));
        }
        if (!dayRead.found()) {
            problems.add("date-missing", Map.of());
        }
        if (problems.any()) {
            return rejected(problems);
        }
        recorder.check(branchId, item.get(), day.get(), problems);
        List<Person> roster = clerks.membersOn(branchId, day.get());
        Map<Person, Status> named = new LinkedHashMap<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetLayout.DataRow r : sheet.dataRows()) {
            String name = r.get(SheetLayout.NAME);
            String userId = r.get(SheetLayout.USERID);
            List<Person> matches = roster.stream().filter(p -> userId.isEmpty()
                    ? p.name().equals(name) : p.userId().equals(userId)).toList();
            Status status = STATUS.get(r.get(SheetLayout.ATTENDANCE));
            if (status == null) {
                problems.at(r.number(), sheet.header(SheetLayout.ATTENDANCE), "attendance-invalid",
                        Map.of("text", r.get(SheetLayout.ATTENDANCE)));
            }
            if (matches.size() != 1) {
                RosterNames names = new RosterNames(roster);
                Problems one = new Problems(templates);
                names.resolve(List.of(userId.isEmpty() ? name : userId), one);
                problems.at(r.number(), sheet.header(SheetLayout.NAME), "row-name",
                        Map.of("problem", one.any() ? one.list().replaceFirst("^- ", "") : name));
                continue;
            }
            Person p = matches.get(0);
            Integer first = seen.putIfAbsent(p.memberId(), r.number());
            if (first != null) {
                problems.at(r.number(), sheet.header(SheetLayout.NAME), "member-duplicate",
                        Map.of("name", name, "row", first));
            } else if (status != null) {
                named.put(p, status);
            }
        }
        if (problems.any()) {
            return rejected(problems);
        }
        Source source = via.imported(sha256);
        var done = recorder.record(new MeetingRecorder.Draft(branchId, item.get(), day.get(), named), by, source, outbox);
        imports.insert(branchId, "SIGN_IN", sha256, fileName, day.get().toString(), named.size(), by.userId(),
                LocalDateTime.now(clock));
        audit.record(AuditEntry.of(by.userId(), "recording.import.sign_in", "rec_import", sha256, source)
                .with("file", fileName).with("meeting", done.meetingId()));
        return new MonthlyFiguresImport.Outcome("meeting-recorded",
                MeetingCommand.summary(templates, item.get(), day.get(), done));
    }

    private static MonthlyFiguresImport.Outcome rejected(Problems problems) {
        return new MonthlyFiguresImport.Outcome("import-rejected",
                Map.of("problems", problems.list(), "count", problems.count()));
    }
}
